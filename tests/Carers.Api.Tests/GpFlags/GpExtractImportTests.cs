using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.GpFlags;

/// <summary>UploadGpExtract and GetGpExtractImport: a practice's CSV extract imported in the background with a per-row report.</summary>
public sealed class GpExtractImportTests(ApiFixture api) : ApiTest(api)
{
    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    private async Task<JsonObject> UploadAndWait(string csv, string odsCode = "A12345")
    {
        var assessor = Assessor();
        var response = await assessor.PostAsync($"/api/gp-extracts?odsCode={odsCode}", Csv(csv), Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var status = await ReadJson(await assessor.GetAsync(location, Ct));
            if (status["status"]!.GetValue<string>() == "completed") return status;
            Assert.True(DateTime.UtcNow < deadline, "The import did not finish in 30 seconds.");
            await Task.Delay(100, Ct);
        }
    }

    [Fact]
    public async Task Good_rows_are_imported_and_every_bad_row_is_reported_with_its_reason()
    {
        var future = DateOnly.FromDateTime(DateTime.Today).AddDays(5).ToString("yyyy-MM-dd");
        var csv = $"""
            nhs_number,snomed_code,date_recorded,consent_to_contact
            9434765919,224484003,2025-01-15,yes
            943 476 5919,224484003,2025-01-15,yes
            9000000009,302767002,15/02/2025,no
            9991234560,224484003,2025-01-15,no
            9990000018,229774002,2025-01-15,no
            9990000026,224484003,{future},no
            9990000026,224484004,2025-01-15,no
            9990000026,224484003,not a date,no
            """;

        var status = await UploadAndWait(csv);

        Assert.Equal(8, status["totalRows"]!.GetValue<int>());
        Assert.Equal(8, status["processedRows"]!.GetValue<int>());
        Assert.Equal(3, status["acceptedRows"]!.GetValue<int>());
        Assert.Equal(5, status["rejectedRows"]!.GetValue<int>());
        var errors = status["errors"]!.AsArray().Select(e => (e!["row"]!.GetValue<int>(), e["message"]!.GetValue<string>())).ToList();
        Assert.Equal([5, 6, 7, 8, 9], errors.Select(e => e.Item1));
        Assert.Contains("NHS number", errors[0].Item2, StringComparison.Ordinal);
        Assert.Contains("paid caregiver", errors[1].Item2, StringComparison.Ordinal);
        Assert.Contains("future", errors[2].Item2, StringComparison.Ordinal);
        Assert.Contains("Verhoeff", errors[3].Item2, StringComparison.Ordinal);
        Assert.Contains("not a date", errors[4].Item2, StringComparison.Ordinal);
        // Rows 2 and 3 are the same flag: stored once.
        Assert.Equal(2, await CountAsync("gp_flag WHERE source = 'csv'"));
        Assert.Equal(1, await CountAsync("gp_identified_person"));
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        Assert.Null(await connection.ExecuteScalarAsync<string>("SELECT content FROM gp_extract_import"));
    }

    [Fact]
    public async Task Uploading_the_same_extract_again_adds_nothing()
    {
        const string csv = "nhs_number,snomed_code,date_recorded\n9434765919,224484003,2025-01-15\n";
        await UploadAndWait(csv);
        await UploadAndWait(csv);
        Assert.Equal(1, await CountAsync("gp_flag"));
    }

