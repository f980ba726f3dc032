using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Assessments;

/// <summary>A carer's own assessments, newest first (at most 20): where each stands, the decision and the plan.</summary>
public static class ListMyAssessments
{
    public sealed record Response([property: MaxLength(20)] IReadOnlyList<Assessment> Items)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Response Example =>
            new([Assessment.Example]);
    }

    public sealed record Query(Caller Caller) : IQuery<Response>;

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : IQueryHandler<Query, Response>
    {
        public async ValueTask<Response> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var items = await AssessmentReader.LoadAsync(connection, null, AssessmentReader.ForCarerSql, new { query.Caller.Subject },
                DateOnly.FromDateTime(clock.GetLocalNow().Date), cancellationToken);
            await AuditLog.WriteShownAsync(connection, null, query.Caller, nameof(ListMyAssessments), "assessment",
                items.Select(i => (i.View.Assessment.Id.ToString(), i.View.Assessment.CarerId)), null, cancellationToken);
            return new Response(items.Select(i => i.View.Assessment).ToList());
        }
    }

    /// <remarks>
    /// The signed-in carer's own assessments, newest first, at most 20: where each stands, the decision with its reasons,
    /// and the support plan. Never the assessor's notes. An empty list when the caller has not registered or has none.
    /// </remarks>
    public static async Task<Ok<Response>> Endpoint(ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new Query(Caller.From(user)), cancellationToken));
}
