using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.EmergencyPlans;

/// <summary>
/// Emergency duty staff look up the plans on one emergency card, and nothing else: there is no
/// way to list or search plans. A mistyped card number is caught by its check digit. Every
/// look-up is audited, and the carer sees that it happened. Only the emergency contacts who
/// agreed to be named are shown.
/// </summary>
public static class LookUpEmergencyPlan
{
    public sealed record Response(
        [property: MaxLength(12)] string CardNumber,
        [property: MaxLength(201)] string CarerName,
        [property: MaxLength(20)] string? CarerPhone,
        [property: MaxLength(10)] string CarerPostcode,
        [property: MaxLength(EmergencyPlanReader.MaxListed)] IReadOnlyList<EmergencyPlan> Plans)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Response Example =>
            new("407153829600", Examples.CarerName, Examples.Phone, Examples.Postcode, [EmergencyPlan.Example]);
    }

    public sealed record Query(Caller Caller, string CardNumber) : IQuery<Response?>;

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : IQueryHandler<Query, Response?>
    {
        // A card left on a record merged into another leads to the kept record's plans (decision 0021).
        private const string Sql = """
            SELECT c.id, c.given_name || ' ' || c.family_name AS name, c.phone, c.postcode
            FROM emergency_card k JOIN carer h ON h.id = k.carer_id JOIN carer c ON c.id = COALESCE(h.merged_into, h.id)
            WHERE k.card_number = @CardNumber
            """;

        public async ValueTask<Response?> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var carer = await connection.QuerySingleOrDefaultAsync<(Guid Id, string Name, string? Phone, string Postcode)?>(new CommandDefinition(Sql,
                new { query.CardNumber }, cancellationToken: cancellationToken));
            await AuditLog.WriteAsync(connection, null, new AuditEntry(query.Caller, nameof(LookUpEmergencyPlan), "carer",
                carer?.Id.ToString(), carer is null ? AuditOutcome.NotFound : AuditOutcome.Success, $"card {query.CardNumber}", carer?.Id), cancellationToken);
            if (carer is null) return null;
            var plans = await EmergencyPlanReader.LoadAsync(connection, null, carer.Value.Id, DateOnly.FromDateTime(clock.GetLocalNow().Date), cancellationToken);
            return new Response(query.CardNumber, carer.Value.Name, carer.Value.Phone, carer.Value.Postcode, plans.Select(p => WithAgreedContactsOnly(p.Plan)).ToList());
        }
    }

    /// <summary>
    /// A contact the carer names but who has not agreed to be named is kept on the carer's plan
    /// (the carer sees it marked unconfirmed and can ask them) and never shown to duty staff
    /// (decision 0024).
    /// </summary>
    private static EmergencyPlan WithAgreedContactsOnly(EmergencyPlan plan) => plan with
    {
        Content = plan.Content with { Contacts = plan.Content.Contacts?.Where(c => c.ConsentGiven == true).ToList() },
    };

    /// <param name="cardNumber">The 12 digits on the card; spaces and hyphens are allowed.</param>
    /// <remarks>
    /// Emergency duty staff look up the plans on one emergency card, by its 12-digit number (spaces allowed), and nothing
    /// else: there is no way to list or search plans. Only the emergency contacts who agreed to be named are shown. Every
    /// look-up is in the audit log with the `Access-Reason` given (duty when left out), and the carer sees that it happened.
    ///
    /// - 400: the card number is malformed or its check digit is wrong (a mistyped digit or a swapped pair).
    /// - 404: no plan is held for this card.
    /// </remarks>
    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Endpoint(
        [MaxLength(20)] string cardNumber, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken)
    {
        if (!EmergencyCard.IsValid(cardNumber))
        {
            return TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                ["cardNumber"] = ["This is not an emergency card number: check each digit and try again"],
            })
            { Status = StatusCodes.Status400BadRequest, Title = "Some of the information is missing or not valid." });
        }

        return await mediator.Send(new Query(Caller.From(user), EmergencyCard.Normalise(cardNumber)), cancellationToken) is { } found
            ? TypedResults.Ok(found)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No plan is held for this card.");
    }
}
