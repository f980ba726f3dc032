using Carers.Api.Infrastructure.Auth;
using Carers.Api.Infrastructure.Problems;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Carers.Api.Features.DevTokens;

/// <summary>
/// Development only: a token for any role, so a partner's developer or a script can try the
/// API on a laptop. The route is not mapped outside Development and the tests.
/// </summary>
public static class IssueDevToken
{
    public sealed record Request
    {
        /// <summary>Carer, Staff.Assessor, Staff.GrantsOfficer, Staff.Manager, Staff.EmergencyDuty, Staff.DataProtection, Partner or GpSystem.</summary>
        public string? Role { get; init; }
        /// <summary>Who the token is for, like demo-carer-0001.</summary>
        public string? Subject { get; init; }
        /// <summary>For role Partner: CarersCentral or Chums.</summary>
        public string? Partner { get; init; }
        /// <summary>For role GpSystem: the practice's ODS code, like A12345.</summary>
        public string? OdsCode { get; init; }
    }

    public sealed record Response(string AccessToken, DateTimeOffset ExpiresAt);

    public sealed record Command(Request Body) : ICommand<Response>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.Role).NotEmpty().WithMessage("Enter a role").MaximumLength(30)
                .Must(r => r is null || Roles.All.Contains(r)).WithMessage($"Role must be one of {string.Join(", ", Roles.All)}");
            RuleFor(x => x.Subject).NotEmpty().WithMessage("Enter a subject").MaximumLength(100)
                .Matches("^[A-Za-z0-9._@-]+$").WithMessage("Subject must only include letters, digits and . _ @ -");
            RuleFor(x => x.Partner).MaximumLength(20).Must(p => p is null || PartnerNames.All.Contains(p))
                .WithMessage($"Partner must be one of {string.Join(", ", PartnerNames.All)}");
            RuleFor(x => x.Partner).NotEmpty().When(x => x.Role == Roles.Partner).WithMessage("A Partner token needs a partner");
            RuleFor(x => x.OdsCode).MaximumLength(6).Matches(Domain.TextRules.OdsPattern).WithMessage("Enter an ODS code, like A12345");
            RuleFor(x => x.OdsCode).NotEmpty().When(x => x.Role == Roles.GpSystem).WithMessage("A GpSystem token needs an ODS code");
        }
    }

    public sealed class Handler(LocalTokenIssuer issuer) : ICommandHandler<Command, Response>
    {
        public ValueTask<Response> Handle(Command command, CancellationToken cancellationToken)
        {
            var body = command.Body;
            var (token, expires) = issuer.Issue(body.Role!, body.Subject!,
                body.Role == Roles.Partner ? body.Partner : null, body.Role == Roles.GpSystem ? body.OdsCode : null);
            return ValueTask.FromResult(new Response(token, expires));
        }
    }

    /// <remarks>
    /// Development only: an access token for any role, so a partner's developer or a script can try the API on a laptop without a
    /// sign-in. The route does not exist outside Development and the tests, and it is not part of the published contract.
    /// </remarks>
    public static async Task<Ok<Response>> Endpoint(Request body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new Command(body), cancellationToken));
}

public static class DevTokensEndpoints
{
    public static WebApplication MapDevTokens(this WebApplication app)
    {
        if (!AuthSetup.LocalIssuerAllowed(app.Environment) || app.Services.GetService<LocalTokenIssuer>() is null) return app;

        app.MapPost("/dev/tokens", IssueDevToken.Endpoint)
            .WithName(nameof(IssueDevToken))
            .AllowAnonymous()
            .AddEndpointFilter<ValidationFilter>()
            .ExcludeFromDescription();
        return app;
    }
}
