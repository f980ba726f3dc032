using Carers.Api.Features.Assessments;
using Carers.Api.Features.Breaks;
using Carers.Api.Features.Carers;
using Carers.Api.Features.Consents;
using Carers.Api.Features.DataRights;
using Carers.Api.Features.DevTokens;
using Carers.Api.Features.EmergencyPlans;
using Carers.Api.Features.Feedback;
using Carers.Api.Features.GpFlags;
using Carers.Api.Features.Grants;
using Carers.Api.Features.HistoricImport;
using Carers.Api.Features.Matching;
using Carers.Api.Features.Notices;
using Carers.Api.Features.Partners;
using Carers.Api.Features.Reports;
using Carers.Api.Features.Retention;
using Carers.Api.Features.ServiceDirectory;
using Carers.Api.Features.SignIn;
using Carers.Api.Features.InformationRequests;
using Carers.Api.Features.StatutoryReturns;
using Carers.Api.Features.Survey;
using Carers.Api.Features.Webhooks;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Infrastructure.Problems;
using Carers.Api.Domain;

var builder = WebApplication.CreateBuilder(args);

builder.CheckRequiredSettings();
builder.AddCarersLogging();
builder.Services.AddCarersTelemetry(builder.Configuration);
builder.Services.AddCarersDatabase(builder.Configuration);
builder.Services.AddSingleton<AuditLog>();
builder.Services.AddCarersProblems(builder.Configuration);
builder.Services.AddCarersJson();
builder.Services.AddCarersAuth(builder.Configuration, builder.Environment);
builder.Services.AddCarersOpenApi(builder.Configuration);
builder.Services.AddSignInSettings(builder.Configuration);
builder.Services.AddMediator((Mediator.MediatorOptions options) => options.ServiceLifetime = ServiceLifetime.Scoped);
builder.Services.AddCarersValidation();
builder.Services.AddCarersHealthChecks();
builder.Services.AddCarersKeyRing(builder.Configuration, builder.Environment);
builder.Services.AddWebhooks(builder.Configuration);
builder.Services.AddGpFlags(builder.Configuration);
builder.Services.AddGrants(builder.Configuration);
builder.Services.AddInformationRequests(builder.Configuration);
builder.Services.AddReports(builder.Configuration);
builder.Services.AddHistoricImport(builder.Configuration);
builder.Services.AddRetention(builder.Configuration);
builder.Services.AddNotices(builder.Configuration);
builder.Services.Configure<LutonOptions>(builder.Configuration.GetSection(LutonOptions.Section));
builder.WebHost.ConfigureKestrel(kestrel =>
{
    // Says nothing about the server to a caller (decision 0034).
    kestrel.AddServerHeader = false;
    kestrel.Limits.MaxRequestBodySize = Math.Max(
        builder.Configuration.GetValue("Carers:MaxRequestBodyBytes", RequestLimits.DefaultMaxBodyBytes),
        Math.Max(builder.Configuration.GetValue("Carers:MaxFhirBodyBytes", RequestLimits.DefaultMaxFhirBodyBytes),
            builder.Configuration.GetValue("HistoricImport:MaxFileBytes", RequestLimits.DefaultMaxImportBodyBytes)));
});

var app = builder.Build();

if (app.Configuration.GetValue("Carers:MigrateOnStartup", true))
{
    Migrator.Run(app.Configuration.GetConnectionString("Carers")!, app.Logger);
    // The one migration SQL cannot do: encrypt webhook secrets kept in plain text before decision 0042.
    WebhookSecrets.ProtectPlainSecretsAsync(app.Services, CancellationToken.None).GetAwaiter().GetResult();
}

// First: the caller's address and scheme (from a listed proxy only), the request id, the headers
// every answer carries, then one log line a request, around everything else.
app.UseCarersForwardedHeaders();
app.UseCarersCorrelation();
app.UseCarersSecurityHeaders();
app.UseCarersRequestLogging();
app.UseCarersTelemetry();
app.UseCarersProblems();
app.UseRequestBodyLimit();
app.UseCarersOpenApi();
app.UseCarersSpa();
// Routing after static files: otherwise the SPA fallback endpoint would claim /assets/*.js too.
app.UseRouting();
app.UseAuthentication();
app.UseCarersRateLimiting();
app.UseAuthorization();
app.UseIdempotencyKeys();

app.MapCarersHealthChecks();
app.MapDevTokens();
app.MapSignIn();
app.MapCarers();
app.MapPartners();
app.MapConsents();
app.MapWebhooks();
app.MapMatching();
app.MapGpFlags();
app.MapAssessments();
app.MapGrants();
app.MapEmergencyPlans();
app.MapBreaks();
app.MapDirectory();
app.MapInformationRequests();
app.MapFeedback();
app.MapSurvey();
app.MapStatutoryReturns();
app.MapReports();
app.MapHistoricImport();
app.MapDataRights();
app.MapRetention();
app.MapNotices();
app.MapCarersSpaFallback();

app.Run();

/// <summary>The entry point, public so the tests' WebApplicationFactory can reach it.</summary>
public partial class Program;
