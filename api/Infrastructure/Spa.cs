using Microsoft.Extensions.FileProviders;

namespace Carers.Api.Infrastructure;

/// <summary>
/// Serves the built SPA (web-client/dist) on the API's origin when Carers:SpaPath is set, so
/// ./run.sh needs no second server and no CORS. Unknown /api paths stay 404 problems.
/// </summary>
public static class SpaSetup
{
    public static WebApplication UseCarersSpa(this WebApplication app)
    {
        if (SpaFiles(app) is { } files)
        {
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }

        return app;
    }

    public static WebApplication MapCarersSpaFallback(this WebApplication app)
    {
        // Client-side routes get index.html; API paths never do, so an unknown /api path stays a
        // 404 problem and a wrong method on a known one a 405 (status code pages write both).
        if (SpaFiles(app) is { } files)
        {
            app.MapFallbackToFile("{*path:regex(^(?!(api|dev|fhir|swagger|health)(/|$)).*$)}", "index.html",
                new StaticFileOptions { FileProvider = files }).AllowAnonymous().ExcludeFromDescription();
        }

        return app;
    }

    private static PhysicalFileProvider? SpaFiles(WebApplication app)
    {
        var path = app.Configuration["Carers:SpaPath"];
        return !string.IsNullOrWhiteSpace(path) && Directory.Exists(path) ? new PhysicalFileProvider(Path.GetFullPath(path)) : null;
    }
}
