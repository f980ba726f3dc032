using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Retention;

/// <summary>Reads review rows with what anonymising would remove and what argues against it; decides one (approve or reject) under If-Match.</summary>
public static class RetentionReviews
{
    public const string RecordType = "retentionReview";

    public const string SelectSql = """
        SELECT r.id, r.carer_id, CASE WHEN c.anonymised_at IS NULL THEN c.given_name || ' ' || c.family_name END AS carer_name,
               r.closed_reason, r.closed_on, r.due_on, r.status, r.listed_at, r.decided_by, r.decided_at, r.rejection_reason,
               r.anonymised_at, r.attempts, r.failure_reason, r.failed_at, r.version,
               CASE WHEN c.anonymised_at IS NOT NULL THEN '{}'::text[] ELSE array_remove(ARRAY[
                   'identity',
                   CASE WHEN c.email IS NOT NULL OR c.phone IS NOT NULL OR c.address_line1 IS NOT NULL THEN 'contactDetails' END,
                   CASE WHEN c.nhs_number IS NOT NULL OR c.claimed_nhs_number IS NOT NULL THEN 'nhsNumber' END,
                   CASE WHEN c.account_subject IS NOT NULL THEN 'signIn' END,
                   CASE WHEN EXISTS (SELECT 1 FROM caring_relationship x WHERE x.carer_id = c.id) THEN 'caredForPeople' END,
                   CASE WHEN EXISTS (SELECT 1 FROM assessment x WHERE x.carer_id = c.id) THEN 'assessments' END,
                   CASE WHEN EXISTS (SELECT 1 FROM support_plan x WHERE x.carer_id = c.id) THEN 'supportPlans' END,
                   CASE WHEN EXISTS (SELECT 1 FROM emergency_plan x WHERE x.carer_id = c.id) THEN 'emergencyPlans' END,
                   CASE WHEN EXISTS (SELECT 1 FROM feedback x WHERE x.carer_id = c.id) THEN 'feedback' END,
                   CASE WHEN EXISTS (SELECT 1 FROM information_request x WHERE x.carer_id = c.id) THEN 'informationRequests' END,
                   CASE WHEN EXISTS (SELECT 1 FROM grant_application x WHERE x.carer_id = c.id) THEN 'grants' END,
                   CASE WHEN EXISTS (SELECT 1 FROM partner_support x WHERE x.carer_id = c.id AND btrim(x.notes) <> '') THEN 'partnerSupportNotes' END
               ], NULL) END AS would_remove,
               CASE WHEN c.anonymised_at IS NOT NULL THEN '{}'::text[] ELSE array_remove(ARRAY[
                   CASE WHEN EXISTS (SELECT 1 FROM feedback x WHERE x.carer_id = c.id AND x.kind = 'complaint' AND x.status <> 'responded')
                        THEN 'openComplaint' END,
                   CASE WHEN EXISTS (SELECT 1 FROM grant_application x WHERE x.carer_id = c.id AND x.status = 'approved')
                        THEN 'grantNotPaid' END,
                   CASE WHEN EXISTS (SELECT 1 FROM grant_application x WHERE x.carer_id = c.id AND x.status = 'submitted')
                        THEN 'grantAwaitingDecision' END,
                   CASE WHEN EXISTS (SELECT 1 FROM break_booking x WHERE x.carer_id = c.id AND x.status IN ('requested', 'approved', 'confirmed') AND x.ends_on >= @Today)
                        THEN 'breakBooked' END,
                   CASE WHEN EXISTS (SELECT 1 FROM information_request x WHERE x.carer_id = c.id AND x.status = 'requested')
                        THEN 'informationRequestOpen' END,
                   CASE WHEN EXISTS (SELECT 1 FROM match_candidate x WHERE c.id IN (x.carer_id, x.candidate_id) AND x.status = 'open')
                        THEN 'possibleDuplicate' END
               ], NULL) END AS concerns
        FROM retention_review r JOIN carer c ON c.id = r.carer_id
        """;

