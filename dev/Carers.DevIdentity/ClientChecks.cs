using System.Security.Cryptography;
using System.Text;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Carers.DevIdentity;

/// <summary>
/// Degraded mode leaves checking clients to the host: the SPA may only come back to
/// /signed-in (and /signed-out) on this machine, and machine clients must give their secret.
/// </summary>
public static class ClientChecks
{
    public static bool IsLoopbackOrigin(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) && IsLoopback(uri);

    private static bool IsLoopback(Uri uri) =>
        uri.Scheme is "http" or "https" && uri.Host is "127.0.0.1" or "localhost" && string.IsNullOrEmpty(uri.UserInfo);

    /// <summary>Any port, since each developer and test run picks its own.</summary>
    public static bool IsSpaAddress(string? address, string path) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && IsLoopback(uri) && uri.AbsolutePath == path && uri.Fragment.Length == 0;

    public static ValueTask Authorization(ValidateAuthorizationRequestContext context, DevIdentityOptions settings)
    {
        if (context.ClientId != settings.SpaClientId)
        {
            context.Reject(Errors.InvalidClient, "Only the Luton Carers SPA signs people in here.");
        }
        else if (!IsSpaAddress(context.RedirectUri, "/signed-in"))
        {
            context.Reject(Errors.InvalidRequest, "The redirect_uri must be http://127.0.0.1 or http://localhost, any port, path /signed-in.");
        }

        return ValueTask.CompletedTask;
    }

    public static ValueTask Token(ValidateTokenRequestContext context, DevIdentityOptions settings)
    {
        if (context.Request.IsClientCredentialsGrantType())
        {
            var client = settings.Client(context.ClientId);
            if (client is null || context.ClientSecret is null || !SameSecret(client.Secret, context.ClientSecret))
            {
                context.Reject(Errors.InvalidClient, "Unknown client, or the wrong secret.");
            }
        }
        else if (context.ClientId != settings.SpaClientId || context.ClientSecret is not null)
        {
            context.Reject(Errors.InvalidClient, "Only the SPA, a public client without a secret, redeems codes and refresh tokens.");
        }

        return ValueTask.CompletedTask;
    }

    public static ValueTask EndSession(ValidateEndSessionRequestContext context)
    {
        if (context.PostLogoutRedirectUri is { } address && !IsSpaAddress(address, "/signed-out"))
        {
            context.Reject(Errors.InvalidRequest, "The post_logout_redirect_uri must be http://127.0.0.1 or http://localhost, any port, path /signed-out.");
        }

        return ValueTask.CompletedTask;
    }

    private static bool SameSecret(string expected, string given) =>
        expected.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given));
}
