using Carers.Api.Infrastructure.Auth;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Carers.Api.Infrastructure.OpenApi;

/// <summary>
/// The headers and problem answers every operation shares, declared once in components
/// (<see cref="SharedComponentsDocumentFilter"/>) and referenced here: X-Request-ID in and out,
/// the rate-limit headers on every answer, ETag where the operation answers one, Location on every
/// 201, If-Match and Idempotency-Key where the operation takes them, and the 429/500/503 problems.
/// </summary>
public sealed class HeadersOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        operation.Responses ??= new OpenApiResponses();
        operation.Parameters ??= [];

        AddProblem(operation, context, "429");
        AddProblem(operation, context, "500");
        AddProblem(operation, context, "503");

        var requiresIfMatch = metadata.OfType<RequiresIfMatchMetadata>().Any();
        if (requiresIfMatch || metadata.OfType<AcceptsIfMatchMetadata>().Any())
        {
            operation.Parameters.Add(new OpenApiParameterReference(
                requiresIfMatch ? SharedComponents.IfMatchParameter : SharedComponents.IfMatchToReplaceParameter, context.Document));
            AddProblem(operation, context, "412");
            AddProblem(operation, context, "428");
        }

        if (metadata.OfType<AccessReasonMetadata>().FirstOrDefault() is { } accessReason)
        {
            operation.Parameters.Add(new OpenApiParameterReference(SharedComponents.AccessReasonParameter(accessReason.Default), context.Document));
            AddProblem(operation, context, "400");
        }

        var idempotent = metadata.OfType<AcceptsIdempotencyKeyMetadata>().Any() && context.ApiDescription.HttpMethod == "POST";
        if (idempotent)
        {
            operation.Parameters.Add(new OpenApiParameterReference(SharedComponents.IdempotencyKeyParameter, context.Document));
            AddProblem(operation, context, "400");
            AddProblem(operation, context, "409");
            AddProblem(operation, context, "422");
        }

        // Any body may be too large (RequestLimits) or sent as a type the operation does not read.
        if (operation.RequestBody is not null)
        {
            AddProblem(operation, context, "413");
            AddProblem(operation, context, "415");
        }

        operation.Parameters.Add(new OpenApiParameterReference(SharedComponents.RequestIdParameter, context.Document));

        var returnsETag = metadata.OfType<ReturnsETagMetadata>().Any();
        foreach (var (status, response) in operation.Responses)
        {
            if (response is not OpenApiResponse concrete || !status.StartsWith('2')) continue;
            concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
            concrete.Headers[RateLimiting.LimitHeader] = new OpenApiHeaderReference(RateLimiting.LimitHeader, context.Document);
            concrete.Headers[RateLimiting.RemainingHeader] = new OpenApiHeaderReference(RateLimiting.RemainingHeader, context.Document);
            concrete.Headers[Correlation.RequestIdHeader] = new OpenApiHeaderReference(Correlation.RequestIdHeader, context.Document);
            if (returnsETag) concrete.Headers["ETag"] = new OpenApiHeaderReference("ETag", context.Document);
            if (status is "201" or "202") concrete.Headers["Location"] = new OpenApiHeaderReference("Location", context.Document);
            if (idempotent) concrete.Headers[Idempotency.ReplayedHeader] = new OpenApiHeaderReference(Idempotency.ReplayedHeader, context.Document);
        }
    }

    /// <summary>
    /// Declares a problem answer (application/problem+json) unless the operation already does;
    /// <see cref="SharedComponentsDocumentFilter"/> then replaces it with a reference to the shared response for its status.
    /// </summary>
    public static void AddProblem(OpenApiOperation operation, OperationFilterContext context, string status)
    {
        operation.Responses ??= new OpenApiResponses();
        if (operation.Responses.ContainsKey(status)) return;
        operation.Responses[status] = new OpenApiResponse
        {
            Description = SharedComponents.Describe(status),
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                [SharedComponents.ProblemMediaType] = new OpenApiMediaType
                {
                    Schema = context.SchemaGenerator.GenerateSchema(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.SchemaRepository),
                },
            },
        };
    }
}
