using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Npgsql;

namespace Carers.Api.Features.Feedback;

/// <summary>
/// Records a complaint or a compliment and audits it, in the caller's transaction; shared by the
/// carer's own form (SendFeedback) and staff recording one on a carer's behalf (RecordFeedbackForCarer).
/// </summary>
public static class FeedbackWriter
{
    public sealed record NewFeedback(Guid CarerId, FeedbackKind Kind, FeedbackAbout About, string Text, ReceivedVia Via, DateTimeOffset ReceivedAt);

    private const string InsertSql = """
        INSERT INTO feedback (carer_id, kind, about, body, received_via, received_at, received_on, recorded_by, recorded_at, status,
            acknowledge_by, response_due_on)
        VALUES (@CarerId, @Kind, @About, @Body, @Via, @ReceivedAt, @ReceivedOn, @Subject, @Now, @Status, @AcknowledgeBy, @ResponseDueOn)
        RETURNING id
        """;

    private const string ByIdSql = $"SELECT {FeedbackReader.Columns} FROM feedback f WHERE f.id = @Id";

    public static async Task<FeedbackItem> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, TimeProvider clock,
        WorkingDays workingDays, Caller caller, string action, NewFeedback feedback, CancellationToken ct)
    {
        var receivedOn = FeedbackRules.LocalDate(clock, feedback.ReceivedAt);
        var complaint = feedback.Kind == FeedbackKind.Complaint;
        var id = await connection.ExecuteScalarAsync<Guid>(new CommandDefinition(InsertSql, new
        {
            feedback.CarerId, Kind = feedback.Kind.Code(), About = feedback.About.Code(), Body = feedback.Text.Trim(), Via = feedback.Via.Code(),
            ReceivedAt = feedback.ReceivedAt.UtcDateTime, ReceivedOn = receivedOn, caller.Subject, Now = clock.GetUtcNow().UtcDateTime,
            Status = complaint ? FeedbackStatus.Received.Code() : FeedbackStatus.Recorded.Code(),
            // Regulation 13: acknowledged not later than 3 working days after the day it is received.
            AcknowledgeBy = complaint ? workingDays.Add(receivedOn, 3) : (DateOnly?)null,
            // Regulation 14: 6 months unless a longer period is agreed (AgreeComplaintResponsePeriod).
            ResponseDueOn = complaint ? receivedOn.AddMonths(FeedbackRules.DefaultResponseMonths) : (DateOnly?)null,
        }, transaction, cancellationToken: ct));
        await AuditLog.WriteAsync(connection, transaction, new AuditEntry(caller, action, FeedbackReader.RecordType, id.ToString(), AuditOutcome.Success, CarerId: feedback.CarerId), ct);
        var row = await connection.QuerySingleAsync<FeedbackReader.Row>(new CommandDefinition(ByIdSql, new { Id = id }, transaction, cancellationToken: ct));
        return FeedbackReader.ToItem(row);
    }
}
