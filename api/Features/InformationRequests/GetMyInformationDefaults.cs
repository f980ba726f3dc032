using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text.Json.Serialization;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Carers.Api.Features.InformationRequests;

/// <summary>
/// Before asking, a carer reads the format their record suggests (the rule in InformationDefaults;
/// format and source left out when the record suggests none) and the languages the council can provide.
/// Someone not registered gets 404.
/// </summary>
public static class GetMyInformationDefaults
{
    public sealed record Language([property: MaxLength(2)] string Code, [property: MaxLength(50)] string Name);

    public sealed record Response(
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] InformationFormat? Format,
        [property: MaxLength(2)] string? Language,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] FormatSource? Source,
        [property: MaxLength(100)] IReadOnlyList<Language> Languages)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Response Example =>
            new(InformationFormat.AnotherLanguage, "ur", FormatSource.PreferredLanguage, [new("ur", "Urdu"), new("pa", "Punjabi"), new("bn", "Bengali"), new("pl", "Polish")]);
    }

    public sealed record Query(Caller Caller) : IQuery<Response?>;

    public sealed class Handler(NpgsqlDataSource db, IOptions<InformationRequestOptions> options) : IQueryHandler<Query, Response?>
    {
        private const string Sql = "SELECT preferred_language, reasonable_adjustments FROM carer WHERE account_subject = @Subject";

        public async ValueTask<Response?> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var carer = await connection.QuerySingleOrDefaultAsync<(string PreferredLanguage, string[] Adjustments)?>(new CommandDefinition(
                Sql, new { query.Caller.Subject }, cancellationToken: cancellationToken));
            if (carer is null) return null;

            var languages = options.Value.Languages;
            var suggested = InformationDefaults.For(carer.Value.Adjustments, carer.Value.PreferredLanguage, languages);
            return new Response(suggested?.Format, suggested?.Language, suggested?.Source,
                languages.OrderBy(l => l.Value, StringComparer.Ordinal).Select(l => new Language(l.Key, l.Value)).ToList());
        }
    }

    /// <remarks>
    /// Before asking, the signed-in carer reads the format their record suggests (left out when it suggests none) and the languages the
    /// council can provide.
    ///
    /// - 404 (not-found): you have not registered as a carer.
    /// </remarks>
    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Endpoint(ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new Query(Caller.From(user)), cancellationToken) is { } found
            ? TypedResults.Ok(found)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "You have not registered as a carer yet.");
}