    [Theory]
    [InlineData("nhs,code,date\n9434765919,224484003,2025-01-15\n", "file")]
    [InlineData("", "file")]
    public async Task A_file_without_the_expected_columns_is_refused_at_once(string csv, string field)
    {
        var problem = await AssertProblem(await Assessor().PostAsync("/api/gp-extracts?odsCode=A12345", Csv(csv), Ct), HttpStatusCode.BadRequest);
        Assert.Contains(field, ErrorKeys(problem));
        Assert.Equal(0, await CountAsync("gp_extract_import"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?odsCode=12345")]
    [InlineData("?odsCode=A12345%3B")]
    public async Task A_missing_or_malformed_practice_code_is_400(string query)
    {
        var problem = await AssertProblem(await Assessor().PostAsync($"/api/gp-extracts{query}", Csv("nhs_number,snomed_code,date_recorded\n"), Ct), HttpStatusCode.BadRequest);
        Assert.Contains("odsCode", ErrorKeys(problem));
    }

    [Fact]
    public async Task Anything_but_csv_is_415()
    {
        var response = await Assessor().PostAsync("/api/gp-extracts?odsCode=A12345", new StringContent("{}", Encoding.UTF8, "application/json"), Ct);
        await AssertProblem(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Carers_partners_and_gp_systems_cannot_upload_or_read_imports()
    {
        foreach (var client in new[] { Carer(NewSubject()), Partner("CarersCentral"), Api.ClientAs("GpSystem", "gp", odsCode: "A12345") })
        {
            await AssertProblem(await client.PostAsync("/api/gp-extracts?odsCode=A12345", Csv("nhs_number,snomed_code,date_recorded\n"), Ct), HttpStatusCode.Forbidden);
            await AssertProblem(await client.GetAsync($"/api/gp-extracts/{Guid.NewGuid()}", Ct), HttpStatusCode.Forbidden);
        }

        Assert.Equal(0, await CountAsync("gp_extract_import"));
    }

    [Fact]
    public async Task An_import_left_by_a_stopped_instance_is_taken_up_and_one_that_never_finishes_is_failed_with_its_reason_for_staff()
    {
        const string csv = "nhs_number,snomed_code,date_recorded\n9434765919,224484003,2025-01-15\n";
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        // Left 'importing' by an instance that died (its lease ran out): taken up and completed here.
        var resumed = await connection.ExecuteScalarAsync<Guid>("""
            INSERT INTO gp_extract_import (ods_code, uploaded_by, status, content, claimed_by, lease_until, attempts)
            VALUES ('A12345', 'assessor-1', 'importing', @csv, 'gone/1/x', now() - interval '1 second', 1) RETURNING id
            """, new { csv });
        // Taken up as often as the limit allows already: failed with the reason, not tried for ever.
        var stuck = await connection.ExecuteScalarAsync<Guid>("""
            INSERT INTO gp_extract_import (ods_code, uploaded_by, status, content, claimed_by, lease_until, attempts)
            VALUES ('A12345', 'assessor-1', 'importing', @csv, 'gone/1/x', now() - interval '1 second', 5) RETURNING id
            """, new { csv });

        var deadline = DateTime.UtcNow.AddSeconds(30);
        JsonObject done, failed;
        while (true)
        {
            done = await ReadJson(await Assessor().GetAsync($"/api/gp-extracts/{resumed}", Ct));
            failed = await ReadJson(await Assessor().GetAsync($"/api/gp-extracts/{stuck}", Ct));
            if (done["status"]!.GetValue<string>() == "completed" && failed["status"]!.GetValue<string>() == "failed") break;
            Assert.True(DateTime.UtcNow < deadline, $"Still {done["status"]} and {failed["status"]} after 30 seconds.");
            await Task.Delay(100, Ct);
        }

        Assert.Equal(1, done["acceptedRows"]!.GetValue<int>());
        Assert.Contains("5 attempts", failed["failureReason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(await connection.ExecuteScalarAsync<string>("SELECT content FROM gp_extract_import WHERE id = @stuck", new { stuck }));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>(
            "SELECT count(*) FROM background_failure WHERE worker = 'GP extract import' AND work_id = @Id", new { Id = stuck.ToString() }));
    }

    [Fact]
    public async Task An_unknown_import_is_404()
    {
        await AssertProblem(await Assessor().GetAsync($"/api/gp-extracts/{Guid.NewGuid()}", Ct), HttpStatusCode.NotFound);
    }
}
