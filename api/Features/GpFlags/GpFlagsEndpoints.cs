using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Infrastructure.Problems;

namespace Carers.Api.Features.GpFlags;

public static class GpFlagsEndpoints
{
    public static IServiceCollection AddGpFlags(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GpFlagOptions>().Bind(configuration.GetSection(GpFlagOptions.Section))
            .Validate(o => o.SubjectHashKey.Length >= 32, "GpFlags:SubjectHashKey must be set (32 characters or more).")
            .ValidateOnStart();
        services.AddSingleton<GpFlagStore>();
        return services;
    }

    /// <summary>
    /// The FHIR endpoint for GP systems. Its contract is the CapabilityStatement at /fhir/metadata,
    /// not openapi.yaml, so these routes are left out of the OpenAPI document.
    /// </summary>
    public static IEndpointRouteBuilder MapGpFlags(this IEndpointRouteBuilder app)
    {
        app.MapGet("/fhir/metadata", GetFhirMetadata.Endpoint).WithName(nameof(GetFhirMetadata)).AllowAnonymous().ExcludeFromDescription();

        var fhir = app.MapGroup("/fhir").RequireAuthorization(Policies.GpSystem).AcceptsIdempotencyKey().ExcludeFromDescription();
        fhir.MapPost("/Flag", RecordGpFlag.Endpoint).WithName(nameof(RecordGpFlag));
        fhir.MapPost("", ProcessGpFlagBundle.Endpoint).WithName(nameof(ProcessGpFlagBundle));

        app.MapGroup("/api/gp-flags")
            .WithTags("GP flags (staff)")
            .RequireAuthorization(Policies.Assessor)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .MapGet("", ListGpFlags.Endpoint).WithName(nameof(ListGpFlags))
            .WithSummary("The GP carer flag feed, newest first").ProducesValidationProblem();
        return app;
    }
}
