using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Carers.Api.Tests.Infrastructure;
using Carers.Api.Tests.Infrastructure.Contract;

namespace Carers.Api.Tests.Platform;

/// <summary>
/// The check every test's HttpClient makes (Infrastructure/Contract, decision 0041) can fail: hand-made answers to a
/// real operation of the committed openapi.yaml (GiveConsent, POST /api/me/carer/consents, 201 ConsentState), each
/// wrong in one way, are each refused with the operation, the status and where in the body it went wrong.
/// </summary>
public sealed class ContractCheckTests
{
    private const string Route = "/api/me/carer/consents";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonObject Consent() => new()
    {
        ["purpose"] = "shareWithCarersCentral",
        ["status"] = "given",
        ["basis"] = "self",
        ["givenOn"] = "2025-02-01",
        ["withdrawnOn"] = null,
    };

    [Fact]
    public async Task An_answer_as_the_contract_says_passes()
    {
        var response = await SendAsync(HttpStatusCode.Created, Consent().ToJsonString());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task A_field_the_contract_says_may_be_null_may_be_null()
    {
        var consent = Consent();
        consent["status"] = "notGiven";
        consent["basis"] = null;
        consent["givenOn"] = null;

        var response = await SendAsync(HttpStatusCode.Created, consent.ToJsonString());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task A_status_the_operation_does_not_declare_is_caught()
    {
        var drift = await DriftAsync(HttpStatusCode.PaymentRequired, Consent().ToJsonString());

        Assert.Contains("GiveConsent (POST /api/me/carer/consents) answered 402, which it does not declare", drift.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_required_field_is_caught()
    {
        var consent = Consent();
        consent.Remove("status");

        var drift = await DriftAsync(HttpStatusCode.Created, consent.ToJsonString());

        Assert.Contains(drift.Problems, p => p.StartsWith("GiveConsent (POST /api/me/carer/consents) answered 201: at ''", StringComparison.Ordinal)
            && p.Contains("status", StringComparison.Ordinal) && p.Contains("required", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Null_in_a_field_that_may_not_be_null_is_caught()
    {
        var consent = Consent();
        consent["purpose"] = null;

        var drift = await DriftAsync(HttpStatusCode.Created, consent.ToJsonString());

        Assert.Contains(drift.Problems, p => p.Contains("at '/purpose'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_value_outside_the_enum_is_caught()
    {
        var consent = Consent();
        consent["status"] = "maybe";

        var drift = await DriftAsync(HttpStatusCode.Created, consent.ToJsonString());

        Assert.Contains(drift.Problems, p => p.Contains("at '/status'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_date_in_the_wrong_format_is_caught()
    {
        var consent = Consent();
        consent["givenOn"] = "01/02/2025";

        var drift = await DriftAsync(HttpStatusCode.Created, consent.ToJsonString());

        Assert.Contains(drift.Problems, p => p.Contains("at '/givenOn'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_field_the_contract_does_not_have_is_caught()
    {
        var consent = Consent();
        consent["nhsNumber"] = "9990000018";

        var drift = await DriftAsync(HttpStatusCode.Created, consent.ToJsonString());

        Assert.Contains(drift.Problems, p => p.Contains("nhsNumber", StringComparison.Ordinal) || p.Contains("additionalProperties", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_content_type_the_contract_does_not_declare_is_caught()
    {
        var drift = await DriftAsync(HttpStatusCode.Created, Consent().ToJsonString(), "text/plain");

        Assert.Contains("answered 201 as text/plain, where the contract declares application/json", drift.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_declared_body_that_is_missing_is_caught()
    {
        var drift = await DriftAsync(HttpStatusCode.Created, "");

        Assert.Contains("answered 201 with no body", drift.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_header_a_client_reads_must_be_declared()
    {
        var drift = await DriftAsync(HttpStatusCode.Created, Consent().ToJsonString(), etag: "\"1\"");

        Assert.Contains("with the ETag header, which the contract does not declare", drift.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_path_or_method_the_contract_does_not_have_is_caught()
    {
        var unknownPath = await Assert.ThrowsAsync<ContractDriftException>(() => Client(HttpStatusCode.NotFound, "").GetAsync("/api/no-such-thing", Ct));
        var unknownMethod = await Assert.ThrowsAsync<ContractDriftException>(() => Client(HttpStatusCode.MethodNotAllowed, "").DeleteAsync(Route, Ct));

        Assert.Contains("no path in the contract matches it", unknownPath.Message, StringComparison.Ordinal);
        Assert.Contains("the contract has no DELETE on this path", unknownMethod.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_marked_outside_the_contract_is_not_checked()
    {
        var response = await Client(HttpStatusCode.NotFound, "").SendOutsideTheContractAsync(HttpMethod.Get, "/api/no-such-thing",
            "this test is about the opt-out itself", cancellationToken: Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void The_contract_uses_nothing_a_strict_client_generator_cannot_read()
    {
        var document = YamlAsJson.Read(File.ReadAllText(Path.Combine(TestDatabase.RepositoryRoot(), "openapi.yaml")))!.AsObject();
        var problems = new List<string>();
        foreach (var (name, schema) in document["components"]!["schemas"]!.AsObject()) Walk(schema, $"components/schemas/{name}", problems);
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                foreach (var (status, response) in operation!["responses"]!.AsObject())
                {
                    foreach (var (media, content) in response!["content"]?.AsObject() ?? new JsonObject())
                    {
                        Walk(content!["schema"], $"{method} {path} {status} {media}", problems);
                    }
                }

                foreach (var (media, content) in operation["requestBody"]?["content"]?.AsObject() ?? new JsonObject())
                {
                    Walk(content!["schema"], $"{method} {path} request {media}", problems);
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// What strict generators (NSwag, Kiota, openapi-generator for Java and Kotlin) choke on or read as an untyped bag:
    /// a schema with no type, a oneOf or anyOf with no discriminator to choose the class by. The one exception is
    /// RFC 9457's extension members (additionalProperties: {} on the problem types), which are a map of any value by design.
    /// </summary>
    private static void Walk(JsonNode? node, string where, List<string> problems)
    {
        if (node is not JsonObject schema || schema.ContainsKey("$ref")) return;
        var composed = schema.ContainsKey("allOf") || schema.ContainsKey("oneOf") || schema.ContainsKey("anyOf");
        if (!schema.ContainsKey("type") && !composed) problems.Add($"{where}: a schema with no type");
        foreach (var keyword in new[] { "oneOf", "anyOf" })
        {
            if (schema.ContainsKey(keyword) && !schema.ContainsKey("discriminator")) problems.Add($"{where}: {keyword} with no discriminator");
        }

        foreach (var (property, value) in schema["properties"]?.AsObject() ?? new JsonObject()) Walk(value, $"{where}/{property}", problems);
        Walk(schema["items"], $"{where}/items", problems);
        if (schema["additionalProperties"] is JsonObject extra && !(extra.Count == 0 && where.Contains("ProblemDetails", StringComparison.Ordinal)))
        {
            Walk(extra, $"{where}/additionalProperties", problems);
        }

        foreach (var keyword in new[] { "allOf", "oneOf", "anyOf" })
        {
            var index = 0;
            foreach (var part in schema[keyword]?.AsArray() ?? new JsonArray()) Walk(part, $"{where}/{keyword}/{index++}", problems);
        }
    }

    private static HttpClient Client(HttpStatusCode status, string body, string mediaType = "application/json", string? etag = null) =>
        new(new ContractCheck { InnerHandler = new Canned(status, body, mediaType, etag) }) { BaseAddress = new Uri("http://localhost") };

    private static Task<HttpResponseMessage> SendAsync(HttpStatusCode status, string body, string mediaType = "application/json", string? etag = null) =>
        Client(status, body, mediaType, etag).PostAsync(Route, new StringContent("""{"purpose":"shareWithCarersCentral"}""", Encoding.UTF8, "application/json"), Ct);

    private static Task<ContractDriftException> DriftAsync(HttpStatusCode status, string body, string mediaType = "application/json", string? etag = null) =>
        Assert.ThrowsAsync<ContractDriftException>(() => SendAsync(status, body, mediaType, etag));

    /// <summary>The answer a test made by hand, as if the API had sent it.</summary>
    private sealed class Canned(HttpStatusCode status, string body, string mediaType, string? etag) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = new HttpResponseMessage(status) { RequestMessage = request };
            if (body.Length > 0) response.Content = new StringContent(body, Encoding.UTF8, mediaType);
            if (etag is not null) response.Headers.TryAddWithoutValidation("ETag", etag);
            return Task.FromResult(response);
        }
    }
}
