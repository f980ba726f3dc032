using System.Net;
using System.Net.Http.Json;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Carers;

public sealed class UpdateMyCarerRecordTests(ApiFixture api) : ApiTest(api)
{
    private static object Changed(string givenName = "Amarachi") => new
    {
        givenName,
        familyName = "Testcarer",
        dateOfBirth = "1975-03-14",
        postcode = "LU4 9ZZ",
        preferredLanguage = "Igbo",
        preferredContactChannel = "text",
        phone = "07700 900123",
        reasonableAdjustments = new[] { "interpreter" },
    };

    private static HttpRequestMessage Put(object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/me/carer") { Content = JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    [Fact]
    public async Task A_carer_changes_their_details_with_the_current_etag()
    {
        var client = Carer(NewSubject());
        var (_, etag) = await RegisterAsync(client);

        var response = await client.SendAsync(Put(Changed(), etag), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"v2\"", response.Headers.ETag?.ToString());
        var record = await ReadJson(response);
        Assert.Equal("Amarachi", record["givenName"]!.GetValue<string>());
        Assert.Equal("LU4 9ZZ", record["postcode"]!.GetValue<string>());
        Assert.Equal("interpreter", record["reasonableAdjustments"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_stale_etag_is_412_and_nothing_changes()
    {
        var subject = NewSubject();
        var client = Carer(subject);
        var (_, etag) = await RegisterAsync(client);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Put(Changed("First"), etag), Ct)).StatusCode);

        var response = await client.SendAsync(Put(Changed("Second"), etag), Ct);

        await AssertProblem(response, HttpStatusCode.PreconditionFailed);
        var record = await ReadJson(await client.GetAsync("/api/me/carer", Ct));
        Assert.Equal("First", record["givenName"]!.GetValue<string>());
        Assert.Contains(await AuditFor(subject), a => a is { action: "UpdateMyCarerRecord", outcome: "preconditionFailed" });
    }

    [Theory]
    [InlineData(null, HttpStatusCode.PreconditionRequired)]
    [InlineData("W/\"v1\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("\"banana\"", HttpStatusCode.PreconditionFailed)]
    public async Task A_missing_or_malformed_if_match_is_refused_and_nothing_changes(string? ifMatch, HttpStatusCode status)
    {
        var client = Carer(NewSubject());
        await RegisterAsync(client);

        var response = await client.SendAsync(Put(Changed(), ifMatch), Ct);

        await AssertProblem(response, status);
        var record = await ReadJson(await client.GetAsync("/api/me/carer", Ct));
        Assert.Equal("Amara", record["givenName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Two_concurrent_updates_with_one_etag_let_exactly_one_through()
    {
        var client = Carer(NewSubject());
        var (_, etag) = await RegisterAsync(client);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => client.SendAsync(Put(Changed($"Name{(char)('a' + i)}"), etag), Ct)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(7, responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed));
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>("SELECT version FROM carer"));
    }

    [Fact]
    public async Task Invalid_details_are_400_and_nothing_changes()
    {
        var client = Carer(NewSubject());
        var (_, etag) = await RegisterAsync(client);

        var response = await client.SendAsync(Put(new { givenName = "<b>x</b>", familyName = "Testcarer", dateOfBirth = "1975-03-14", postcode = "LU1 3AB",
            preferredLanguage = "English", preferredContactChannel = "email" }, etag), Ct);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains("givenName", ErrorKeys(problem));
        Assert.Contains("email", ErrorKeys(problem));
        var record = await ReadJson(await client.GetAsync("/api/me/carer", Ct));
        Assert.Equal("Amara", record["givenName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Updating_before_registering_is_404()
    {
        var response = await Carer(NewSubject()).SendAsync(Put(Changed(), "\"v1\""), Ct);
        await AssertProblem(response, HttpStatusCode.NotFound);
        Assert.Equal(0, await CountAsync("carer"));
    }
}
