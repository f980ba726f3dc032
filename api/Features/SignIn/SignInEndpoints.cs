namespace Carers.Api.Features.SignIn;

public static class SignInEndpoints
{
    public static IServiceCollection AddSignInSettings(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<SignInOptions>(configuration.GetSection(SignInOptions.Section));

    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder app)
    {
        // Public by design: the SPA needs it before anyone has signed in, and it holds nothing secret.
        app.MapGet("/api/sign-in-settings", GetSignInSettings.Endpoint).WithName(nameof(GetSignInSettings)).AllowAnonymous()
            .WithTags("Sign-in")
            .WithSummary("Where the SPA signs staff and carers in: each OpenID Connect authority, the SPA's client id and the scopes to ask for");
        return app;
    }
}