    internal sealed record Row
    {
        public Guid Id { get; init; }
        public Guid CarerId { get; init; }
        public string? CarerName { get; init; }
        public string ClosedReason { get; init; } = "";
        public DateOnly ClosedOn { get; init; }
        public DateOnly DueOn { get; init; }
        public string Status { get; init; } = "";
        public DateTime ListedAt { get; init; }
        public string? DecidedBy { get; init; }
        public DateTime? DecidedAt { get; init; }
        public string? RejectionReason { get; init; }
        public DateTime? AnonymisedAt { get; init; }
        public int Attempts { get; init; }
        public string? FailureReason { get; init; }
        public DateTime? FailedAt { get; init; }
        public int Version { get; init; }
        public string[] WouldRemove { get; init; } = [];
        public string[] Concerns { get; init; } = [];

        public RetentionReview ToReview() => new(Id, CarerId, CarerName, Vocabulary.Parse<ClosedReason>(ClosedReason), ClosedOn, DueOn,
            Vocabulary.Parse<RetentionReviewStatus>(Status), RunRow.Utc(ListedAt), DecidedBy, DecidedAt is { } d ? RunRow.Utc(d) : null, RejectionReason,
            AnonymisedAt is { } a ? RunRow.Utc(a) : null, Attempts, FailureReason, FailedAt is { } f ? RunRow.Utc(f) : null,
            WouldRemove.Select(Vocabulary.Parse<RetentionDataKind>).ToList(), Concerns.Select(Vocabulary.Parse<RetentionConcern>).ToList(), ETags.For(Version));
    }

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), RetentionRunner.London).DateTime);

    public abstract record Outcome
    {
        public sealed record Decided(RetentionReview Review) : Outcome;
        public sealed record NotFound : Outcome;
        public sealed record Stale : Outcome;
        public sealed record NotOpen(RetentionReviewStatus Status) : Outcome;
    }

    /// <summary>
    /// Decides one review: <paramref name="updateSql"/> is an UPDATE of retention_review WHERE id = @Id AND version = @ExpectedVersion
    /// AND status IN (the statuses it may be decided from) RETURNING id. Audited with the carer named.
    /// </summary>
    public static async Task<Outcome> DecideAsync(NpgsqlDataSource db, TimeProvider clock, Caller caller, string action, Guid id, int expectedVersion,
        string updateSql, string? reason, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var current = await connection.QuerySingleOrDefaultAsync<(Guid CarerId, string Status, int Version)?>(new CommandDefinition(
            "SELECT carer_id, status, version FROM retention_review WHERE id = @Id FOR UPDATE", new { Id = id }, transaction, cancellationToken: ct));
        if (current is null) return new Outcome.NotFound();
        var carerId = current.Value.CarerId;
        if (current.Value.Version != expectedVersion)
        {
            await Audit(AuditOutcome.PreconditionFailed);
            await transaction.CommitAsync(ct);
            return new Outcome.Stale();
        }

        var updated = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(updateSql,
            new { Id = id, ExpectedVersion = expectedVersion, caller.Subject, Reason = reason }, transaction, cancellationToken: ct));
        if (updated is null)
        {
            await Audit(AuditOutcome.Conflict);
            await transaction.CommitAsync(ct);
            return new Outcome.NotOpen(Vocabulary.Parse<RetentionReviewStatus>(current.Value.Status));
        }

        await Audit(AuditOutcome.Success);
        var row = await connection.QuerySingleAsync<Row>(new CommandDefinition(SelectSql + " WHERE r.id = @Id", new { Id = id, Today = Today(clock) },
            transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
        return new Outcome.Decided(row.ToReview());

        Task Audit(string outcome) => AuditLog.WriteAsync(connection, transaction, new AuditEntry(caller, action,
            RecordType, id.ToString(), outcome, reason, CarerId: carerId, AccessReason: AccessReason.DataProtectionRequest), ct);
    }

    /// <summary>Reads If-Match (none 428, not ours 412), decides and answers with the review and its new ETag.</summary>
    public static async Task<Results<Ok<RetentionReview>, ProblemHttpResult>> RespondAsync(HttpRequest request, HttpResponse response,
        Func<int, ValueTask<Outcome>> decide)
    {
        var expected = request.ExpectedVersion();
        switch (await decide(expected))
        {
            case Outcome.Decided decided:
                response.Headers.ETag = decided.Review.ETag;
                return TypedResults.Ok(decided.Review);
            case Outcome.NotOpen notOpen:
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This review cannot be decided that way now.",
                    detail: $"It is {notOpen.Status.Code()}.");
            case Outcome.Stale:
                return ETags.Stale("review");
            default:
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such retention review.");
        }
    }
}
