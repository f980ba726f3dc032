using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Npgsql;

namespace Carers.Api.Features.Assessments;

/// <summary>An assessor allocates an open assessment to themselves or a colleague.</summary>
public static class AllocateAssessment
{
    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new() { Assessor = Examples.Assessor };

        /// <summary>The assessor's sign-in subject; leave empty to take it yourself.</summary>
        public string? Assessor { get; init; }
    }

    public sealed record Command(Caller Caller, Guid AssessmentId, int ExpectedVersion, Request Body) : ICommand<AssessmentOutcome>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator() => RuleFor(x => x.Assessor).MaximumLength(100).Matches("^[A-Za-z0-9._@-]+$").WithMessage("Enter the assessor's sign-in name");
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : ICommandHandler<Command, AssessmentOutcome>
    {
        private const string Sql = $"""
            UPDATE assessment SET allocated_to = @Assessor, version = version + 1, updated_at = now() WHERE id = @AssessmentId;
            INSERT INTO assessment_event (assessment_id, from_status, to_status, by_subject, by_role, note)
            VALUES (@AssessmentId, @Status, @Status, @Subject, @Role, 'Allocated to ' || @Assessor);
            {AuditLog.Into}
            SELECT @Subject, @Role, NULL, 'AllocateAssessment', 'assessment', @AssessmentId::text, 'success', @Assessor, carer_id, NULL
            FROM assessment WHERE id = @AssessmentId;
            """;

        public async ValueTask<AssessmentOutcome> Handle(Command command, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var (locked, refused) = await AssessmentStore.LockAtVersionAsync(connection, transaction, command.AssessmentId, null, command.ExpectedVersion,
                command.Caller, null, cancellationToken);
            if (locked is null) return refused!;
            if (!AssessmentLifecycle.IsOpen(locked.Current)) return new AssessmentOutcome.IllegalMove(locked.Current, "be allocated (it is decided)");

            var assessor = string.IsNullOrWhiteSpace(command.Body.Assessor) ? command.Caller.Subject : command.Body.Assessor.Trim();
            await connection.ExecuteAsync(new CommandDefinition(Sql, new
            {
                command.AssessmentId, Assessor = assessor, locked.Status, command.Caller.Subject, command.Caller.Role,
            }, transaction, cancellationToken: cancellationToken));
            var reloaded = await AssessmentStore.ReloadAsync(connection, transaction, command.AssessmentId, DateOnly.FromDateTime(clock.GetLocalNow().Date), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new AssessmentOutcome.StaffDone(reloaded.View, reloaded.Version);
        }
    }

    /// <remarks>
    /// An assessor allocates an open assessment to a colleague (by their sign-in subject), or to themselves when `assessor`
    /// is left out. It then shows in that assessor's caseload (`GET /api/caseload/mine`).
    ///
    /// - Send the assessment's ETag (from the last read or change) as `If-Match`: without it 428, stale 412; the answer carries the new ETag.
    /// - 409: the assessment is closed (decided or declined).
    /// </remarks>
    public static async Task<IResult> Endpoint(Guid assessmentId, Request body, ClaimsPrincipal user, IMediator mediator, HttpRequest request, HttpResponse response,
        CancellationToken cancellationToken) =>
        (await mediator.Send(new Command(Caller.From(user), assessmentId, request.ExpectedVersion(), body), cancellationToken)).ToResult(response);
}
