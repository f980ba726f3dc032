using Carers.Api.Infrastructure.Auth;
using Carers.Api.Infrastructure.Problems;

namespace Carers.Api.Features.HistoricImport;

public static class HistoricImportEndpoints
{
    public static IServiceCollection AddHistoricImport(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<HistoricImportOptions>(configuration.GetSection(HistoricImportOptions.Section));
        services.AddHostedService<HistoricImporter>();
        return services;
    }

    public static IEndpointRouteBuilder MapHistoricImport(this IEndpointRouteBuilder app)
    {
        var managers = app.MapGroup("/api/historic-imports")
            .WithTags("Historic import (managers)")
            .RequireAuthorization(Policies.Manager)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        managers.MapPost("", UploadHistoricImport.Endpoint).WithName(nameof(UploadHistoricImport))
            .WithSummary("Upload a file of historic carer events from the old case system in the CLD layout (with optional Given_Name and Family_Name) to import")
            .Accepts<string>("text/csv").ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        managers.MapGet("/{importId:guid}", GetHistoricImport.Endpoint).WithName(nameof(GetHistoricImport))
            .WithSummary("Progress, counts and per-row problems of an uploaded historic file").ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
