using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Partners;

/// <summary>A partner reads one carer who consented to share with it; anyone else is 404.</summary>
public static class GetPartnerCarer
{
    public sealed record Query(Caller Caller, Guid CarerId) : IQuery<PartnerCarer?>;

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : IQueryHandler<Query, PartnerCarer?>
    {
        private const string Sql = $"""
            SELECT {PartnerAccess.CarerColumns} FROM carer c WHERE c.id = @CarerId AND {PartnerAccess.Visible};
            {AuditLog.Into}
            SELECT @ActorSubject, 'Partner', @Partner, 'GetPartnerCarer', 'carer', @CarerId::text,
                   CASE WHEN v.id IS NULL THEN 'notFound' ELSE 'success' END, @Partner, v.id, NULL
            FROM (SELECT 1) AS one LEFT JOIN (SELECT c.id FROM carer c WHERE c.id = @CarerId AND {PartnerAccess.Visible}) v ON true;
            """;

        public async ValueTask<PartnerCarer?> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            var parameters = new DynamicParameters(PartnerAccess.Parameters(query.Caller, today));
            parameters.Add("CarerId", query.CarerId);
            parameters.Add("ActorSubject", query.Caller.Subject);
            parameters.Add("Partner", query.Caller.Partner);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            List<PartnerAccess.CarerRow> rows;
            await using (var grid = await connection.QueryMultipleAsync(new CommandDefinition(Sql, parameters, cancellationToken: cancellationToken)))
            {
                rows = (await grid.ReadAsync<PartnerAccess.CarerRow>()).ToList();
            }

            return (await PartnerAccess.LoadRolesAndMap(connection, rows, today, cancellationToken)).SingleOrDefault();
        }
    }

    /// <remarks>
    /// Reads one carer who shares with you: contact details, preferences, their caring roles without the cared-for person's
    /// name or health, and the consent you hold. Consent is checked on every read, so a carer who withdrew it a moment ago
    /// is 404, exactly like an id that does not exist or a carer who never shared with you (you cannot tell which).
    ///
    /// - 404: no such carer, or they do not share with you (now).
    /// </remarks>
    public static async Task<Results<Ok<PartnerCarer>, ProblemHttpResult>> Endpoint(
        Guid carerId, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new Query(Caller.From(user), carerId), cancellationToken) is { } carer
            ? TypedResults.Ok(carer)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such carer, or they have not agreed to share with you.");
}
