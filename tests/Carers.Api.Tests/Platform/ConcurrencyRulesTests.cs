using Carers.Api.Infrastructure;
using Carers.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Carers.Api.Tests.Platform;

/// <summary>
/// Updates cannot overwrite each other (issue 16, decision 0028): every PUT, and every POST on a record
/// that already exists, needs If-Match (RequiresIfMatch, or AcceptsIfMatch for a PUT that may create),
/// bar a short list of operations that cannot overwrite anything, each with its reason.
/// </summary>
public sealed class ConcurrencyRulesTests(ApiFixture api)
{
    private static readonly Dictionary<string, string> CannotOverwrite = new()
    {
        ["AddCaredForPersonForCarer"] = "adds a new person under the carer",
        ["RecordConsentForCarer"] = "adds a new consent to the carer's history",
        ["RecordGpContactAttempt"] = "adds a new contact attempt",
        ["RecordPartnerSupport"] = "a partner adds a new support record (Idempotency-Key makes a retry harmless)",
        ["RequestPartnerAssessment"] = "a partner asks for a new assessment (Idempotency-Key makes a retry harmless)",
        ["ResolveMatchCandidate"] = "a one-way decision: the second decision is 409 and changes nothing",
        ["EndCaringRelationship"] = "a one-way step: ending it again is 409",
        ["AnswerPartnerReferral"] = "a one-way answer: answering again is 409",
        ["WithdrawConsent"] = "the carer may withdraw at any time, whatever they last read: it is never refused as stale",
        ["ReplayPartnerEvent"] = "sends an event again; changes no record",
    };

    [Fact]
    public void Every_change_to_an_existing_record_needs_if_match()
    {
        var endpoints = api.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal))
            .Select(e => (
                Name: e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? e.DisplayName ?? "",
                Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [],
                HasRecord: e.RoutePattern.Parameters.Any(p => !p.IsCatchAll),
                Guarded: e.Metadata.GetMetadata<RequiresIfMatchMetadata>() is not null || e.Metadata.GetMetadata<AcceptsIfMatchMetadata>() is not null))
            .ToList();
        Assert.NotEmpty(endpoints);

        var unguarded = endpoints
            .Where(e => e.Methods.Contains("PUT") || e.Methods.Contains("PATCH") || e.Methods.Contains("DELETE") || (e.Methods.Contains("POST") && e.HasRecord))
            .Where(e => !e.Guarded && !CannotOverwrite.ContainsKey(e.Name))
            .Select(e => e.Name)
            .Order()
            .ToList();
        Assert.True(unguarded.Count == 0,
            "These change a record without If-Match; mark them .RequiresIfMatch() (or say why they cannot overwrite anything): " + string.Join(", ", unguarded));

        var stale = CannotOverwrite.Keys.Where(name => !endpoints.Any(e => e.Name == name && !e.Guarded)).ToList();
        Assert.True(stale.Count == 0, "Listed as unable to overwrite, but gone or now guarded: " + string.Join(", ", stale));
    }
}
