using System.Net;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;
using static Carers.Api.Tests.ServiceDirectory.DirectoryRequests;

namespace Carers.Api.Tests.ServiceDirectory;

/// <summary>A manager retires a service: it leaves the public list and reading it is 404; the row is kept.</summary>
public sealed class RetireDirectoryServiceTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task A_retired_service_leaves_the_list_and_the_retirement_is_audited()
    {
        var (id, etag) = await Api.AddAsync(Valid(), Ct);
        await Api.AddAsync(Valid("Mind BLMK"), Ct);
        var manager = NewSubject("manager");

        var response = await Api.ClientAs("Staff.Manager", manager).SendAsync(Retire(id, etag), Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(new[] { "Mind BLMK" }, Names(await Anonymous().GetJsonAsync(Route, Ct)));
        await AssertProblem(await Anonymous().GetAsync($"{Route}/{id}", Ct), HttpStatusCode.NotFound);
        var audit = Assert.Single(await AuditFor(manager));
        Assert.Equal(("RetireDirectoryService", "directoryService", id, "success"), (audit.action, audit.record_type, audit.record_id, audit.outcome));
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        Assert.Equal(manager, await connection.ExecuteScalarAsync<string>("SELECT retired_by FROM directory_service WHERE id = @Id", new { Id = Guid.Parse(id) }));
    }

    [Fact]
    public async Task Retiring_an_unknown_or_already_retired_service_is_404()
    {
        var (id, etag) = await Api.AddAsync(Valid(), Ct);
        await Api.RetireAsync(id, etag, Ct);

        await AssertProblem(await Manager().SendAsync(Retire(id, etag), Ct), HttpStatusCode.NotFound);
        await AssertProblem(await Manager().SendAsync(Retire(Guid.NewGuid().ToString(), etag), Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Retiring_needs_the_services_current_etag_and_writes_nothing_without_it()
    {
        var (id, etag) = await Api.AddAsync(Valid(), Ct);
        var changed = Valid("Carers Central Luton");
        var change = new HttpRequestMessage(HttpMethod.Put, $"{Route}/{id}") { Content = Body(changed) };
        change.Headers.TryAddWithoutValidation("If-Match", etag);
        Assert.Equal(HttpStatusCode.OK, (await Manager().SendAsync(change, Ct)).StatusCode);

        await AssertProblem(await Manager().SendAsync(Retire(id, null), Ct), (HttpStatusCode)428);
        await AssertProblem(await Manager().SendAsync(Retire(id, etag), Ct), HttpStatusCode.PreconditionFailed);
        await AssertProblem(await Manager().SendAsync(Retire(id, "W/\"v2\""), Ct), HttpStatusCode.PreconditionFailed);

        Assert.Equal(new[] { "Carers Central Luton" }, Names(await Anonymous().GetJsonAsync(Route, Ct)));
        Assert.Equal(HttpStatusCode.NoContent, (await Manager().SendAsync(Retire(id, "\"v2\""), Ct)).StatusCode);
    }

    [Fact]
    public async Task Only_a_manager_may_retire_a_service()
    {
        var (id, etag) = await Api.AddAsync(Valid(), Ct);

        await AssertProblem(await Anonymous().SendAsync(Retire(id, etag), Ct), HttpStatusCode.Unauthorized);
        await AssertProblem(await Carer(NewSubject()).SendAsync(Retire(id, etag), Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await Partner("CarersCentral").SendAsync(Retire(id, etag), Ct), HttpStatusCode.Forbidden);

        Assert.Equal(new[] { "Carers Central" }, Names(await Anonymous().GetJsonAsync(Route, Ct)));
    }
}
