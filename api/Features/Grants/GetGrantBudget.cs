using System.ComponentModel.DataAnnotations;
using Carers.Api.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Grants;

/// <summary>A grants officer reads a financial year's budget: per pot, budget, committed, paid and remaining; its ETag guards SetGrantBudget.</summary>
public static class GetGrantBudget
{
    public sealed record Query(int Year) : IQuery<(GrantBudgetView View, int Version)?>;

    public sealed class Handler(NpgsqlDataSource db) : IQueryHandler<Query, (GrantBudgetView View, int Version)?>
    {
        public async ValueTask<(GrantBudgetView View, int Version)?> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            return await GrantBudgetReader.LoadAsync(connection, query.Year, cancellationToken);
        }
    }

    /// <param name="year">The year the financial year starts: 2025 for 2025/26.</param>
    /// <remarks>
    /// A financial year's grant budget (`year` is the year it starts: 2025 is April 2025 to March 2026): for each pot the
    /// budget, what is committed to approved grants, what is paid and what remains, with the ETag that SetGrantBudget needs.
    /// 404 when no budget has been set for that year.
    /// </remarks>
    public static async Task<Results<Ok<GrantBudgetView>, ProblemHttpResult>> Endpoint([Range(2000, 2100)] int year, IMediator mediator, HttpResponse response,
        CancellationToken cancellationToken)
    {
        if (await mediator.Send(new Query(year), cancellationToken) is not var (view, version))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No budget has been set for that financial year.",
                detail: $"Set the first budget of a year with If-Match: {ETags.For(GrantBudgetReader.NoBudgetVersion)}.");
        }

        ETags.Set(response, version);
        return TypedResults.Ok(view);
    }
}
