using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Npgsql;

namespace Carers.Api.Features.Assessments;

/// <summary>Shared steps of the assessment use cases: lock one assessment, record a move, reload.</summary>
public static class AssessmentStore
{
    public sealed record Locked
    {
        public Guid Id { get; init; }
        public Guid CarerId { get; init; }
        public string Status { get; init; } = "";
        public bool SelfAssessment { get; init; }
        public DateTime? SubmittedAt { get; init; }
        public DateTime? CompletedAt { get; init; }
        public int Version { get; init; }
        public DateOnly DateOfBirth { get; init; }
        public string Kind { get; init; } = "";

        public AssessmentStatus Current => Vocabulary.Parse<AssessmentStatus>(Status);
    }

    private const string LockSql = """
        SELECT a.id, a.carer_id, a.kind, a.status, a.self_assessment, a.submitted_at, a.completed_at, a.version, c.date_of_birth
        FROM assessment a JOIN carer c ON c.id = a.carer_id WHERE a.id = @AssessmentId FOR UPDATE OF a
        """;

    private const string LockForCarerSql = """
        SELECT a.id, a.carer_id, a.kind, a.status, a.self_assessment, a.submitted_at, a.completed_at, a.version, c.date_of_birth
        FROM assessment a JOIN carer c ON c.id = a.carer_id WHERE a.id = @AssessmentId AND c.account_subject = @Subject FOR UPDATE OF a
        """;

    private const string MoveSql = $"""
        UPDATE assessment SET status = @To, version = version + 1, updated_at = now() WHERE id = @AssessmentId;
        INSERT INTO assessment_event (assessment_id, from_status, to_status, by_subject, by_role, note) VALUES (@AssessmentId, @From, @To, @BySubject, @ByRole, @Note);
        {AuditLog.Into}
        SELECT @BySubject, @ByRole, NULL, @Action, 'assessment', @AssessmentId::text, 'success', @From || ' to ' || @To, carer_id, NULL
        FROM assessment WHERE id = @AssessmentId;
        """;

    private const string DecideSql = """
        UPDATE assessment SET decision = @Decision::jsonb, eligible = @Eligible, assessor_notes = @Notes, completed_at = now(), completed_by = @Subject
        WHERE id = @AssessmentId;
        INSERT INTO outbox_message (event_type, partner, carer_id, payload)
        SELECT 'assessment.completed', CASE k.purpose WHEN 'shareWithCarersCentral' THEN 'CarersCentral' ELSE 'Chums' END, k.carer_id,
               jsonb_build_object('carerId', k.carer_id, 'assessmentId', @AssessmentId, 'eligible', @Eligible)
        FROM consent k WHERE k.carer_id = @CarerId AND k.purpose IN ('shareWithCarersCentral', 'shareWithChums') AND k.withdrawn_at IS NULL;
        """;

    /// <summary>
    /// Keeps a decision (an adult's or a young carer's, as stored JSON) with the assessor's notes, and tells each partner the
    /// carer shares with (assessment.completed). <paramref name="eligible"/>: eligible needs, or a young carer's support needs.
    /// </summary>
    public static Task DecideAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Locked locked, Caller caller, string decisionJson, bool eligible,
        string? notes, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(DecideSql, new
        {
            AssessmentId = locked.Id, locked.CarerId, Decision = decisionJson, Eligible = eligible,
            Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(), caller.Subject,
        }, transaction, cancellationToken: ct));

    /// <summary>Locks the assessment; for a carer (<paramref name="carerSubject"/>), only their own: another carer's is simply not found.</summary>
    public static Task<Locked?> LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid assessmentId, string? carerSubject, CancellationToken ct) =>
        connection.QuerySingleOrDefaultAsync<Locked>(new CommandDefinition(carerSubject is null ? LockSql : LockForCarerSql,
            new { AssessmentId = assessmentId, Subject = carerSubject }, transaction, cancellationToken: ct));

    /// <summary>
    /// The start of every change: locks the assessment (a carer's own only, with <paramref name="carerSubject"/>) and
    /// refuses it as not found, or as stale (412) when it is no longer at the version the caller read (If-Match). With
    /// <paramref name="auditNotFoundAs"/>, a staff change to an assessment that does not exist is audited under that action.
    /// </summary>
    public static async Task<(Locked? Locked, AssessmentOutcome? Refused)> LockAtVersionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        Guid assessmentId, string? carerSubject, int expectedVersion, Caller caller, string? auditNotFoundAs, CancellationToken ct)
    {
        var locked = await LockAsync(connection, transaction, assessmentId, carerSubject, ct);
        if (locked is null)
        {
            if (auditNotFoundAs is not null) await AuditNotFoundAsync(connection, caller, auditNotFoundAs, assessmentId, ct);
            return (null, new AssessmentOutcome.NotFound());
        }

        return locked.Version == expectedVersion ? (locked, null) : (null, new AssessmentOutcome.Stale());
    }

    public static Task MoveAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid assessmentId, AssessmentStatus from, AssessmentStatus to,
        Caller caller, string action, string? note, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(MoveSql, new
        {
            AssessmentId = assessmentId, From = from.Code(), To = to.Code(), BySubject = caller.Subject, ByRole = caller.Role, Action = action, Note = note,
        }, transaction, cancellationToken: ct));

    public static async Task<(StaffAssessment View, int Version)> ReloadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid assessmentId, DateOnly today, CancellationToken ct) =>
        (await AssessmentReader.LoadAsync(connection, transaction, AssessmentReader.ByIdSql, new { AssessmentId = assessmentId }, today, ct)).Single();

    public static Task AuditNotFoundAsync(NpgsqlConnection connection, Caller caller, string action, Guid assessmentId, CancellationToken ct) =>
        AuditLog.WriteAsync(connection, null, new AuditEntry(caller, action, "assessment", assessmentId.ToString(), AuditOutcome.NotFound), ct);
}

/// <summary>What an assessment use case can answer, mapped once to HTTP.</summary>
public abstract record AssessmentOutcome
{
    public sealed record Done(Assessment Assessment, int Version) : AssessmentOutcome;
    public sealed record StaffDone(StaffAssessment Assessment, int Version) : AssessmentOutcome;
    public sealed record NotFound : AssessmentOutcome;
    public sealed record IllegalMove(AssessmentStatus From, string Attempt) : AssessmentOutcome;
    public sealed record Stale : AssessmentOutcome;
    public sealed record Invalid(string Field, string Message) : AssessmentOutcome;

    public IResult ToResult(HttpResponse response, int successStatus = StatusCodes.Status200OK)
    {
        switch (this)
        {
            case Done done:
                ETags.Set(response, done.Version);
                return successStatus == StatusCodes.Status200OK ? TypedResults.Ok(done.Assessment) : TypedResults.Json(done.Assessment, statusCode: successStatus);
            case StaffDone staff:
                ETags.Set(response, staff.Version);
                return TypedResults.Ok(staff.Assessment);
            case IllegalMove illegal:
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "That step is not possible now.",
                    detail: $"The assessment is {illegal.From.Code()}; it cannot {illegal.Attempt}.");
            case Stale:
                return ETags.Stale("assessment");
            case Invalid invalid:
                return TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [invalid.Field] = [invalid.Message] })
                { Status = StatusCodes.Status400BadRequest, Title = "Some of the information is missing or not valid." });
            default:
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such assessment.");
        }
    }
}
