using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Carers.Api.Features.Breaks;

/// <summary>
/// The staff queue of breaks by status: emergencies first, then oldest first. It answers the
/// same list shape as ListMyBreaks (the contract's ListMyBreaksResponse), so it uses that type.
/// </summary>
public static class ListBreakQueue
{
    public sealed record Request
    {
        /// <summary>requested (the default), approved, confirmed, completed, declined or cancelled.</summary>
        [FromQuery(Name = "status")]
        public string? Status { get; init; }

        [FromQuery(Name = "limit")]
        public int? Limit { get; init; }
    }

    public sealed record Query(Caller Caller, Request Criteria) : IQuery<ListMyBreaks.Response>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.Status).MaximumLength(10).Must(s => s is null || Enum.GetValues<BreakStatus>().Any(v => v.Code() == s))
                .WithMessage("Status must be requested, approved, confirmed, completed, declined or cancelled");
            RuleFor(x => x.Limit).InclusiveBetween(1, 50).WithMessage("Limit must be between 1 and 50");
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : IQueryHandler<Query, ListMyBreaks.Response>
    {
        private const string Sql = $"""
            SELECT {BreakRules.Columns} {BreakRules.From} WHERE b.status = @Status ORDER BY b.emergency DESC, b.requested_at, b.id LIMIT @Limit
            """;

        public async ValueTask<ListMyBreaks.Response> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var rows = (await connection.QueryAsync<BreakRules.Row>(new CommandDefinition(Sql,
                new { Status = query.Criteria.Status ?? "requested", Limit = query.Criteria.Limit ?? 50 }, cancellationToken: cancellationToken))).ToList();
            await AuditLog.WriteShownAsync(connection, null, query.Caller, nameof(ListBreakQueue), "breakBooking",
                rows.Select(r => (r.Id.ToString(), r.CarerId)), null, cancellationToken);
            return new ListMyBreaks.Response(rows.Select(r => r.ToBreak()).ToList());
        }
    }

    public static async Task<Ok<ListMyBreaks.Response>> Endpoint([AsParameters] Request criteria, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new Query(Caller.From(user), criteria), cancellationToken));
}
