using Carers.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Carers.Api.Tests.Platform;

/// <summary>Default deny: every mapped endpoint names its policy, bar a short, known list.</summary>
public sealed class EndpointPolicyTests(ApiFixture api)
{
    private static readonly string[] OpenByDesign = ["/health/live", "/health/ready", "/dev/tokens", "/fhir/metadata", "/fhir/StructureDefinition/{id}", "/api/{**path}", "/dev/{**path}", "/fhir/{**path}"];

    /// <summary>Operations anyone may call without signing in (decision 0014: the directory of local services).</summary>
    private static readonly string[] PublicOperations = ["ListDirectoryServices", "GetDirectoryService", "GetSignInSettings"];

    [Fact]
    public void Every_endpoint_names_an_authorisation_policy()
    {
        var endpoints = api.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.NotEmpty(endpoints);

        var offenders = endpoints
            .Where(e => !OpenByDesign.Contains(e.RoutePattern.RawText))
            .Where(e => !PublicOperations.Contains(e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? ""))
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null
                || !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => !string.IsNullOrEmpty(a.Policy)))
            .Select(e => e.DisplayName)
            .ToList();

        Assert.True(offenders.Count == 0, "Endpoints without a named policy: " + string.Join(", ", offenders));
    }

    [Fact]
    public void Every_api_endpoint_has_a_name_that_is_its_operation_id()
    {
        var unnamed = api.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal) && !OpenByDesign.Contains(e.RoutePattern.RawText))
            .Where(e => e.Metadata.GetMetadata<IEndpointNameMetadata>() is null)
            .Select(e => e.DisplayName)
            .ToList();
        Assert.Empty(unnamed);
    }
}
