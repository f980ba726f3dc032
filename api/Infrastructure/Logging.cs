namespace Carers.Api.Infrastructure;

public static class LoggingSetup
{
    /// <summary>
    /// No personal data in logs (SPEC §8): request logging that would print paths with query
    /// strings (names, NHS numbers in a search) is filtered in appsettings.json, and nothing
    /// here logs bodies or tokens. Identity libraries keep PII hidden (their default).
    /// </summary>
    public static WebApplicationBuilder AddCarersLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(options =>
        {
            options.SingleLine = true;
            options.TimestampFormat = "HH:mm:ss ";
        });
        Microsoft.IdentityModel.Logging.IdentityModelEventSource.ShowPII = false;
        Microsoft.IdentityModel.Logging.IdentityModelEventSource.LogCompleteSecurityArtifact = false;
        return builder;
    }
}
