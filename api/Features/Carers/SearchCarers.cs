using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Carers.Api.Features.Carers;

/// <summary>An assessor finds carers by name, date of birth, postcode or NHS number, a page at a time.</summary>
public static partial class SearchCarers
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = Cursor.MaxPageSize;

    public sealed record Request
    {
        /// <summary>Words that start the carer's first or last name, like "sam smi".</summary>
        [FromQuery(Name = "name")]
        public string? Name { get; init; }
        [FromQuery(Name = "dateOfBirth")]
        public DateOnly? DateOfBirth { get; init; }
        /// <summary>A full postcode ("LU1 3AB") or just its district ("LU1").</summary>
        [FromQuery(Name = "postcode")]
        public string? Postcode { get; init; }
        [FromQuery(Name = "nhsNumber")]
        public string? NhsNumber { get; init; }
        /// <summary>Results a page, 1 to 100 (20 if not given).</summary>
        [FromQuery(Name = "limit")]
        public int? Limit { get; init; }
        /// <summary>The nextCursor of the previous page.</summary>
        [FromQuery(Name = "cursor")]
        public string? Cursor { get; init; }
    }

    public sealed record CarerSummary(
        Guid Id,
        [property: MaxLength(100)] string GivenName,
        [property: MaxLength(100)] string FamilyName,
        DateOnly DateOfBirth,
        [property: MaxLength(10)] string Postcode,
        [property: MaxLength(10)] string? NhsNumber,
        CarerCategory Category)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static CarerSummary Example =>
            new(Examples.CarerId, Examples.GivenName, Examples.FamilyName, new DateOnly(1984, 6, 12), Examples.Postcode, Examples.NhsNumber, CarerCategory.AdultCarer);
    }

    public sealed record Query(Caller Caller, Request Criteria) : IQuery<Page<CarerSummary>>;

    internal sealed record Position(string F, string G, Guid I);

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x).Must(x => !string.IsNullOrWhiteSpace(x.Name) || x.DateOfBirth is not null || !string.IsNullOrWhiteSpace(x.Postcode) || !string.IsNullOrWhiteSpace(x.NhsNumber))
                .WithName("name").OverridePropertyName("name").WithMessage("Enter a name, date of birth, postcode or NHS number to search for");
            RuleFor(x => x.Name).MaximumLength(100).Matches(@"^[\p{L}\p{M} '’.\-]*$").WithMessage("Names must only include letters, spaces, hyphens and apostrophes");
            RuleFor(x => x.Postcode).MaximumLength(10)
                .Must(p => string.IsNullOrWhiteSpace(p) || Domain.Postcode.IsValid(p) || District().IsMatch(p.Trim().ToUpperInvariant()))
                .WithMessage("Enter a full postcode, like LU1 3AB, or a district, like LU1");
            RuleFor(x => x.NhsNumber).MaximumLength(12).Must(n => string.IsNullOrWhiteSpace(n) || Domain.NhsNumber.IsValid(n))
                .WithMessage("Enter a valid NHS number, like 943 476 5919");
            RuleFor(x => x.Limit).PageLimit();
            RuleFor(x => x.Cursor).PageCursor<Request, Position>();
        }
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : IQueryHandler<Query, Page<CarerSummary>>
    {
        // Fixed SQL: every filter is optional through "IS NULL OR"; names match word by word on prefixes.
        // nhs_number is char(10): compared as char(10), not as text, so its unique index finds it.
        // The two longest words are also ranges on the name indexes (text_pattern_ops, so ~>=~ and ~<~,
        // which a generic plan can use too): without them a name search walked the family-name index
        // from the start until it had a page (decision 0036). Two words fall on the two names in one
        // of four ways (family A given B, family B given A, both on the family name, both on the given
        // name); each way is a range on both columns of one index, so "sam smith" reads the Smiths whose
        // given name starts "sam" inside carer_family_name_idx and not every Smith's row. One word is
        // both A and B, and the four ways fold to "family or given starts with it". The term filter
        // below still decides what matches; the ranges only narrow what is read.
        private const string Sql = """
            SELECT c.id, c.given_name, c.family_name, c.date_of_birth, c.postcode, c.nhs_number,
                   lower(c.family_name) AS family_key, lower(c.given_name) AS given_key,
                   (SELECT count(*) FROM caring_relationship r WHERE r.carer_id = c.id) AS relationships,
                   (SELECT count(*) FROM caring_relationship r WHERE r.carer_id = c.id AND r.ended_on <= @Today) AS ended
            FROM carer c
            WHERE c.closed_at IS NULL
              AND (@NhsNumber::text IS NULL OR c.nhs_number = @NhsNumber::char(10))
              AND (@DateOfBirth::date IS NULL OR c.date_of_birth = @DateOfBirth)
              AND (@Postcode::text IS NULL OR c.postcode = @Postcode)
              AND (@District::text IS NULL OR c.postcode LIKE @District || ' %')
              AND (@A::text IS NULL
                   OR (lower(c.family_name) ~>=~ @A AND lower(c.family_name) ~<~ @BelowA
                       AND lower(c.given_name) ~>=~ @B AND lower(c.given_name) ~<~ @BelowB)
                   OR (lower(c.family_name) ~>=~ @B AND lower(c.family_name) ~<~ @BelowB
                       AND lower(c.given_name) ~>=~ @A AND lower(c.given_name) ~<~ @BelowA)
                   OR (lower(c.family_name) ~>=~ @A AND lower(c.family_name) ~<~ @BelowA
                       AND lower(c.family_name) ~>=~ @B AND lower(c.family_name) ~<~ @BelowB)
                   OR (lower(c.given_name) ~>=~ @A AND lower(c.given_name) ~<~ @BelowA
                       AND lower(c.given_name) ~>=~ @B AND lower(c.given_name) ~<~ @BelowB))
              AND NOT EXISTS (
                  SELECT 1 FROM unnest(@Terms::text[]) AS t(term)
                  WHERE NOT (lower(c.family_name) LIKE t.term || '%' OR lower(c.given_name) LIKE t.term || '%'))
              AND (@AfterFamily::text IS NULL OR (lower(c.family_name), lower(c.given_name), c.id) > (@AfterFamily, @AfterGiven, @AfterId))
            ORDER BY lower(c.family_name), lower(c.given_name), c.id
            LIMIT @Take
            """;

        public async ValueTask<Page<CarerSummary>> Handle(Query query, CancellationToken cancellationToken)
        {
            var criteria = query.Criteria;
            var limit = criteria.Limit ?? DefaultLimit;
            Cursor.TryDecode<Position>(criteria.Cursor, out var after);
            var postcode = string.IsNullOrWhiteSpace(criteria.Postcode) ? null : criteria.Postcode.Trim().ToUpperInvariant();
            var fullPostcode = postcode is not null && Domain.Postcode.IsValid(postcode) ? Domain.Postcode.Normalise(postcode) : null;

            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var terms = Terms(criteria.Name);
            var longest = terms.OrderByDescending(t => t.Length).Take(2).ToArray();
            var a = longest.ElementAtOrDefault(0);
            var b = longest.ElementAtOrDefault(1) ?? a;
            var rows = (await connection.QueryAsync<Row>(new CommandDefinition(Sql, new
            {
                Today = DateOnly.FromDateTime(clock.GetLocalNow().Date),
                NhsNumber = string.IsNullOrWhiteSpace(criteria.NhsNumber) ? null : Domain.NhsNumber.Normalise(criteria.NhsNumber),
                criteria.DateOfBirth,
                Postcode = fullPostcode,
                District = fullPostcode is null ? postcode : null,
                Terms = terms,
                A = a,
                B = b,
                // A name starting with a word sorts (byte by byte) from the word up to the word and U+10FFFF, never in a name.
                BelowA = a is null ? null : a + char.ConvertFromUtf32(0x10FFFF),
                BelowB = b is null ? null : b + char.ConvertFromUtf32(0x10FFFF),
                AfterFamily = after?.F,
                AfterGiven = after?.G,
                AfterId = after?.I,
                Take = limit + 1,
            }, cancellationToken: cancellationToken))).ToList();

            var page = rows.Take(limit).ToList();
            await AuditLog.WriteShownAsync(connection, null, query.Caller, nameof(SearchCarers), page.Select(r => r.Id), null, cancellationToken);

            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            var items = page.Select(r => new CarerSummary(r.Id, r.GivenName, r.FamilyName, r.DateOfBirth, r.Postcode, r.NhsNumber,
                CarerCategories.For(r.DateOfBirth, today, (int)r.Relationships, (int)r.Ended))).ToList();
            var last = page.LastOrDefault();
            var next = rows.Count > limit && last is not null ? Cursor.Encode(new Position(last.FamilyKey, last.GivenKey, last.Id)) : null;
            return new Page<CarerSummary>(items, next);
        }

        /// <summary>Lower-case words. The validator admits no LIKE wildcard (% _ \\), so each is a plain prefix.</summary>
        private static string[] Terms(string? name) => string.IsNullOrWhiteSpace(name)
            ? []
            : name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(5).ToArray();

        private sealed record Row
        {
            public Guid Id { get; init; }
            public string GivenName { get; init; } = "";
            public string FamilyName { get; init; } = "";
            public DateOnly DateOfBirth { get; init; }
            public string Postcode { get; init; } = "";
            public string? NhsNumber { get; init; }
            public string FamilyKey { get; init; } = "";
            public string GivenKey { get; init; } = "";
            public long Relationships { get; init; }
            public long Ended { get; init; }
        }
    }

    /// <remarks>
    /// Staff find carers by name, date of birth, postcode (full, or a district like LU1) or NHS number. At least one is needed. Every
    /// search is audited with the reason given in `Access-Reason`.
    ///
    /// - Paged with a cursor: send `limit` (1 to 100) and, for the next page, the `nextCursor` of the page before as `cursor`;
    ///   `nextCursor` is null on the last page.
    /// - 400 (validation): no search term, a term that is not valid, or a cursor that was not ours.
    /// </remarks>
    public static async Task<Ok<Page<CarerSummary>>> Endpoint(
        [AsParameters] Request criteria, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new Query(Caller.From(user), criteria), cancellationToken));

    [GeneratedRegex("^[A-Z]{1,2}[0-9][0-9A-Z]?$")]
    private static partial Regex District();
}
