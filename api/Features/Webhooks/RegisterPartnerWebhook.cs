using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Security.Cryptography;
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
/// each time and shown once, in this answer, to be handed to the partner.
/// </summary>
public static class RegisterPartnerWebhook
{
    public sealed record Request
    {
        /// <summary>An https address on the public internet.</summary>
        public string? Url { get; init; }
    }

    public sealed record Response([property: MaxLength(20)] string Partner, [property: MaxLength(500)] string Url, [property: MaxLength(100)] string Secret);

    public sealed record Command(Caller Caller, string Partner, Request Body) : ICommand<Response>;

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

    public sealed class Handler(NpgsqlDataSource db) : ICommandHandler<Command, Response>
    {
        private const string Sql = $"""
            INSERT INTO webhook_subscription (partner, url, secret, registered_by) VALUES (@Partner, @Url, @Secret, @Subject)
            ON CONFLICT (partner) DO UPDATE SET url = excluded.url, secret = excluded.secret, registered_by = excluded.registered_by, registered_at = now();
            {AuditLog.Into}
            VALUES (@Subject, @Role, NULL, 'RegisterPartnerWebhook', 'webhookSubscription', @Partner, 'success', NULL, NULL, NULL);
            """;

        public async ValueTask<Response> Handle(Command command, CancellationToken cancellationToken)
        {
            var secret = "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            var url = command.Body.Url!.Trim();
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(Sql,
                new { command.Partner, Url = url, Secret = secret, command.Caller.Subject, command.Caller.Role }, cancellationToken: cancellationToken));
            return new Response(command.Partner, url, secret);
        }
    }

    /// <param name="partner">CarersCentral or Chums.</param>
    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Endpoint(
        [AllowedValues("CarersCentral", "Chums")] string partner, Request body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken)
    {
        if (!PartnerNames.All.Contains(partner)) return UnknownPartner();
        return TypedResults.Ok(await mediator.Send(new Command(Caller.From(user), partner, body), cancellationToken));
    }

    public static ProblemHttpResult UnknownPartner() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such partner.", detail: "Partners are CarersCentral and Chums.");
}
