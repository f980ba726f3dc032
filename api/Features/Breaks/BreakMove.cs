using Carers.Api.Domain;
using Carers.Api.Features.Notices;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Breaks;

/// <summary>
/// The one way a break changes status, shared by staff (MoveBreak) and a carer cancelling their
/// own (CancelMyBreak): lock the booking, refuse a step its status does not allow, give back the
/// places and sitting minutes when it is declined or cancelled, send break.confirmed to partners
/// with consent, audit it (as MoveBreak, whoever moved it) and read it back. The caller names the
/// version it read (If-Match): a break that has moved on since is left as it is (412).
/// </summary>
public static class BreakMove
{
    public abstract record Outcome
    {
        public sealed record Moved(Break Break) : Outcome;
        public sealed record NotFound : Outcome;
        public sealed record Illegal(string From) : Outcome;
        public sealed record Stale : Outcome;
    }

    private static readonly Dictionary<BreakStatus, string[]> From = new()
    {
        [BreakStatus.Approved] = ["requested"],
        [BreakStatus.Declined] = ["requested"],
        [BreakStatus.Confirmed] = ["approved"],
        [BreakStatus.Completed] = ["confirmed"],
        [BreakStatus.Cancelled] = ["requested", "approved", "confirmed"],
    };

    private const string LockSql = """
        SELECT b.status, b.version FROM break_booking b JOIN carer c ON c.id = b.carer_id
        WHERE b.id = @BookingId AND (@CarerSubject::text IS NULL OR c.account_subject = @CarerSubject) FOR UPDATE OF b
        """;

    private const string MoveSql = $"""
        UPDATE break_booking SET status = @To, decided_by = @Subject, decision_reason = COALESCE(@Reason, decision_reason), version = version + 1 WHERE id = @BookingId;
        INSERT INTO outbox_message (event_type, partner, carer_id, payload)
        SELECT 'break.confirmed', CASE k.purpose WHEN 'shareWithCarersCentral' THEN 'CarersCentral' ELSE 'Chums' END, k.carer_id,
               jsonb_build_object('carerId', k.carer_id, 'breakId', @BookingId)
        FROM break_booking b JOIN consent k ON k.carer_id = b.carer_id
        WHERE b.id = @BookingId AND @To = 'confirmed' AND k.purpose IN ('shareWithCarersCentral', 'shareWithChums') AND k.withdrawn_at IS NULL;
        {AuditLog.Into}
        SELECT @Subject, @Role, NULL, 'MoveBreak', 'breakBooking', @BookingId::text, 'success', @From || ' to ' || @To, carer_id, NULL
        FROM break_booking WHERE id = @BookingId;
        SELECT {BreakRules.Columns} {BreakRules.From} WHERE b.id = @BookingId;
        """;

    /// <param name="byCarer">Only the caller's own breaks are found: a carer cancelling.</param>
    public static async ValueTask<Outcome> RunAsync(NpgsqlDataSource db, Caller caller, Guid bookingId, int expectedVersion, BreakStatus to, string? reason, bool byCarer,
        CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var locked = await connection.QuerySingleOrDefaultAsync<(string Status, int Version)?>(new CommandDefinition(LockSql,
            new { BookingId = bookingId, CarerSubject = byCarer ? caller.Subject : null }, transaction, cancellationToken: cancellationToken));
        if (locked is not var (status, version)) return new Outcome.NotFound();
        if (version != expectedVersion) return new Outcome.Stale();
        if (!From[to].Contains(status)) return new Outcome.Illegal(status);

        if (to is BreakStatus.Declined or BreakStatus.Cancelled)
        {
            await connection.ExecuteAsync(new CommandDefinition(BreakRules.ReleaseSql, new { BookingId = bookingId }, transaction, cancellationToken: cancellationToken));
        }

        var row = await connection.QuerySingleAsync<BreakRules.Row>(new CommandDefinition(MoveSql, new
        {
            BookingId = bookingId, To = to.Code(), From = status, caller.Subject, caller.Role,
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
        }, transaction, cancellationToken: cancellationToken));
        if (to is BreakStatus.Confirmed or BreakStatus.Cancelled)
        {
            await CarerNotices.QueueAsync(connection, transaction, row.CarerId, to == BreakStatus.Confirmed ? NoticeKind.BreakConfirmed : NoticeKind.BreakCancelled,
                $"break:{bookingId}", new NoticeValues { Date = row.StartsOn }, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new Outcome.Moved(row.ToBreak());
    }

    /// <summary>The answer, with the break's new ETag when it moved.</summary>
    public static Results<Ok<Break>, ProblemHttpResult> ToResult(this Outcome outcome, BreakStatus to, HttpResponse response) => outcome switch
    {
        Outcome.Moved moved => Moved(moved.Break, response),
        Outcome.Stale => ETags.Stale("break"),
        Outcome.Illegal illegal => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "That step is not possible now.",
            detail: $"The break is {illegal.From}; it cannot be {to.Code()}."),
        _ => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such break."),
    };

    private static Ok<Break> Moved(Break moved, HttpResponse response)
    {
        response.Headers.ETag = moved.ETag;
        return TypedResults.Ok(moved);
    }
}
