using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Webhooks;

/// <summary>A manager sends an event to its partner again (same event id, so the partner can dedupe).</summary>
public static class ReplayPartnerEvent
{
    public sealed record Command(Caller Caller, string Partner, Guid EventId) : ICommand<bool>;

    public sealed class Handler(NpgsqlDataSource db) : ICommandHandler<Command, bool>
    {
        private const string Sql = $"""
            WITH replayed AS (
                UPDATE outbox_message SET delivered_at = NULL, next_attempt_at = now() WHERE id = @EventId AND partner = @Partner RETURNING id, carer_id
            ),
            audit AS (
                {AuditLog.Into}
                SELECT @Subject, @Role, NULL, 'ReplayPartnerEvent', 'outboxMessage', @EventId::text,
                       CASE WHEN EXISTS (SELECT 1 FROM replayed) THEN 'success' ELSE 'notFound' END, @Partner, (SELECT carer_id FROM replayed), NULL
            )
            SELECT count(*) FROM replayed
            """;

        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            return await connection.ExecuteScalarAsync<long>(new CommandDefinition(Sql,
                new { command.EventId, command.Partner, command.Caller.Subject, command.Caller.Role }, cancellationToken: cancellationToken)) == 1;
        }
    }

    /// <param name="partner">CarersCentral or Chums.</param>
    /// <param name="eventId">The event's id (eventId in the delivery log; webhook-id to the partner).</param>
    /// <remarks>
    /// Queues an event to be sent to its partner again, delivered or not, with the **same id** (the partner dedupes on
    /// `webhook-id`), signed afresh with the partner's current secret (and the previous one during a rotation's overlap).
    /// Use it when a partner says it lost an event. It answers 202 at once; the delivery log shows the attempt.
    /// Replaying the same event twice queues it once.
    ///
    /// - 404: no such partner, or no event with that id for this partner.
    /// </remarks>
    public static async Task<Results<Accepted, ProblemHttpResult>> Endpoint(
        [AllowedValues("CarersCentral", "Chums")] string partner, Guid eventId, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken)
    {
        if (!PartnerNames.All.Contains(partner)) return RegisterPartnerWebhook.UnknownPartner();
        return await mediator.Send(new Command(Caller.From(user), partner, eventId), cancellationToken)
            ? TypedResults.Accepted($"/api/partners/{partner}/deliveries")
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such event for this partner.");
    }
}
