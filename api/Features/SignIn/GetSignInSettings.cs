using System.ComponentModel.DataAnnotations;
using Carers.Api.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Carers.Api.Features.SignIn;

/// <summary>
/// Where the SPA sends people to sign in, read at start-up, so one build of the SPA serves every
/// environment: staff to Entra ID, carers to Entra External ID, and both to the local OpenID
/// Connect provider in Development (decision 0033). Public: it is needed before anyone has signed in.
/// </summary>
public static class GetSignInSettings
{
    /// <summary>One OpenID Connect provider and the SPA's registration with it.</summary>
    /// <param name="Authority">The issuer whose /.well-known/openid-configuration the SPA reads, like https://login.microsoftonline.com/{tenant}/v2.0.</param>
    /// <param name="ClientId">The SPA's client id there (a public client: authorization code with PKCE).</param>
    /// <param name="Scope">The scopes to ask for, space-separated as OpenID Connect sends them: openid, profile, offline_access (silent renewal) and the API's own.</param>
    public sealed record Provider([property: MaxLength(500)] string Authority, [property: MaxLength(200)] string ClientId, [property: MaxLength(500)] string Scope)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Provider Example =>
            new("https://login.microsoftonline.com/5f3c2a1b-9d8e-4f70-a6b5-c4d3e2f1a0b9/v2.0", "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "openid profile offline_access api://luton-carers/access_as_user");
    }

    /// <param name="Staff">Council staff (Entra ID, app roles).</param>
    /// <param name="Carers">Carers (Entra External ID).</param>
    public sealed record Response(Provider Staff, Provider Carers)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Response Example =>
            new(Provider.Example, new("https://lutoncarers.ciamlogin.com/7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918/v2.0", "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "openid profile offline_access api://luton-carers/access_as_user"));
    }

    public sealed record Query : IQuery<Response>;

    public sealed class Handler(IOptions<SignInOptions> options) : IQueryHandler<Query, Response>
    {
        public ValueTask<Response> Handle(Query query, CancellationToken cancellationToken) =>
            ValueTask.FromResult(new Response(Describe(options.Value.Staff), Describe(options.Value.Carers)));

        private static Provider Describe(SignInOptions.ProviderOptions provider) =>
            new(provider.Authority, provider.ClientId, string.Join(' ', provider.Scopes));
    }

    /// <remarks>
    /// Where people sign in, for this environment: staff to Microsoft Entra ID, carers to Entra External ID (and both to the local OpenID
    /// Connect provider in development), with the SPA's client id and the scopes to ask for. Public: it is read before anyone has signed
    /// in, and holds nothing secret.
    ///
    /// - Partners' systems and GP systems do not sign in this way: they use OAuth2 client credentials at the token URL in the contract's
    ///   `clientCredentials` scheme.
    /// </remarks>
    public static async Task<Ok<Response>> Endpoint(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new Query(), cancellationToken));
}
