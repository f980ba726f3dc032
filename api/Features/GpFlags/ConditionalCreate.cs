using Dapper;
using Hl7.Fhir.Model;
using Npgsql;

namespace Carers.Api.Features.GpFlags;

/// <summary>
/// FHIR conditional create on a practice's own flag identifier: <c>If-None-Exist: identifier=&lt;system&gt;|&lt;value&gt;</c>
/// on POST /fhir/Flag, or <c>request.ifNoneExist</c> on a Bundle entry. No match: the flag is created
/// (201). One match: nothing is created and the existing flag answers (200). Several (only possible
/// with <c>identifier=&lt;value&gt;</c>, which matches any system): 412, as FHIR says. The query must name
/// the flag's own identifier, so that the database's unique key (practice, identifier) settles a race
/// between identical resubmissions: the loser finds the winner's flag and answers 200 too.
/// </summary>
public static class ConditionalCreate
{
    /// <summary>The one search the condition may hold: identifier, with or without its system.</summary>
    public sealed record IdentifierQuery(string? System, string Value)
    {
        public bool Names(FlagIdentifier? identifier) =>
            identifier is not null && identifier.Value == Value && (System is null || identifier.System == System);
    }

    /// <summary>What the condition found among the practice's flags.</summary>
    public sealed record Match(int Count, long? Id);

    private const string LookupSql = """
        SELECT q.ord, count(g.id)::int AS count, min(g.id) AS id
        FROM unnest(@Ords::int[], @Systems::text[], @Values::text[]) AS q(ord, system, value)
        LEFT JOIN gp_flag g ON g.ods_code = @OdsCode AND g.identifier_value = q.value AND (q.system IS NULL OR g.identifier_system = q.system)
        GROUP BY q.ord
        """;

    /// <summary>
    /// Reads the condition (the header's value, or an entry's ifNoneExist; a leading "Flag?" is allowed).
    /// Null query and null error when there is no condition.
    /// </summary>
    public static (IdentifierQuery? Query, FlagError? Error) Parse(string? condition)
    {
        if (condition is null) return (null, null);
        var text = condition.Trim();
        if (text.StartsWith("Flag?", StringComparison.Ordinal)) text = text[5..];
        else if (text.StartsWith('?')) text = text[1..];

        var parameters = text.Split('&', StringSplitOptions.RemoveEmptyEntries);
        if (parameters.Length != 1 || !parameters[0].StartsWith("identifier=", StringComparison.Ordinal))
        {
            return (null, Unsupported());
        }

        // A malformed escape (%ZZ) is left as it is, never thrown.
        var token = Uri.UnescapeDataString(parameters[0]["identifier=".Length..]);

        var bar = token.IndexOf('|', StringComparison.Ordinal);
        string? system = bar < 0 ? null : token[..bar];
        var value = bar < 0 ? token : token[(bar + 1)..];
        if (value.Length is 0 or > FlagIdentifier.MaxValueLength || system is { Length: 0 or > FlagIdentifier.MaxSystemLength }
            || value.Any(char.IsControl) || (system?.Any(char.IsControl) ?? false))
        {
            return (null, new FlagError(StatusCodes.Status400BadRequest, OperationOutcome.IssueType.Value,
                "If-None-Exist needs identifier=<system>|<value> (or identifier=<value>) with a non-empty value."));
        }

        return (new IdentifierQuery(system, value), null);
    }

    /// <summary>The condition must name the flag's own identifier (Flag.identifier), or a race could store two flags.</summary>
    public static FlagError? CheckNames(IdentifierQuery query, FlagInput flag) =>
        query.Names(flag.Identifier)
            ? null
            : new FlagError(StatusCodes.Status400BadRequest, OperationOutcome.IssueType.Invariant,
                "If-None-Exist must name the Flag's own identifier: give the Flag an identifier with this system and value.");

    /// <summary>For each condition (by its position), how many of the practice's flags it matches.</summary>
    public static async Task<Dictionary<int, Match>> LookupAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string odsCode,
        IReadOnlyList<(int Ord, IdentifierQuery Query)> conditions, CancellationToken cancellationToken)
    {
        if (conditions.Count == 0) return [];
        var rows = await connection.QueryAsync<(int Ord, int Count, long? Id)>(new CommandDefinition(LookupSql, new
        {
            OdsCode = odsCode,
            Ords = conditions.Select(c => c.Ord).ToArray(),
            Systems = conditions.Select(c => c.Query.System).ToArray(),
            Values = conditions.Select(c => c.Query.Value).ToArray(),
        }, transaction, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.Ord, r => new Match(r.Count, r.Id));
    }

    public static FlagError SeveralMatch(int count) => new(StatusCodes.Status412PreconditionFailed, OperationOutcome.IssueType.MultipleMatches,
        $"If-None-Exist matches {count} of this practice's flags; name the identifier's system as well (identifier=<system>|<value>).");

    public static FlagError Duplicate(long existingId) => new(StatusCodes.Status409Conflict, OperationOutcome.IssueType.Duplicate,
        $"This practice already sent another flag with this identifier (Flag/{existingId}). Send If-None-Exist to get that flag back instead, or use a new identifier.");

    private static FlagError Unsupported() => new(StatusCodes.Status400BadRequest, OperationOutcome.IssueType.NotSupported,
        "If-None-Exist supports one search parameter: identifier=<system>|<value>.");
}
