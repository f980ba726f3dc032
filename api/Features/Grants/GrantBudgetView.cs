using System.ComponentModel.DataAnnotations;
using Carers.Api.Domain;
using Dapper;
using Npgsql;
using Carers.Api.Infrastructure;

namespace Carers.Api.Features.Grants;

public sealed record PotBalance(
    GrantPot Pot,
    [property: Range(0, long.MaxValue)] long BudgetPence,
    [property: Range(0, long.MaxValue)] long CommittedPence,
    [property: Range(0, long.MaxValue)] long PaidPence,
    [property: Range(0, long.MaxValue)] long RemainingPence)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static PotBalance Example =>
        new(GrantPot.Adults, 70_400_000, 31_250_000, 27_500_000, 39_150_000);
}

public sealed record GrantBudgetView([property: MaxLength(7)] string FinancialYear, [property: MaxLength(2)] IReadOnlyList<PotBalance> Pots)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static GrantBudgetView Example =>
        new("2025/26", [new(GrantPot.Children, 17_600_000, 6_000_000, 5_250_000, 11_600_000), PotBalance.Example]);
}

/// <summary>A financial year's pots as GetGrantBudget and SetGrantBudget answer them.</summary>
public static class GrantBudgetReader
{
    private const string Sql = """
        SELECT pot, budget_pence, committed_pence, paid_pence, version FROM grant_pot WHERE financial_year = @Year ORDER BY pot
        """;

    /// <summary>A year with no budget yet is at this version: the first SetGrantBudget of a year sends If-Match: "v0".</summary>
    public const int NoBudgetVersion = 0;

    /// <returns>Null when no budget has been set for the year; otherwise the view and the budget's version (its ETag).</returns>
    public static async Task<(GrantBudgetView View, int Version)?> LoadAsync(NpgsqlConnection connection, int year, CancellationToken cancellationToken)
    {
        var pots = (await connection.QueryAsync<(string Pot, long Budget, long Committed, long Paid, int Version)>(
            new CommandDefinition(Sql, new { Year = year }, cancellationToken: cancellationToken))).ToList();
        return pots.Count == 0 ? null : (new GrantBudgetView(FinancialYear.Label(year),
            pots.Select(p => new PotBalance(Vocabulary.Parse<GrantPot>(p.Pot), p.Budget, p.Committed, p.Paid, p.Budget - p.Committed)).ToList()),
            pots.Max(p => p.Version));
    }
}
