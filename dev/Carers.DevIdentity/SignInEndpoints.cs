using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Carers.DevIdentity;

/// <summary>The endpoints OpenIddict passes through: the sign-in page, tokens and signing out.</summary>
public static partial class SignInEndpoints
{
    /// <summary>The claims the API reads (its CarersClaims), and the name the SPA shows.</summary>
    public const string RolesClaim = "roles";
    public const string PartnerClaim = "partner";
    public const string OdsClaim = "ods";

    private const string Scheme = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    [GeneratedRegex("^[A-Za-z0-9._@-]{1,100}$")]
    private static partial Regex SubjectPattern();

    public static IResult Authorize(HttpContext http, DevIdentityOptions settings)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");

        // Refresh tokens renew sessions here; nothing is remembered between sign-ins, so a silent attempt cannot succeed.
        if (request.HasPromptValue(PromptValues.None))
        {
            return Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.LoginRequired,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "Choose who to sign in as on the sign-in page.",
            }), [Scheme]);
        }

        if (!HttpMethods.IsPost(http.Request.Method)) return SignInPage.Render(request, settings, error: null);

        var form = http.Request.Form;
        string role, subject, name;
        if (form["choice"] == "someone-else")
        {
            role = form["role"].ToString();
            subject = form["subject"].ToString().Trim();
            if (!settings.Roles.Contains(role)) return SignInPage.Render(request, settings, new("role", "Select a role"));
            if (!SubjectPattern().IsMatch(subject))
            {
                return SignInPage.Render(request, settings, new("subject", "Enter a subject of up to 100 letters, digits and . _ @ -"));
            }

            name = subject;
        }
        else if (settings.Personas.FirstOrDefault(p => p.Id == form["choice"]) is { } persona)
        {
            (role, subject, name) = (persona.Role, persona.NewSubject(), persona.Label);
        }
        else
        {
            return SignInPage.Render(request, settings, new("choice", "Select who you want to sign in as"));
        }

        var identity = NewIdentity(subject);
        identity.AddClaim(new Claim(Claims.Name, name));
        identity.AddClaim(new Claim(RolesClaim, role));
        identity.SetScopes(request.GetScopes());
        identity.SetResources(settings.Audience);
        identity.SetDestinations(claim => claim.Type switch
        {
            // The SPA shows the name and lands the person by role, from the identity token, as with Entra ID.
            Claims.Name or RolesClaim => [Destinations.AccessToken, Destinations.IdentityToken],
            _ => [Destinations.AccessToken],
        });
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: Scheme);
    }

    public static async Task<IResult> Token(HttpContext http, DevIdentityOptions settings)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.IsClientCredentialsGrantType())
        {
            // ClientChecks.Token has checked the client and its secret.
            var client = settings.Client(request.ClientId)!;
            var identity = NewIdentity(client.ClientId);
            identity.AddClaim(new Claim(RolesClaim, client.Role));
            if (client.Partner is not null) identity.AddClaim(new Claim(PartnerClaim, client.Partner));
            if (client.OdsCode is not null) identity.AddClaim(new Claim(OdsClaim, client.OdsCode));
            identity.SetScopes(request.GetScopes());
            identity.SetResources(client.Audience ?? settings.Audience);
            identity.SetDestinations(_ => [Destinations.AccessToken]);
            return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: Scheme);
        }

        // A code or a refresh token: the same person again, with the claims (and their destinations) they carry.
        var result = await http.AuthenticateAsync(Scheme);
        if (result.Principal is null)
        {
            return Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidGrant,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The code or refresh token is no longer valid.",
            }), [Scheme]);
        }

        return Results.SignIn(result.Principal, authenticationScheme: Scheme);
    }

    /// <summary>Nothing is remembered here between sign-ins, so signing out is only going back to the SPA's signed-out page.</summary>
    public static IResult EndSession() =>
        Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [Scheme]);

    private static ClaimsIdentity NewIdentity(string subject)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, RolesClaim);
        identity.AddClaim(new Claim(Claims.Subject, subject));
        return identity;
    }
}
