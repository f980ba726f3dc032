using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Carers.Api.Features.Webhooks;

/// <summary>
/// A manager rotates a partner's signing secret with an overlap (decision 0042): a new secret is made and shown once,
/// and until the overlap ends (Carers:Outbox:SecretOverlapHours, 24 by default) every delivery is signed with both the
/// new and the old secret, so the partner can put the new one in place without refusing an event. Rotating again during
/// an overlap keeps only the secret being replaced. If-Match is required (the registration's eTag).
/// </summary>
public static class RotatePartnerWebhookSecret
{
    /// <param name="Secret">The new Standard Webhooks signing secret (whsec_ and base64): shown this once, kept only encrypted.</param>
    /// <param name="PreviousSecretValidUntil">Until when deliveries are signed with the old secret too; after it, only with the new one.</param>
    public sealed record Response([property: MaxLength(20)] string Partner, [property: MaxLength(100)] string Secret, DateTimeOffset PreviousSecretValidUntil)
    {
        public static Response Example { get; } = new("CarersCentral", "whsec_kF3nq8Zr1XyQ5tJ0mWc7VbH2sLd9PaEo4GiU6TfYwR0=",
            new DateTimeOffset(2026, 12, 1, 14, 5, 0, TimeSpan.Zero));
    }

    public sealed record Command(Caller Caller, string Partner, int ExpectedVersion) : ICommand<Outcome>;

    public abstract record Outcome
    {
        public sealed record Rotated(Response Rotation, int Version) : Outcome;
        public sealed record NotRegistered : Outcome;
        public sealed record Stale : Outcome;
    }

    public sealed class Handler(NpgsqlDataSource db, WebhookSecrets secrets, IOptions<OutboxOptions> options, TimeProvider clock)
        : ICommandHandler<Command, Outcome>
    {
        private const string LockSql = """
            SELECT version, protected_secret FROM webhook_subscription WHERE partner = @Partner FOR UPDATE
            """;

        private const string RotateSql = """
            UPDATE webhook_subscription SET protected_secret = @Secret, previous_protected_secret = @Previous,
                previous_secret_until = @Until, version = version + 1
            WHERE partner = @Partner RETURNING version
            """;

        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var current = await connection.QuerySingleOrDefaultAsync<Current>(new CommandDefinition(LockSql, new { command.Partner }, transaction,
                cancellationToken: cancellationToken));
            if (current is null) return new Outcome.NotRegistered();
            if (current.Version != command.ExpectedVersion) return new Outcome.Stale();

            var secret = WebhookSecrets.NewSecret();
            var previous = current.ProtectedSecret; // every secret is encrypted at start-up (WebhookSecrets.ProtectPlainSecretsAsync)
            var until = clock.GetUtcNow().AddHours(options.Value.SecretOverlapHours);
            var version = await connection.QuerySingleAsync<int>(new CommandDefinition(RotateSql,
                new { command.Partner, Secret = secrets.Protect(secret), Previous = previous, Until = until }, transaction, cancellationToken: cancellationToken));
            await AuditLog.WriteAsync(connection, transaction,
                new AuditEntry(command.Caller, nameof(RotatePartnerWebhookSecret), "webhookSubscription", command.Partner, AuditOutcome.Success), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Outcome.Rotated(new Response(command.Partner, secret, until), version);
        }

        private sealed record Current
        {
            public int Version { get; init; }
            public required string ProtectedSecret { get; init; }
        }
    }

    /// <param name="partner">CarersCentral or Chums.</param>
    /// <remarks>
    /// Makes a new signing secret for the partner's webhook and answers it this once (it is kept only encrypted). For an
    /// overlap (24 hours unless configured otherwise; `previousSecretValidUntil` says when it ends) every delivery's
    /// `webhook-signature` header carries two signatures, one with the new secret and one with the old, space-separated as
    /// Standard Webhooks allows: a partner's verifier accepts the event with either secret, so the partner can switch at
    /// any moment of the overlap. After it, only the new secret signs.
    ///
    /// Rotating again during an overlap makes another secret and keeps only the one it replaces: the oldest stops signing at once.
    ///
    /// Concurrency: If-Match is required, with the registration's `eTag` (ListWebhookDeliveries, or the ETag of the last
    /// answer); without it 428, stale 412. The answer's ETag is the registration's new version.
    ///
    /// - 404: no such partner, or no webhook is registered for it yet (register one first).
    /// - 412 / 428: see concurrency above.
    /// </remarks>
    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Endpoint(
        [AllowedValues("CarersCentral", "Chums")] string partner, ClaimsPrincipal user, IMediator mediator,
        HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        if (!PartnerNames.All.Contains(partner)) return RegisterPartnerWebhook.UnknownPartner();
        switch (await mediator.Send(new Command(Caller.From(user), partner, request.ExpectedVersion()), cancellationToken))
        {
            case Outcome.Rotated rotated:
                ETags.Set(response, rotated.Version);
                return TypedResults.Ok(rotated.Rotation);
            case Outcome.NotRegistered:
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "This partner has no webhook registered.",
                    detail: "Register the partner's webhook address first: that makes its first secret.");
            default:
                return ETags.Stale("webhook registration");
        }
    }
}
