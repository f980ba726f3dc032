using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.Tokens;

namespace Carers.Api.Infrastructure.Auth;

public static class AuthSetup
{
    /// <summary>The scheme that validates carers' tokens from Entra External ID in production.</summary>
    public const string ExternalCarersScheme = "CarersExternal";

    /// <summary>The scheme that validates tokens from the local OpenID Connect provider (dev/Carers.DevIdentity) in Development.</summary>
    public const string LocalProviderScheme = "LocalProvider";

    public static bool LocalIssuerAllowed(IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment("Testing");

    public static IServiceCollection AddCarersAuth(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton(TimeProvider.System);
        var local = configuration.GetSection(LocalIssuerOptions.Section).Get<LocalIssuerOptions>() ?? new LocalIssuerOptions();
        var provider = configuration.GetSection(LocalProviderOptions.Section).Get<LocalProviderOptions>() ?? new LocalProviderOptions();
        string[] schemes;

        if (local.Enabled || provider.Enabled)
        {
            // Production configuration must never accept locally issued tokens.
            if (!LocalIssuerAllowed(environment))
            {
                throw new InvalidOperationException(
                    "The local token issuer and the local OpenID Connect provider are for Development and tests only; "
                    + "disable Authentication:LocalIssuer and clear Authentication:LocalProvider:Authority.");
            }

            var authentication = services.AddAuthentication(local.Enabled ? JwtBearerDefaults.AuthenticationScheme : LocalProviderScheme);
            var enabled = new List<string>();
            if (local.Enabled)
            {
                services.AddSingleton(local);
                services.AddSingleton<LocalTokenIssuer>();
                authentication.AddJwtBearer(options =>
                {
                    options.MapInboundClaims = false;
                    options.TokenValidationParameters = new TokenValidationParameters
                    {
                        ValidIssuer = local.Issuer,
                        ValidAudience = local.Audience,
                        IssuerSigningKey = local.Key(),
                        ValidateIssuer = true,
                        ValidateAudience = true,
                        ValidateLifetime = true,
                        ValidateIssuerSigningKey = true,
                        ClockSkew = TimeSpan.FromSeconds(30),
                        RoleClaimType = CarersClaims.Roles,
                        NameClaimType = CarersClaims.Subject,
                    };
                });
                enabled.Add(JwtBearerDefaults.AuthenticationScheme);
            }

            if (provider.Enabled)
            {
                authentication.AddJwtBearer(LocalProviderScheme, options => provider.Configure(options, environment));
                enabled.Add(LocalProviderScheme);
            }

            schemes = [.. enabled];
        }
        else
        {
            // Staff, partner apps and GP systems: Entra ID with app roles. Carers: Entra External ID.
            services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
                .AddMicrosoftIdentityWebApi(configuration.GetSection("AzureAd"), JwtBearerDefaults.AuthenticationScheme);
            services.AddAuthentication()
                .AddMicrosoftIdentityWebApi(configuration.GetSection("AzureAdExternal"), ExternalCarersScheme);
            foreach (var scheme in new[] { JwtBearerDefaults.AuthenticationScheme, ExternalCarersScheme })
            {
                services.Configure<JwtBearerOptions>(scheme, options =>
                {
                    options.MapInboundClaims = false;
                    options.TokenValidationParameters.RoleClaimType = CarersClaims.Roles;
                    options.TokenValidationParameters.NameClaimType = CarersClaims.Subject;
                });
            }

            services.AddSingleton<Microsoft.AspNetCore.Authentication.IClaimsTransformation, PartnerClaimsTransformation>();
            schemes = [JwtBearerDefaults.AuthenticationScheme, ExternalCarersScheme];
        }

        services.AddAuthorizationBuilder()
            // Default deny: an endpoint that names no policy still needs a signed-in caller,
            // and a test fails on any endpoint that names none.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(schemes).RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Carer, p => p.AddAuthenticationSchemes(schemes).RequireRole(Roles.Carer).RequireClaim(CarersClaims.Subject))
            .AddPolicy(Policies.Assessor, p => p.AddAuthenticationSchemes(schemes).RequireRole(Roles.Assessor))
            .AddPolicy(Policies.GrantsOfficer, p => p.AddAuthenticationSchemes(schemes).RequireRole(Roles.GrantsOfficer))
            .AddPolicy(Policies.Manager, p => p.AddAuthenticationSchemes(schemes).RequireRole(Roles.Manager))
            .AddPolicy(Policies.EmergencyDuty, p => p.AddAuthenticationSchemes(schemes).RequireRole(Roles.EmergencyDuty))
            .AddPolicy(Policies.DataProtection, p => p.AddAuthenticationSchemes(schemes).RequireRole(Roles.DataProtection))
            .AddPolicy(Policies.BreaksStaff, p => p.AddAuthenticationSchemes(schemes).RequireRole(Roles.Assessor, Roles.Manager))
            .AddPolicy(Policies.InformationStaff, p => p.AddAuthenticationSchemes(schemes).RequireRole(Roles.Assessor, Roles.Manager))
            .AddPolicy(Policies.FeedbackStaff, p => p.AddAuthenticationSchemes(schemes).RequireRole(Roles.Assessor, Roles.Manager))
            .AddPolicy(Policies.SurveyStaff, p => p.AddAuthenticationSchemes(schemes).RequireRole(Roles.Assessor, Roles.Manager))
            .AddPolicy(Policies.CarerSearch, p => p.AddAuthenticationSchemes(schemes).RequireRole(Roles.Assessor, Roles.DataProtection))
            .AddPolicy(Policies.ClosingStaff, p => p.AddAuthenticationSchemes(schemes).RequireRole(Roles.Assessor, Roles.Manager))
            .AddPolicy(Policies.Partner, p => p.AddAuthenticationSchemes(schemes).RequireRole(Roles.Partner)
                .RequireClaim(CarersClaims.Partner, PartnerNames.All))
            .AddPolicy(Policies.GpSystem, p => p.AddAuthenticationSchemes(schemes).RequireRole(Roles.GpSystem)
                .RequireClaim(CarersClaims.OdsCode));

        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AuditingAuthorizationResultHandler>();
        return services;
    }
}
