using System.Net;
using System.Security.Cryptography;
using System.Text;
using Carers.Api.Features.StatutoryReturns;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;
using static Carers.Api.Tests.HistoricImport.HistoricFiles;

namespace Carers.Api.Tests.HistoricImport;

/// <summary>GetHistoricImport: every manager reads any import's progress and report; nobody else may; an import left running by a restart is finished.</summary>
public sealed class GetHistoricImportTests(ApiFixture api) : ApiTest(api)
{
    private static string OnePerson() => Csv([Person("LL-1").Service("G-1", CldServiceComponent.CarerUniversalServices, "2019-05-01")]);

    [Fact]
    public async Task Another_manager_reads_the_import_and_an_unknown_one_is_404()
    {
        var status = await ImportAsync(Manager("manager-a"), OnePerson(), Ct);
        var id = status["id"]!.GetValue<string>();

        var other = await Manager("manager-b").GetAsync($"{Route}/{id}", Ct);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal("completed", (await ReadJson(other))["status"]!.GetValue<string>());
        await AssertProblem(await Manager().GetAsync($"{Route}/{Guid.NewGuid()}", Ct), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("Carer")]
    [InlineData("Partner")]
    [InlineData("Staff.Assessor")]
    public async Task Only_managers_may_read_an_import(string role)
    {
        var status = await ImportAsync(Manager(), OnePerson(), Ct);
        var client = Api.ClientAs(role, NewSubject(), role == "Partner" ? "Chums" : null);
        await AssertProblem(await client.GetAsync($"{Route}/{status["id"]!.GetValue<string>()}", Ct), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_import_left_running_by_a_restart_is_taken_up_again_and_finished()
    {
        var csv = OnePerson();
        Guid id;
        await using (var connection = new NpgsqlConnection(Api.ConnectionString))
        {
            id = await connection.ExecuteScalarAsync<Guid>("""
                INSERT INTO historic_import (uploaded_by, file_sha256, status, total_rows, validated_rows, content, heartbeat_at)
                VALUES ('manager-1', @Sha, 'importing', 1, 1, @Csv, now() - interval '1 hour') RETURNING id
                """, new { Sha = SHA256.HashData(Encoding.UTF8.GetBytes(csv)), Csv = csv });
        }

        var status = await WaitAsync(Manager(), id.ToString(), Ct);

        Assert.Equal("completed", status["status"]!.GetValue<string>());
        Assert.Equal(1, Int(status, "eventsCreated"));
        Assert.Equal(1, await CountAsync("partner_support"));
    }
}
