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
/// A carer saves their self-assessment answers as they go (If-Match), to come back to later,
/// after signing out or on another device. Only while it is in progress and not yet submitted.
/// </summary>
public static class SaveSelfAssessment
{
    public sealed record Command(Caller Caller, Guid AssessmentId, int ExpectedVersion, SelfAssessmentAnswers Answers) : ICommand<AssessmentOutcome>;

    public sealed class Validator : AbstractValidator<SelfAssessmentAnswers>
    {
        public Validator() => Include(new SelfAssessmentAnswersValidator());
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : ICommandHandler<Command, AssessmentOutcome>
    {
        private const string SaveSql = $"""
            WITH saved AS (
                UPDATE assessment SET answers = @Answers::jsonb, version = version + 1, updated_at = now() WHERE id = @AssessmentId RETURNING carer_id
            )
            {AuditLog.Into}
            SELECT @Subject, @Role, NULL, 'SaveSelfAssessment', 'assessment', @AssessmentId::text, 'success', NULL, carer_id, NULL FROM saved;
            """;

        public async ValueTask<AssessmentOutcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var (locked, refused) = await AssessmentStore.LockAtVersionAsync(connection, transaction, command.AssessmentId, command.Caller.Subject, command.ExpectedVersion,
                command.Caller, null, cancellationToken);
            if (locked is null) return refused!;
            if (locked.Current != AssessmentStatus.InProgress || !locked.SelfAssessment || locked.SubmittedAt is not null)
            {
                return new AssessmentOutcome.IllegalMove(locked.Current, "take changes to a self-assessment (it is not one in progress, or it was submitted)");
            }

            await connection.ExecuteAsync(new CommandDefinition(SaveSql, new
            {
                command.AssessmentId, Answers = JsonSerializer.Serialize(command.Answers, AssessmentReader.Json), command.Caller.Subject, command.Caller.Role,
            }, transaction, cancellationToken: cancellationToken));
            var reloaded = await AssessmentStore.ReloadAsync(connection, transaction, command.AssessmentId, today, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new AssessmentOutcome.Done(reloaded.View.Assessment, reloaded.Version);
        }
    }

    /// <remarks>
    /// The carer saves their self-assessment answers as they go, to come back to later on any device. The whole set of
    /// answers is replaced; every answer is optional until they submit.
    ///
    /// - Send the assessment's ETag (from the last read or change) as `If-Match`: without it 428, stale 412; the answer carries the new ETag.
    /// - 409: the assessment is not a self-assessment in progress, or it has been submitted (the answers are then fixed).
    /// - 400: an answer is too long or holds `&lt;`, `&gt;` or control characters; nothing is saved.
    /// </remarks>
    public static async Task<IResult> Endpoint(Guid assessmentId, SelfAssessmentAnswers body, ClaimsPrincipal user, IMediator mediator,
        HttpRequest request, HttpResponse response, CancellationToken cancellationToken) =>
        (await mediator.Send(new Command(Caller.From(user), assessmentId, request.ExpectedVersion(), body), cancellationToken)).ToResult(response);
}
