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
        var (id, _) = await Api.AddAsync(Valid(), Ct);
        await Api.AddAsync(Valid("Mind BLMK"), Ct);
        var manager = NewSubject("manager");

        var response = await Api.ClientAs("Staff.Manager", manager).PostAsync($"{Route}/{id}/retirement", null, Ct);

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
        var (id, _) = await Api.AddAsync(Valid(), Ct);
        await Api.RetireAsync(id, Ct);

        await AssertProblem(await Manager().PostAsync($"{Route}/{id}/retirement", null, Ct), HttpStatusCode.NotFound);
        await AssertProblem(await Manager().PostAsync($"{Route}/{Guid.NewGuid()}/retirement", null, Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_a_manager_may_retire_a_service()
    {
        var (id, _) = await Api.AddAsync(Valid(), Ct);

        await AssertProblem(await Anonymous().PostAsync($"{Route}/{id}/retirement", null, Ct), HttpStatusCode.Unauthorized);
        await AssertProblem(await Carer(NewSubject()).PostAsync($"{Route}/{id}/retirement", null, Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await Partner("CarersCentral").PostAsync($"{Route}/{id}/retirement", null, Ct), HttpStatusCode.Forbidden);

        Assert.Equal(new[] { "Carers Central" }, Names(await Anonymous().GetJsonAsync(Route, Ct)));
    }
}
