using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Carers.Api.Features.Grants;

/// <summary>A grants officer cancels a submitted or approved grant; an approved one's commitment goes back to the pot.</summary>
public static class CancelGrant
{
    public sealed record Command(Caller Caller, Guid GrantId, int ExpectedVersion) : ICommand<GrantChange.Outcome>;

    public sealed class Handler(GrantChange change) : ICommandHandler<Command, GrantChange.Outcome>
    {
        private const string Sql = """
            WITH before AS (SELECT id, status FROM grant_application WHERE id = @GrantId AND status IN ('submitted', 'approved') FOR UPDATE),
            cancelled AS (
                UPDATE grant_application g SET status = 'cancelled', cancelled_at = now(), version = version + 1
                FROM before WHERE g.id = before.id RETURNING g.id, g.financial_year, g.pot, g.amount_pence, before.status AS was
            ),
            pot AS (
                UPDATE grant_pot p SET committed_pence = p.committed_pence - c.amount_pence, updated_at = now()
                FROM cancelled c WHERE c.was = 'approved' AND p.financial_year = c.financial_year AND p.pot = c.pot
            )
            SELECT id FROM cancelled
            """;

        public ValueTask<GrantChange.Outcome> Handle(Command command, CancellationToken cancellationToken) =>
            change.RunAsync(command.Caller, command.GrantId, command.ExpectedVersion, nameof(CancelGrant), Sql, new { command.GrantId }, cancellationToken);
    }

    /// <remarks>
    /// A grants officer cancels a submitted or approved grant; an approved grant's amount goes back to its pot.
    ///
    /// - Send the application's ETag (from the list, the application or the last change) as `If-Match`: without it 428, stale 412 (another officer changed it: read it again); the answer carries the new ETag.
    /// - 404: no such application.
    /// - 409: the grant is declined, paid or already cancelled.
    /// </remarks>
    public static async Task<Results<Ok<GrantApplication>, ProblemHttpResult>> Endpoint(Guid grantId, ClaimsPrincipal user, IMediator mediator,
        HttpRequest request, HttpResponse response, CancellationToken ct) =>
        (await mediator.Send(new Command(Caller.From(user), grantId, request.ExpectedVersion()), ct)).ToResult("Only a submitted or approved grant can be cancelled.", response);
}
