using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Carers.Api.Features.Webhooks;

/// <summary>
/// A manager registers (or replaces) a partner's webhook address. A new signing secret is made
/// each time and shown once, in this answer, to be handed to the partner; it is kept encrypted (decision 0042).
/// The first registration needs no If-Match; replacing one does (the eTag from ListWebhookDeliveries): none is 428, stale 412.
/// </summary>
public static class RegisterPartnerWebhook
{
    public sealed record Request
    {
        /// <summary>An https address on the public internet.</summary>
        public string? Url { get; init; }

        public static Request Example { get; } = new() { Url = "https://partner.example.org/webhooks/luton-carers" };
    }

    /// <param name="Secret">The Standard Webhooks signing secret (whsec_ and base64): shown this once, kept only encrypted. Hand it to the partner.</param>
    public sealed record Response([property: MaxLength(20)] string Partner, [property: MaxLength(500)] string Url, [property: MaxLength(100)] string Secret)
    {
        public static Response Example { get; } = new("CarersCentral", "https://partner.example.org/webhooks/luton-carers",
            "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD2Wx1Gx4bI5Y=");
    }

    public sealed record Command(Caller Caller, string Partner, ETags.Precondition Precondition, Request Body) : ICommand<Outcome>;

    public abstract record Outcome
    {
        public sealed record Registered(Response Webhook, int Version) : Outcome;
        public sealed record PreconditionRequired : Outcome;
        public sealed record Stale : Outcome;
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(IOptions<OutboxOptions> options)
        {
            RuleFor(x => x.Url).NotEmpty().WithMessage("Enter the partner's webhook address")
                .MaximumLength(500).WithMessage("The address must be 500 characters or fewer")
                .Must(u => WebhookAddress.IsAcceptable(u, options.Value.AllowPrivateAddresses))
                .WithMessage("Enter an https address on the public internet, like https://partner.example.org/webhooks/carers");
        }
    }

    public sealed class Handler(NpgsqlDataSource db, WebhookSecrets secrets) : ICommandHandler<Command, Outcome>
    {
        private const string LockSql = "SELECT version FROM webhook_subscription WHERE partner = @Partner FOR UPDATE";

        // The first registration races only with another first registration: the loser finds the row
        // there (ON CONFLICT DO NOTHING) and is told it is stale, like any change made meanwhile.
        private const string CreateSql = """
            INSERT INTO webhook_subscription (partner, url, protected_secret, registered_by) VALUES (@Partner, @Url, @Secret, @Subject)
            ON CONFLICT (partner) DO NOTHING RETURNING version
            """;

        private const string ReplaceSql = """
            UPDATE webhook_subscription SET url = @Url, protected_secret = @Secret, previous_protected_secret = NULL,
                previous_secret_until = NULL, registered_by = @Subject, registered_at = now(), version = version + 1
            WHERE partner = @Partner RETURNING version
            """;

        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var secret = WebhookSecrets.NewSecret();
            var url = command.Body.Url!.Trim();
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var current = await connection.QuerySingleOrDefaultAsync<int?>(new CommandDefinition(LockSql, new { command.Partner }, transaction, cancellationToken: cancellationToken));
            var parameters = new { command.Partner, Url = url, Secret = secrets.Protect(secret), command.Caller.Subject };
            int? version;
            switch (current, command.Precondition)
            {
                case (null, ETags.Precondition.Missing):
                    version = await connection.QuerySingleOrDefaultAsync<int?>(new CommandDefinition(CreateSql, parameters, transaction, cancellationToken: cancellationToken));
                    if (version is null) return new Outcome.Stale();
                    break;
                case (not null, ETags.Precondition.Missing):
                    return new Outcome.PreconditionRequired();
                case (not null, ETags.Precondition.Version expected) when expected.Value == current:
                    version = await connection.QuerySingleAsync<int>(new CommandDefinition(ReplaceSql, parameters, transaction, cancellationToken: cancellationToken));
                    break;
                default:
                    return new Outcome.Stale();
            }

            await AuditLog.WriteAsync(connection, transaction,
                new AuditEntry(command.Caller, nameof(RegisterPartnerWebhook), "webhookSubscription", command.Partner, AuditOutcome.Success), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Outcome.Registered(new Response(command.Partner, url, secret), version.Value);
        }
    }

    /// <param name="partner">CarersCentral or Chums.</param>
    /// <remarks>
    /// Registers the address the partner's events are POSTed to, or replaces it. Each call makes a new signing secret
    /// (Standard Webhooks: `whsec_` and base64) and answers it this once: it is kept only encrypted and no operation shows
    /// it again. Hand it to the partner securely. Replacing a registration ends any rotation's overlap at once: only the
    /// new secret signs from then on (to change the secret without a gap, use RotatePartnerWebhookSecret instead).
    ///
    /// The address must be https on the public internet; it is checked again when each event is sent, after DNS.
    ///
    /// Concurrency: the first registration takes no If-Match. Replacing one needs the `eTag` that ListWebhookDeliveries
    /// shows (or the ETag of the last answer): without it 428, a stale one 412, so two managers cannot overwrite each
    /// other's address unseen.
    ///
    /// - 400: the address is missing, too long, not https or not public.
    /// - 404: no such partner.
    /// - 412 / 428: see concurrency above.
    ///
    /// What the partner receives at the address: the `partnerEvent` callback of this operation, and docs/events.md.
    /// </remarks>
    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Endpoint(
        [AllowedValues("CarersCentral", "Chums")] string partner, Request body, ClaimsPrincipal user, IMediator mediator,
        HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        if (!PartnerNames.All.Contains(partner)) return UnknownPartner();
        switch (await mediator.Send(new Command(Caller.From(user), partner, ETags.ReadIfMatch(request), body), cancellationToken))
        {
            case Outcome.Registered registered:
                ETags.Set(response, registered.Version);
                return TypedResults.Ok(registered.Webhook);
            case Outcome.PreconditionRequired:
                return ETags.Missing();
            default:
                return ETags.Stale("webhook registration");
        }
    }

    public static ProblemHttpResult UnknownPartner() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such partner.", detail: "Partners are CarersCentral and Chums.");
}
