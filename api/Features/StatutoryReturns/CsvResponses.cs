using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Carers.Api.Features.StatutoryReturns;

/// <summary>
/// The contract's CSV answers for this feature: minimal APIs keep one response type per status code,
/// so GetSaltLts003's CSV beside its JSON is added here, and both files get a bounded size.
/// </summary>
public sealed class CsvResponses : IOperationFilter
{
    /// <summary>Far above a year of Luton's carer events (about 600 bytes a row).</summary>
    public const int MaxCsvLength = 200_000_000;

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.OperationId is not (nameof(GetSaltLts003) or nameof(GetClientLevelDataExtract))
            || operation.Responses?["200"] is not OpenApiResponse ok) return;
        ok.Content ??= new Dictionary<string, IOpenApiMediaType>();
        ok.Content["text/csv"] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = MaxCsvLength } };
    }
}
