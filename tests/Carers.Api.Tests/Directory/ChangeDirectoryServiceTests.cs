using System.Net;
using System.Text.Json.Nodes;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;
using static Carers.Api.Tests.ServiceDirectory.DirectoryRequests;

namespace Carers.Api.Tests.ServiceDirectory;

/// <summary>A manager changes a service with If-Match: 428 without it, 412 when stale, 404 once retired.</summary>
public sealed class ChangeDirectoryServiceTests(ApiFixture api) : ApiTest(api)
{
    private static HttpRequestMessage Put(string id, JsonObject body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"{Route}/{id}") { Content = Body(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    private static JsonObject Changed()
    {
        var body = Valid("Carers Central Luton", ["adultCarers", "youngCarers"], ["dementia"]);
        body["phone"] = "01632 960123";
        body["openingHours"] = new JsonArray(Channel("office", Slot("saturday", "09:00", "12:00")));
        return body;
    }

    private async Task<string> NameInDatabase(string id)
    {
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        return await connection.ExecuteScalarAsync<string>("SELECT name FROM directory_service WHERE id = @Id", new { Id = Guid.Parse(id) }) ?? "";
    }

    [Fact]
    public async Task A_manager_changes_a_service_and_its_hours_and_the_change_is_audited()
    {
        var (id, etag) = await Api.AddAsync(Valid(), Ct);
        var manager = NewSubject("manager");

        var response = await Api.ClientAs("Staff.Manager", manager).SendAsync(Put(id, Changed(), etag), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"v2\"", response.Headers.ETag!.ToString());
        var service = await Anonymous().GetJsonAsync($"{Route}/{id}", Ct);
        Assert.Equal(("Carers Central Luton", "01632 960123"), (service["name"]!.GetValue<string>(), service["phone"]!.GetValue<string>()));
        var office = Assert.Single(service["openingHours"]!.AsArray())!;
        Assert.Equal("office", office["channel"]!.GetValue<string>());
        Assert.Equal(1, await CountAsync("directory_opening_slot"));
        var audit = Assert.Single(await AuditFor(manager));
        Assert.Equal(("ChangeDirectoryService", id, "success"), (audit.action, audit.record_id, audit.outcome));
    }

    [Fact]
    public async Task Without_If_Match_it_is_428_and_nothing_changes()
    {
        var (id, _) = await Api.AddAsync(Valid(), Ct);

        await AssertProblem(await Manager().SendAsync(Put(id, Changed(), null), Ct), HttpStatusCode.PreconditionRequired);

        Assert.Equal("Carers Central", await NameInDatabase(id));
    }

    [Theory]
    [InlineData("\"v2\"")]
    [InlineData("W/\"v1\"")]
    [InlineData("v1")]
    public async Task A_stale_or_malformed_If_Match_is_412_and_nothing_changes(string ifMatch)
    {
        var (id, _) = await Api.AddAsync(Valid(), Ct);

        await AssertProblem(await Manager().SendAsync(Put(id, Changed(), ifMatch), Ct), HttpStatusCode.PreconditionFailed);

        Assert.Equal("Carers Central", await NameInDatabase(id));
        Assert.Equal(10, await CountAsync("directory_opening_slot"));
    }

    [Fact]
    public async Task The_first_of_two_changes_from_the_same_read_wins_and_the_second_is_412()
    {
        var (id, etag) = await Api.AddAsync(Valid(), Ct);

        Assert.Equal(HttpStatusCode.OK, (await Manager().SendAsync(Put(id, Changed(), etag), Ct)).StatusCode);
        await AssertProblem(await Manager("manager-2").SendAsync(Put(id, Valid("Someone else's name"), etag), Ct), HttpStatusCode.PreconditionFailed);

        Assert.Equal("Carers Central Luton", await NameInDatabase(id));
    }

    [Fact]
    public async Task Changing_an_unknown_or_retired_service_is_404()
    {
        await AssertProblem(await Manager().SendAsync(Put(Guid.NewGuid().ToString(), Changed(), "\"v1\""), Ct), HttpStatusCode.NotFound);

        var (id, etag) = await Api.AddAsync(Valid(), Ct);
        await Api.RetireAsync(id, etag, Ct);
        await AssertProblem(await Manager().SendAsync(Put(id, Changed(), etag), Ct), HttpStatusCode.NotFound);
        Assert.Equal("Carers Central", await NameInDatabase(id));
    }

    [Fact]
    public async Task Taking_another_live_service_s_name_is_409()
    {
        await Api.AddAsync(Valid("Mind BLMK"), Ct);
        var (id, etag) = await Api.AddAsync(Valid(), Ct);

        await AssertProblem(await Manager().SendAsync(Put(id, Valid("MIND BLMK"), etag), Ct), HttpStatusCode.Conflict);

        Assert.Equal("Carers Central", await NameInDatabase(id));
    }

    [Fact]
    public async Task Bad_input_is_400_and_changes_nothing()
    {
        var (id, etag) = await Api.AddAsync(Valid(), Ct);
        var body = Changed();
        body["openingHours"] = new JsonArray(Channel("office", Slot("saturday", "12:00", "09:00")));

        var problem = await AssertProblem(await Manager().SendAsync(Put(id, body, etag), Ct), HttpStatusCode.BadRequest);

        Assert.Equal(new[] { "openingHours[0].slots[0].closes" }, ErrorKeys(problem));
        Assert.Equal("Carers Central", await NameInDatabase(id));
        Assert.Equal(10, await CountAsync("directory_opening_slot"));
    }

    [Fact]
    public async Task Only_a_manager_may_change_a_service()
    {
        var (id, etag) = await Api.AddAsync(Valid(), Ct);

        await AssertProblem(await Anonymous().SendAsync(Put(id, Changed(), etag), Ct), HttpStatusCode.Unauthorized);
        await AssertProblem(await Carer(NewSubject()).SendAsync(Put(id, Changed(), etag), Ct), HttpStatusCode.Forbidden);

        Assert.Equal("Carers Central", await NameInDatabase(id));
    }
}
