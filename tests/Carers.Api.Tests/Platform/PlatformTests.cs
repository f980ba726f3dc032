using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Carers.Api.Tests.Infrastructure;
using Carers.Api.Tests.Infrastructure.Contract;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Carers.Api.Tests.Platform;

public sealed class HealthTests(ApiFixture api) : ApiTest(api)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_checks_answer_without_a_token(string path)
    {
        var response = await Anonymous().GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Readiness_fails_when_the_database_does_not_answer()
    {
        await using var factory = Api.CreateFactoryWithoutDatabase();
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready", Ct)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_api_path_is_a_404_problem_for_a_signed_in_caller()
    {
        await AssertProblem(await Carer(NewSubject()).SendOutsideTheContractAsync(HttpMethod.Get, "/api/no-such-thing", "an unknown path", cancellationToken: Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_anonymous_caller_learns_nothing_about_which_paths_exist()
    {
        // Default deny covers unmatched paths too: 401 whether or not the path exists.
        await AssertProblem(await Anonymous().SendOutsideTheContractAsync(HttpMethod.Get, "/api/no-such-thing", "an unknown path", cancellationToken: Ct), HttpStatusCode.Unauthorized);
        await AssertProblem(await Anonymous().GetAsync("/api/me/carer", Ct), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_wrong_method_is_405_with_a_problem_body()
    {
        var response = await Carer(NewSubject()).SendOutsideTheContractAsync(HttpMethod.Delete, "/api/me/carer", "a method the path does not have", cancellationToken: Ct);
        await AssertProblem(response, HttpStatusCode.MethodNotAllowed);
    }
}

public sealed class TokenValidationTests(ApiFixture api) : ApiTest(api)
{
    private static string Token(string issuer = ApiFixture.Issuer, string audience = ApiFixture.Audience, string key = ApiFixture.SigningKey,
        DateTime? expires = null, string role = "Carer")
    {
        var now = DateTime.UtcNow;
        var expiry = expires ?? now.AddMinutes(10);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = expiry.AddMinutes(-20),
            NotBefore = expiry.AddMinutes(-20),
            Expires = expiry,
            Claims = new Dictionary<string, object> { ["sub"] = "token-test", ["roles"] = new[] { role } },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        });
    }

    public static TheoryData<string, string> BadTokens => new()
    {
        { "wrong issuer", Token(issuer: "https://someone-else.invalid") },
        { "wrong audience", Token(audience: "api://another-api") },
        { "wrong signing key", Token(key: "another-key-that-is-long-enough-0123456789abcdef") },
        { "expired", Token(expires: DateTime.UtcNow.AddMinutes(-5)) },
        { "not a token", "not-a-jwt" },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_token_that_fails_validation_is_401(string because, string token)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await client.GetAsync("/api/me/carer", Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, because);
        await AssertProblem(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_well_made_token_is_accepted()
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/me/carer", Ct)).StatusCode);
    }

    [Fact]
    public async Task Dev_tokens_are_issued_for_a_role_and_work()
    {
        var response = await Anonymous().PostAsJsonAsync("/dev/tokens", new { role = "Staff.Assessor", subject = "dev-assessor" }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await ReadJson(response))["accessToken"]!.GetValue<string>();
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        client.DefaultRequestHeaders.Add("Access-Reason", "casework");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/carers?name=a", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("""{"role":"Admin","subject":"x"}""", "role")]
    [InlineData("""{"role":"Partner","subject":"x"}""", "partner")]
    [InlineData("""{"role":"Partner","subject":"x","partner":"Acme"}""", "partner")]
    [InlineData("""{"role":"GpSystem","subject":"x"}""", "odsCode")]
    [InlineData("""{"role":"Carer","subject":"<script>"}""", "subject")]
    public async Task Dev_tokens_refuse_bad_requests(string body, string field)
    {
        var problem = await AssertProblem(await Anonymous().PostAsync("/dev/tokens", Json(body), Ct), HttpStatusCode.BadRequest);
        Assert.Contains(field, ErrorKeys(problem));
    }
}

/// <summary>Production never accepts local tokens and has no /dev/tokens.</summary>
public sealed class ProductionTests(ApiFixture api) : ApiTest(api)
{
    /// <summary>Every setting production requires (RequiredSettings), besides the database and the GP subject hash key the fixture gives.</summary>
    public static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        ["AzureAd:TenantId"] = "00000000-0000-0000-0000-000000000001",
        ["AzureAd:ClientId"] = "00000000-0000-0000-0000-000000000002",
        ["AzureAd:Instance"] = "https://login.invalid/",
        ["AzureAdExternal:TenantId"] = "00000000-0000-0000-0000-000000000003",
        ["AzureAdExternal:ClientId"] = "00000000-0000-0000-0000-000000000004",
        ["AzureAdExternal:Instance"] = "https://login.invalid/",
        ["Partners:CarersCentral:ClientId"] = "00000000-0000-0000-0000-000000000005",
        ["Partners:Chums:ClientId"] = "00000000-0000-0000-0000-000000000006",
        ["SignIn:Staff:ClientId"] = "00000000-0000-0000-0000-000000000007",
        ["SignIn:Carers:ClientId"] = "00000000-0000-0000-0000-000000000008",
        ["Notify:ApiKey"] = "carers_live-00000000-0000-0000-0000-000000000009-00000000-0000-0000-0000-00000000000a",
        ["Notify:Templates:Email"] = "00000000-0000-0000-0000-00000000000b",
        ["Notify:Templates:Sms"] = "00000000-0000-0000-0000-00000000000c",
        ["Notify:Templates:Letter"] = "00000000-0000-0000-0000-00000000000d",
        ["Notify:Templates:LargePrintLetter"] = "00000000-0000-0000-0000-00000000000e",
        [global::Carers.Api.Infrastructure.KeyRing.PathKey] = global::Carers.Api.Infrastructure.KeyRing.DevelopmentPath,
    };

    [Fact]
    public async Task In_production_dev_tokens_do_not_exist_and_local_tokens_are_refused()
    {
        await using var production = Api.CreateFactory("Production", localIssuer: false, new Dictionary<string, string?>(Settings));
        var client = production.CreateClient();

        var endpoints = production.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        Assert.DoesNotContain(endpoints, e => e.RoutePattern.RawText == "/dev/tokens");
        var devTokens = await client.PostAsJsonAsync("/dev/tokens", new { role = "Carer", subject = "x" }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, devTokens.StatusCode);
        Assert.DoesNotContain("accessToken", await devTokens.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Api.TokenFor("Carer", NewSubject()));
        var response = await client.GetAsync("/api/me/carer", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public void Production_refuses_to_start_with_the_local_issuer_switched_on()
    {
        using var production = Api.CreateFactory("Production", localIssuer: true, new Dictionary<string, string?>(Settings));
        var error = Assert.ThrowsAny<Exception>(() => production.Server);
        Assert.Contains("Development and tests only", error.ToString(), StringComparison.Ordinal);
    }
}

public sealed class RateLimitTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task Every_answer_announces_the_limit_and_a_caller_over_it_gets_429_problem_with_retry_after()
    {
        await using var factory = Api.CreateFactory("Testing", localIssuer: true, new Dictionary<string, string?>
        {
            ["Carers:RateLimit:PermitLimit"] = "3",
            ["Carers:RateLimit:WindowSeconds"] = "60",
        });
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Api.TokenFor("Carer", NewSubject()));
        var other = factory.CreateClient();
        other.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Api.TokenFor("Carer", NewSubject()));

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++) answers.Add(await client.GetAsync("/api/me/carer", Ct));

        Assert.All(answers.Take(3), a => Assert.Equal(HttpStatusCode.NotFound, a.StatusCode));
        Assert.Equal(["2", "1", "0"], answers.Take(3).Select(a => a.Headers.GetValues("X-RateLimit-Remaining").Single()));
        Assert.Equal("3", answers[0].Headers.GetValues("X-RateLimit-Limit").Single());
        await AssertProblem(answers[3], HttpStatusCode.TooManyRequests);
        Assert.Equal("60", answers[3].Headers.GetValues("Retry-After").Single());
        // Limits are per caller: someone else is not slowed down.
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("/api/me/carer", Ct)).StatusCode);
    }
}
