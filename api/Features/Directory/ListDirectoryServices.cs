using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Carers.Api.Features.ServiceDirectory;

/// <summary>
/// Anyone, signed in or not, lists the live services in name order, a page at a time, filtered by
/// who they are for (a service for everyone is under every group) and by a need they specialise in.
/// </summary>
public static class ListDirectoryServices
{
    public const int DefaultLimit = 20;

    public sealed record Request
    {
        /// <summary>Who it is for: adultCarers, youngCarers, parentCarers, olderPeople, caredForPeople or everyone.</summary>
        [FromQuery(Name = "for")]
        [QueryVocabulary(typeof(Audience))]
        public string? For { get; init; }

        /// <summary>A need the service specialises in, like dementia or mentalHealth.</summary>
        [FromQuery(Name = "need")]
        [QueryVocabulary(typeof(SupportNeed))]
        public string? Need { get; init; }

        /// <summary>Results a page, 1 to 100 (20 if not given).</summary>
        [FromQuery(Name = "limit")]
        public int? Limit { get; init; }

        /// <summary>The nextCursor of the previous page.</summary>
        [FromQuery(Name = "cursor")]
        public string? Cursor { get; init; }
    }

    internal sealed record Position(string N, Guid I);

    public sealed record Query(Request Criteria) : IQuery<Page<DirectoryService>>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.For).MaximumLength(20).Must(QueryVocabularyAttribute.Allows<Audience>)
                .WithMessage("Choose who it is for: adultCarers, youngCarers, parentCarers, olderPeople, caredForPeople or everyone");
            RuleFor(x => x.Need).MaximumLength(20).Must(QueryVocabularyAttribute.Allows<SupportNeed>)
                .WithMessage("Choose a need from the list, like dementia or mentalHealth");
            RuleFor(x => x.Limit).PageLimit();
            RuleFor(x => x.Cursor).PageCursor<Request, Position>();
        }
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : IQueryHandler<Query, Page<DirectoryService>>
    {
        private const string Sql = $"""
            SELECT {DirectoryReader.Columns}
            FROM directory_service s
            WHERE s.retired_at IS NULL
              AND (@For::text IS NULL OR s.audiences && ARRAY[@For, 'everyone'])
              AND (@Need::text IS NULL OR s.needs @> ARRAY[@Need])
              AND (@AfterName::text IS NULL OR (lower(s.name), s.id) > (@AfterName, @AfterId))
            ORDER BY lower(s.name), s.id
            LIMIT @Take
            """;

        public async ValueTask<Page<DirectoryService>> Handle(Query query, CancellationToken cancellationToken)
        {
            var limit = query.Criteria.Limit ?? DefaultLimit;
            Cursor.TryDecode<Position>(query.Criteria.Cursor, out var after);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var rows = (await connection.QueryAsync<DirectoryReader.Row>(new CommandDefinition(Sql, new
            {
                query.Criteria.For, query.Criteria.Need, AfterName = after?.N, AfterId = after?.I, Take = limit + 1,
            }, cancellationToken: cancellationToken))).ToList();
            var page = rows.Take(limit).ToList();
            var items = await DirectoryReader.WithSlotsAsync(connection, null, page, OpeningRules.LondonNow(clock), cancellationToken);
            var last = page.LastOrDefault();
            var next = rows.Count > limit && last is not null ? Cursor.Encode(new Position(last.NameKey, last.Id)) : null;
            return new Page<DirectoryService>(items, next);
        }
    }

    /// <remarks>
    /// Lists the live services of the directory of local services for carers, in name order, a page at a time.
    /// Public: no token is needed, so someone who does not yet call themselves a carer can find help.
    ///
    /// - `for` keeps the services for one group (`adultCarers`, `youngCarers`, `parentCarers`, `olderPeople`,
    ///   `caredForPeople`); a service for `everyone` is under every group.
    /// - `need` keeps the services that specialise in a need of the person cared for (like `dementia`);
    ///   general services list no needs.
    /// - Each service says whether any of its channels is open now (`openNow`), in Europe/London time.
    /// - Paging: `limit` is 1 to 100 (20 if not given); send a page's `nextCursor` as `cursor`, with the same
    ///   filters, for the next page; the last page's `nextCursor` is null.
    ///
    /// 400: an unknown `for` or `need`, a `limit` out of range or a cursor that is not one of ours.
    /// </remarks>
    public static async Task<Ok<Page<DirectoryService>>> Endpoint([AsParameters] Request criteria, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new Query(criteria), cancellationToken));
}
