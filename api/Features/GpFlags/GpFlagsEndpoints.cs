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
        services.AddHostedService<GpExtractImporter>();
        return services;
    }

    /// <summary>
    /// The FHIR endpoint for GP systems. Its contract is the CapabilityStatement at /fhir/metadata,
    /// not openapi.yaml, so these routes are left out of the OpenAPI document.
    /// </summary>
    public static IEndpointRouteBuilder MapGpFlags(this IEndpointRouteBuilder app)
    {
        // Built once: it depends only on configuration.
        var capabilities = GetFhirMetadata.Build(app.ServiceProvider.GetRequiredService<IConfiguration>());
        app.MapGet("/fhir/metadata", () => GetFhirMetadata.Endpoint(capabilities)).WithName(nameof(GetFhirMetadata)).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/fhir/StructureDefinition/{id}", GetFhirStructureDefinition.Endpoint).WithName(nameof(GetFhirStructureDefinition))
            .AllowAnonymous().ExcludeFromDescription();

        var fhir = app.MapGroup("/fhir").RequireAuthorization(Policies.GpSystem).AcceptsIdempotencyKey().ExcludeFromDescription();
        fhir.MapPost("/Flag", RecordGpFlag.Endpoint).WithName(nameof(RecordGpFlag));
        fhir.MapGet("/Flag/{id}", ReadGpFlag.Endpoint).WithName(nameof(ReadGpFlag));
        fhir.MapPost("", ProcessGpFlagBundle.Endpoint).WithName(nameof(ProcessGpFlagBundle));

        var staff = app.MapGroup("/api")
            .WithTags("GP flags (staff)")
            .RequireAuthorization(Policies.Assessor)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        staff.MapGet("/gp-flags", ListGpFlags.Endpoint).WithName(nameof(ListGpFlags)).TakesAccessReason(AccessReason.Casework)
            .WithSummary("The GP carer flag feed, newest first").ProducesValidationProblem();
        staff.MapPost("/gp-extracts", UploadGpExtract.Endpoint).WithName(nameof(UploadGpExtract))
            .WithSummary("Upload a GP practice's CSV extract (nhs_number, snomed_code, date_recorded[, consent_to_contact]) to import")
            .Accepts<string>("text/csv").ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        staff.MapGet("/gp-extracts/{importId:guid}", GetGpExtractImport.Endpoint).WithName(nameof(GetGpExtractImport))
            .WithSummary("Progress and per-row report of an uploaded extract").ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapGet("/gp-identified-people", ListGpIdentifiedPeople.Endpoint).WithName(nameof(ListGpIdentifiedPeople)).TakesAccessReason(AccessReason.Casework)
            .WithSummary("The GP worklist: people a GP identified as carers awaiting contact, oldest first").ProducesValidationProblem();
        staff.MapPost("/gp-identified-people/{nhsNumber:maxlength(12)}/contact-attempts", RecordGpContactAttempt.Endpoint).WithName(nameof(RecordGpContactAttempt))
            .WithSummary("Record an attempt to contact a GP-identified person and its outcome").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }
}
