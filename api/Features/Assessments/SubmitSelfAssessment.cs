using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Mediator;
using Npgsql;

namespace Carers.Api.Features.Assessments;

/// <summary>A carer submits their self-assessment for an assessor to confirm. After that the answers are fixed.</summary>
public static class SubmitSelfAssessment
{
    public sealed record Command(Caller Caller, Guid AssessmentId, int ExpectedVersion) : ICommand<AssessmentOutcome>;

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : ICommandHandler<Command, AssessmentOutcome>
    {
        private const string SubmitSql = $"""
            UPDATE assessment SET submitted_at = now(), version = version + 1, updated_at = now() WHERE id = @AssessmentId;
            INSERT INTO assessment_event (assessment_id, from_status, to_status, by_subject, by_role, note)
            VALUES (@AssessmentId, 'inProgress', 'inProgress', @Subject, @Role, 'Self-assessment submitted for an assessor to confirm');
            {AuditLog.Into}
            SELECT @Subject, @Role, NULL, 'SubmitSelfAssessment', 'assessment', @AssessmentId::text, 'success', NULL, carer_id, NULL
            FROM assessment WHERE id = @AssessmentId;
            """;

        public async ValueTask<AssessmentOutcome> Handle(Command command, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var (locked, refused) = await AssessmentStore.LockAtVersionAsync(connection, transaction, command.AssessmentId, command.Caller.Subject, command.ExpectedVersion,
                command.Caller, null, cancellationToken);
            if (locked is null) return refused!;
            if (locked.Current != AssessmentStatus.InProgress || !locked.SelfAssessment || locked.SubmittedAt is not null)
            {
                return new AssessmentOutcome.IllegalMove(locked.Current, "be submitted (it is not a self-assessment in progress, or it was submitted already)");
            }

            await connection.ExecuteAsync(new CommandDefinition(SubmitSql,
                new { command.AssessmentId, command.Caller.Subject, command.Caller.Role }, transaction, cancellationToken: cancellationToken));
            var reloaded = await AssessmentStore.ReloadAsync(connection, transaction, command.AssessmentId, DateOnly.FromDateTime(clock.GetLocalNow().Date), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new AssessmentOutcome.Done(reloaded.View.Assessment, reloaded.Version);
        }
    }

    /// <remarks>
    /// The carer submits their self-assessment for an assessor to confirm; after that the answers cannot change.
    ///
    /// - Send the assessment's ETag (from the last read or change) as `If-Match`: without it 428, stale 412; the answer carries the new ETag.
    /// - 409: the assessment is not a self-assessment in progress (already submitted, or led by an assessor).
    /// </remarks>
    public static async Task<IResult> Endpoint(Guid assessmentId, ClaimsPrincipal user, IMediator mediator, HttpRequest request, HttpResponse response,
        CancellationToken cancellationToken) =>
        (await mediator.Send(new Command(Caller.From(user), assessmentId, request.ExpectedVersion()), cancellationToken)).ToResult(response);
}
