using System.Security.Claims;
using System.Text.Json;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Npgsql;

namespace Carers.Api.Features.Assessments;

/// <summary>
/// An assessor leading the assessment (by phone, at home, in the office or by video) records it during or after the
/// conversation, saved as they go (If-Match) and resumable: everything a self-assessment holds, how it was carried out
/// and the carer's own words; for a young carer the questions of the 2015 Regulations. The whole record is replaced on
/// each save; every field is optional until the decision. A scheduled assessment starts (inProgress) on the first save.
/// Not a self-assessment still with the carer (decision 0029).
/// </summary>
public static class SaveAssessmentRecord
{
    public sealed record Command(Caller Caller, Guid AssessmentId, int ExpectedVersion, SelfAssessmentAnswers Record) : ICommand<AssessmentOutcome>;

    public sealed class Validator : AbstractValidator<SelfAssessmentAnswers>
    {
        public Validator() => Include(new SelfAssessmentAnswersValidator());
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : ICommandHandler<Command, AssessmentOutcome>
    {
        private const string SaveSql = "UPDATE assessment SET answers = @Record::jsonb, version = version + 1, updated_at = now() WHERE id = @AssessmentId";

        public async ValueTask<AssessmentOutcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var (locked, refused) = await AssessmentStore.LockAtVersionAsync(connection, transaction, command.AssessmentId, null, command.ExpectedVersion,
                command.Caller, nameof(SaveAssessmentRecord), cancellationToken);
            if (locked is null) return refused!;
            if (locked.Current is not (AssessmentStatus.Scheduled or AssessmentStatus.InProgress))
            {
                return new AssessmentOutcome.IllegalMove(locked.Current, "be recorded (only a scheduled assessment or one in progress can)");
            }

            if (locked.SelfAssessment && locked.SubmittedAt is null)
            {
                return new AssessmentOutcome.IllegalMove(locked.Current, "be recorded by an assessor while the carer is still filling in their self-assessment");
            }

            if (locked.Current == AssessmentStatus.Scheduled)
            {
                await AssessmentStore.MoveAsync(connection, transaction, command.AssessmentId, locked.Current, AssessmentStatus.InProgress, command.Caller,
                    nameof(SaveAssessmentRecord), "Assessor started recording the assessment", cancellationToken);
            }

            await connection.ExecuteAsync(new CommandDefinition(SaveSql, new
            {
                command.AssessmentId, Record = JsonSerializer.Serialize(command.Record, AssessmentReader.Json),
            }, transaction, cancellationToken: cancellationToken));
            await AuditLog.WriteAsync(connection, transaction, new AuditEntry(command.Caller, nameof(SaveAssessmentRecord), "assessment",
                command.AssessmentId.ToString(), AuditOutcome.Success, command.Record.HowCarriedOut?.Code(), locked.CarerId), cancellationToken);
            var reloaded = await AssessmentStore.ReloadAsync(connection, transaction, command.AssessmentId, today, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new AssessmentOutcome.StaffDone(reloaded.View, reloaded.Version);
        }
    }

    /// <remarks>
    /// An assessor leading the assessment (by phone, at home, in the office or by video) records it during or after the
    /// conversation: everything a self-assessment holds, how it was carried out and the carer's own words; for a young carer
    /// the questions of the 2015 Regulations. The whole record is replaced on each save; a scheduled assessment starts
    /// (`inProgress`) on the first save.
    ///
    /// - Send the assessment's ETag (from the last read or change) as `If-Match`: without it 428, stale 412; the answer carries the new ETag.
    /// - 409: the assessment is a self-assessment still with the carer, or it is already decided.
    /// </remarks>
    public static async Task<IResult> Endpoint(Guid assessmentId, SelfAssessmentAnswers body, ClaimsPrincipal user, IMediator mediator,
        HttpRequest request, HttpResponse response, CancellationToken cancellationToken) =>
        (await mediator.Send(new Command(Caller.From(user), assessmentId, request.ExpectedVersion(), body), cancellationToken)).ToResult(response);
}
