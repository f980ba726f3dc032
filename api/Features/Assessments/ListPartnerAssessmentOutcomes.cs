using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Carers.Api.Features.Partners;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using Carers.Api.Infrastructure;

namespace Carers.Api.Features.Assessments;

/// <summary>A partner reads the outcomes of the assessments of a carer who shares with it.</summary>
public static class ListPartnerAssessmentOutcomes
{
    public sealed record Response([property: MaxLength(20)] IReadOnlyList<PartnerAssessmentOutcome> Items)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Response Example =>
            new([PartnerAssessmentOutcome.Example]);
    }

    public sealed record Query(Caller Caller, Guid CarerId) : IQuery<Response?>;

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : IQueryHandler<Query, Response?>
    {
        private const string VisibleSql = $"SELECT EXISTS (SELECT 1 FROM carer c WHERE c.id = @CarerId AND {PartnerAccess.Visible})";

        public async ValueTask<Response?> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            var parameters = new DynamicParameters(PartnerAccess.Parameters(query.Caller, today));
            parameters.Add("CarerId", query.CarerId);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            if (!await connection.ExecuteScalarAsync<bool>(new CommandDefinition(VisibleSql, parameters, cancellationToken: cancellationToken))) return null;
            var items = await AssessmentReader.LoadAsync(connection, null, AssessmentReader.ForPartnerCarerSql, parameters, today, cancellationToken);
            await Infrastructure.AuditLog.WriteAsync(connection, null, new Infrastructure.AuditEntry(
                query.Caller, nameof(ListPartnerAssessmentOutcomes), "carer", query.CarerId.ToString(), Infrastructure.AuditOutcome.Success, query.Caller.Partner, query.CarerId), cancellationToken);
            return new Response(items.Select(i => i.View.Assessment).Select(a => new PartnerAssessmentOutcome(a.Id, a.Kind, a.Status, a.RequestedAt,
                a.Decision?.Eligible ?? a.YoungCarerDecision?.HasSupportNeeds, a.Decision?.Explanation ?? a.YoungCarerDecision?.Explanation,
                a.Decision?.DecidedAt ?? a.YoungCarerDecision?.DecidedAt, a.SupportPlan?.NextReviewOn)).ToList());
        }
    }

    /// <remarks>
    /// The assessments of a carer who shares their record with the calling partner, newest first (at most 20): where each
    /// stands, whether the carer was found eligible (for a young carer: has support needs), the explanation the carer was
    /// given, and the next review date. Never the carer's answers nor the assessor's notes. 404 when there is no such carer or
    /// they do not share with this partner.
    /// </remarks>
    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Endpoint(
        Guid carerId, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new Query(Caller.From(user), carerId), cancellationToken) is { } found
            ? TypedResults.Ok(found)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such carer, or they have not agreed to share with you.");
}
