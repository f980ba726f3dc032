using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Npgsql;

namespace Carers.Api.Features.Assessments;

/// <summary>
/// A carer may refuse an assessment (Care Act s11). The refusal is recorded and the assessment
/// offered again at the next review date: the plan's, or twelve months on when there is none.
/// </summary>
public static class DeclineAssessment
{
    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new() { Reason = "My brother has moved in to help, so I do not need an assessment now." };

        /// <summary>Optional: why, in the carer's words.</summary>
        public string? Reason { get; init; }
    }

    public sealed record Command(Caller Caller, Guid AssessmentId, int ExpectedVersion, Request Body) : ICommand<AssessmentOutcome>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator() => RuleFor(x => x.Reason).MaximumLength(1000).Matches(TextRules.FreeTextPattern)
            .WithMessage("The reason must be 1,000 characters or fewer, without < > or control characters");
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : ICommandHandler<Command, AssessmentOutcome>
    {
        private const string ReofferSql = """
            UPDATE assessment SET reoffer_on = COALESCE(
                (SELECT p.next_review_on FROM support_plan p JOIN assessment x ON x.id = p.assessment_id
                 WHERE x.carer_id = @CarerId AND p.next_review_on > @Today ORDER BY p.next_review_on LIMIT 1),
                @Today::date + interval '12 months')::date
            WHERE id = @AssessmentId
            """;

        public async ValueTask<AssessmentOutcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var (locked, refused) = await AssessmentStore.LockAtVersionAsync(connection, transaction, command.AssessmentId, command.Caller.Subject, command.ExpectedVersion,
                command.Caller, null, cancellationToken);
            if (locked is null) return refused!;
            if (!AssessmentLifecycle.MayMove(locked.Current, AssessmentStatus.Declined, AssessmentLifecycle.Mover.Carer))
            {
                return new AssessmentOutcome.IllegalMove(locked.Current, "be declined");
            }

            await AssessmentStore.MoveAsync(connection, transaction, command.AssessmentId, locked.Current, AssessmentStatus.Declined, command.Caller,
                nameof(DeclineAssessment), string.IsNullOrWhiteSpace(command.Body.Reason) ? "Declined by the carer (s11)" : command.Body.Reason.Trim(), cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(ReofferSql, new { command.AssessmentId, locked.CarerId, Today = today }, transaction, cancellationToken: cancellationToken));
            var reloaded = await AssessmentStore.ReloadAsync(connection, transaction, command.AssessmentId, today, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new AssessmentOutcome.Done(reloaded.View.Assessment, reloaded.Version);
        }
    }

    /// <remarks>
    /// The carer refuses an assessment (Care Act 2014 s11), optionally saying why. The refusal is recorded and the assessment
    /// is offered again at the next review date (the support plan's, or twelve months on when there is none); the assessors'
    /// re-offers queue shows it then.
    ///
    /// - Send the assessment's ETag (from the last read or change) as `If-Match`: without it 428, stale 412; the answer carries the new ETag.
    /// - 409: the assessment cannot be declined from where it stands (it is in progress, decided or already declined).
    /// </remarks>
    public static async Task<IResult> Endpoint(Guid assessmentId, Request body, ClaimsPrincipal user, IMediator mediator, HttpRequest request, HttpResponse response,
        CancellationToken cancellationToken) =>
        (await mediator.Send(new Command(Caller.From(user), assessmentId, request.ExpectedVersion(), body), cancellationToken)).ToResult(response);
}
