using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Carers.Api.Infrastructure.Problems;
using Carers.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Carers.Api.Tests.Platform;

/// <summary>
/// The contract is a product partners build against alone (decision 0040): every operation says who may
/// call it and with which scheme and scope, every 201 says where to read what it made, every POST a partner
/// or GP system makes takes an Idempotency-Key, shared headers and problems are referenced from components,
/// and every problem type is documented.
/// </summary>
public sealed partial class ContractShapeTests(ApiFixture api)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    /// <summary>The feature folders whose operations have a written description so far (issue 19 widens this to all).</summary>
    private static readonly string[] DescribedFeatures =
        ["Carers", "Consents", "DataRights", "Matching", "Retention", "SignIn", "DevTokens", "Notices", "HistoricImport", "InformationRequests"];

    private async Task<JsonObject> ContractAsync() =>
        JsonNode.Parse(await api.Factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json", Ct))!.AsObject();

    private static IEnumerable<(string Name, string Method, JsonObject Operation)> Operations(JsonObject contract) =>
        contract["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(o => Methods.Contains(o.Key))
            .Select(o => (o.Value!["operationId"]?.GetValue<string>() ?? $"{o.Key} {path.Key}", o.Key, o.Value!.AsObject())));

    private static string[] Roles(JsonObject operation) =>
        operation["x-roles"]?.AsArray().Select(r => r!.GetValue<string>()).ToArray() ?? [];

    [Fact]
    public async Task Every_201_declares_the_Location_it_sends()
    {
        var contract = await ContractAsync();
        var missing = Operations(contract)
            .Where(o => o.Operation["responses"]?["201"] is JsonObject created && created["headers"]?["Location"] is null)
            .Select(o => o.Name).ToList();
        Assert.True(missing.Count == 0, "201 without Location: " + string.Join(", ", missing));
        Assert.Contains(Operations(contract), o => o.Operation["responses"]?["201"] is not null);
    }

    [Fact]
    public async Task Every_post_a_partner_or_gp_system_makes_takes_an_Idempotency_Key()
    {
        var contract = await ContractAsync();
        var machinePosts = Operations(contract).Where(o => o.Method == "post" && Roles(o.Operation).Any(r => r is "Partner" or "GpSystem")).ToList();
        Assert.NotEmpty(machinePosts);
        var missing = machinePosts
            .Where(o => o.Operation["parameters"]?.AsArray().Any(p => p?["$ref"]?.GetValue<string>() == "#/components/parameters/Idempotency-Key") != true)
            .Select(o => o.Name).ToList();
        Assert.True(missing.Count == 0, "Partner or GP POST without Idempotency-Key: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Every_operation_says_who_may_call_it_and_names_its_scheme_and_scopes()
    {
        var contract = await ContractAsync();
        var schemes = contract["components"]!["securitySchemes"]!.AsObject();
        Assert.Equal("oauth2", schemes["clientCredentials"]!["type"]!.GetValue<string>());
        Assert.NotNull(schemes["clientCredentials"]!["flows"]!["clientCredentials"]!["tokenUrl"]);
        Assert.EndsWith("/.well-known/openid-configuration", schemes["staffSignIn"]!["openIdConnectUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("/.well-known/openid-configuration", schemes["carerSignIn"]!["openIdConnectUrl"]!.GetValue<string>(), StringComparison.Ordinal);

        foreach (var (name, _, operation) in Operations(contract))
        {
            Assert.True(operation["description"]?.GetValue<string>().Contains("**Who may call this:**", StringComparison.Ordinal) == true,
                $"{name} does not say who may call it.");
            var security = operation["security"]?.AsArray();
            Assert.True(security is not null, $"{name} declares no security.");
            foreach (var requirement in security!)
            {
                foreach (var (scheme, scopes) in requirement!.AsObject())
                {
                    Assert.True(schemes.ContainsKey(scheme), $"{name} names the unknown scheme {scheme}.");
                    Assert.True(scopes!.AsArray().Count > 0, $"{name} names {scheme} without the scope it needs.");
                }
            }

            var roles = Roles(operation);
            if (roles.Any(r => r is "Partner" or "GpSystem"))
            {
                Assert.True(security.Any(r => r!.AsObject().ContainsKey("clientCredentials")), $"{name} is for machines but does not name client credentials.");
            }

            if (roles.Any(r => r.StartsWith("Staff.", StringComparison.Ordinal)))
            {
                Assert.True(security.Any(r => r!.AsObject().ContainsKey("staffSignIn")), $"{name} is for staff but does not name staffSignIn.");
            }
        }
    }

    [Fact]
    public async Task Shared_headers_and_problem_answers_are_referenced_from_components_not_repeated()
    {
        var contract = await ContractAsync();
        foreach (var (name, _, operation) in Operations(contract))
        {
            foreach (var (status, response) in operation["responses"]!.AsObject())
            {
                if (status[0] is '4' or '5')
                {
                    Assert.True(response!["$ref"]?.GetValue<string>().StartsWith("#/components/responses/", StringComparison.Ordinal) == true,
                        $"{name} {status} is declared inline, not referenced.");
                    continue;
                }

                foreach (var (header, value) in response!["headers"]?.AsObject() ?? new JsonObject())
                {
                    Assert.True(value!["$ref"] is not null, $"{name} {status} declares {header} inline, not referenced.");
                }

                Assert.NotNull(response["headers"]?["X-Request-ID"]);
                Assert.NotNull(response["headers"]?["X-RateLimit-Limit"]);
            }

            Assert.Contains(operation["parameters"]!.AsArray(), p => p?["$ref"]?.GetValue<string>() == "#/components/parameters/X-Request-ID");
        }
    }

    [Fact]
    public async Task Every_problem_type_has_a_section_in_the_docs_and_the_contract_names_no_other()
    {
        var docs = await File.ReadAllTextAsync(Path.Combine(TestDatabase.RepositoryRoot(), "docs", "problems.md"), Ct);
        var headings = Heading().Matches(docs).Select(m => m.Groups[1].Value).ToHashSet();
        foreach (var type in ProblemTypes.All)
        {
            Assert.True(headings.Contains(ProblemTypes.Slug(type)), $"docs/problems.md has no section \"## {ProblemTypes.Slug(type)}\".");
        }

        var contract = (await ContractAsync()).ToJsonString();
        foreach (Match named in ProblemUri().Matches(contract))
        {
            Assert.Contains(ProblemTypes.Base + named.Groups[1].Value, ProblemTypes.All);
        }
    }

    [Fact]
    public async Task Every_operation_of_the_described_features_says_what_it_does_before_who_may_call_it()
    {
        var contract = await ContractAsync();
        var byName = Operations(contract).ToDictionary(o => o.Name, o => o.Operation);
        var sources = api.Factory.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>();
        var endpoints = sources.Endpoints
            .Select(e => (Name: e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IEndpointNameMetadata>()?.EndpointName, Method: e.Metadata.GetMetadata<MethodInfo>()))
            .Where(e => e.Name is not null && e.Method?.DeclaringType?.Namespace is { } ns
                && DescribedFeatures.Any(f => ns == $"Carers.Api.Features.{f}"))
            .ToList();
        Assert.NotEmpty(endpoints);

        var undescribed = endpoints.Where(e => byName.TryGetValue(e.Name!, out var operation)
                && operation["description"]!.GetValue<string>().IndexOf("**Who may call this:**", StringComparison.Ordinal) < 40)
            .Select(e => e.Name).ToList();
        Assert.True(undescribed.Count == 0, "Operations without a description of their own: " + string.Join(", ", undescribed));
    }

    [GeneratedRegex(@"^## ([a-z-]+)\s*$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"https://carers\.luton\.gov\.uk/problems/([a-z-]+)")]
    private static partial Regex ProblemUri();
}
