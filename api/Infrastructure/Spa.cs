using Microsoft.Extensions.FileProviders;

namespace Carers.Api.Infrastructure;

/// <summary>
/// Serves the built SPA (web-client/dist) on the API's origin when Carers:SpaPath is set, so
/// ./run.sh needs no second server and no CORS. Unknown /api and /dev paths stay 404 problems.
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
        foreach (var prefix in new[] { "/api", "/dev", "/fhir" })
        {
            app.MapFallback($"{prefix}/{{**path}}", () => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such resource."))
                .AllowAnonymous().ExcludeFromDescription();
        }

        if (SpaFiles(app) is { } files)
        {
            app.MapFallbackToFile("index.html", new StaticFileOptions { FileProvider = files }).AllowAnonymous().ExcludeFromDescription();
        }

        return app;
    }

    private static PhysicalFileProvider? SpaFiles(WebApplication app)
    {
        var path = app.Configuration["Carers:SpaPath"];
        return !string.IsNullOrWhiteSpace(path) && Directory.Exists(path) ? new PhysicalFileProvider(Path.GetFullPath(path)) : null;
    }
}
