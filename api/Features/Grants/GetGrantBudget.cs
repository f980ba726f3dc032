using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Grants;

/// <summary>A grants officer reads a financial year's budget: per pot, budget, committed, paid and remaining.</summary>
public static class GetGrantBudget
{
    public sealed record Query(int Year) : IQuery<GrantBudgetView?>;

    public sealed class Handler(NpgsqlDataSource db) : IQueryHandler<Query, GrantBudgetView?>
    {
        public async ValueTask<GrantBudgetView?> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            return await GrantBudgetReader.LoadAsync(connection, query.Year, cancellationToken);
        }
    }

    /// <param name="year">The year the financial year starts: 2025 for 2025/26.</param>
    public static async Task<Results<Ok<GrantBudgetView>, ProblemHttpResult>> Endpoint([Range(2000, 2100)] int year, IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new Query(year), cancellationToken) is { } budget
            ? TypedResults.Ok(budget)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No budget has been set for that financial year.");
}
