using System.Net;
using System.Net.Http.Json;
using System.Text;
using Carers.Api.Domain;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Platform;

/// <summary>
/// Two API processes started at the same moment on one empty database (decision 0035): both migrate without failing
/// (the advisory lock), both serve, each webhook event reaches the partner once, and a GP extract import begun on one
/// and interrupted by killing it is finished by the other from where it got to.
/// </summary>
public sealed class SeveralInstancesTests(ApiFixture api) : OwnDatabaseTest(api)
{
    private const int ExtractRows = 24;
    private const int Events = 10;

    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Carers__Outbox__Enabled"] = "true",
        ["Carers__Outbox__PollMilliseconds"] = "100",
        ["Carers__Outbox__BatchSize"] = "3",
        ["Carers__Outbox__AllowPrivateAddresses"] = "true", // the receiver is on this machine
        ["GpFlags__ImportPollMilliseconds"] = "100",
        // Slow enough to be killed part of the way through (2 rows a chunk, 12 chunks, 250 ms after each), and a lease
        // short enough that the other instance takes the import up within seconds, yet long enough that a busy machine
        // (the browser tests beside) does not let it lapse while the holder is still alive.
        ["GpFlags__ImportChunkSize"] = "2",
        ["GpFlags__ImportChunkDelayMilliseconds"] = "250",
        ["GpFlags__ImportLeaseSeconds"] = "5",
    };

    [Fact]
    public async Task Two_instances_started_together_on_an_empty_database_both_serve_deliver_each_event_once_and_finish_a_killed_import()
    {
        var database = await Api.CreateEmptyDatabaseAsync("several_instances");
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var one = ApiProcess.Start(database, Settings);
        await using var two = ApiProcess.Start(database, Settings);
        // A ceiling, not a timing: beside the browser tests on two cores, two processes migrating an
        // empty database (one waits on the other's lock) have taken over 90 seconds to be ready.
        var ready = TimeSpan.FromMinutes(4);
        await Task.WhenAll(one.WaitUntilReadyAsync(ready, Ct), two.WaitUntilReadyAsync(ready, Ct));

        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(Ct);
        // Every migration the API carries, applied once (not twice: the two instances took turns under the lock).
        var migrations = typeof(Program).Assembly.GetManifestResourceNames()
            .Count(name => name.Contains(".Database.Migrations.", StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal));
        Assert.True(migrations >= 28, $"expected the API to carry its migrations, found {migrations}");
        Assert.Equal(migrations, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM schemaversions"));

        // Both serve, with the same tokens.
        var manager = Api.TokenFor(Roles.Manager, "manager-1");
        foreach (var instance in new[] { one, two })
        {
            using var client = instance.Client(manager, "casework");
            var deliveries = await client.GetAsync("/api/partners/CarersCentral/deliveries", Ct);
            Assert.Equal(HttpStatusCode.OK, deliveries.StatusCode);
        }

        // Each event once, whichever instance claims it.
        using (var client = one.Client(manager, "casework"))
        {
            var registered = await client.PutAsJsonAsync("/api/partners/CarersCentral/webhook", new { url = receiver.Url }, Ct);
            Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        }

        await connection.ExecuteAsync("""
            INSERT INTO outbox_message (event_type, partner, payload)
            SELECT 'carer.referred', 'CarersCentral', jsonb_build_object('carerId', gen_random_uuid(), 'referralId', gen_random_uuid()) FROM generate_series(1, @Events) n
            """, new { Events });
        await WaitFor(async () => await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM outbox_message WHERE delivered_at IS NULL") == 0,
            TimeSpan.FromSeconds(30), "events delivered", one, two);
        Assert.Equal(Events, receiver.Requests.Count);
        Assert.Equal(Events, receiver.Requests.Select(r => r.EventId).Distinct().Count());

        // An import begun on one instance and interrupted by killing it.
        using (var assessor = one.Client(Api.TokenFor(Roles.Assessor, "assessor-1"), "casework"))
        {
            var upload = await assessor.PostAsync("/api/gp-extracts?odsCode=A12345", new StringContent(Extract(), Encoding.UTF8, "text/csv"), Ct);
            Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        }

        var importId = await connection.ExecuteScalarAsync<Guid>("SELECT id FROM gp_extract_import");
        await WaitFor(async () => await connection.ExecuteScalarAsync<int>("SELECT processed_rows FROM gp_extract_import") >= 6,
            TimeSpan.FromSeconds(30), "the import under way", one, two);
        var holder = await connection.ExecuteScalarAsync<string>("SELECT claimed_by FROM gp_extract_import");
        var (killed, survivor) = ProcessIdOf(holder!) == one.ProcessId ? (one, two) : (two, one);
        Assert.Equal(killed.ProcessId, ProcessIdOf(holder!));
        killed.Kill();
        var processedWhenKilled = await connection.ExecuteScalarAsync<int>("SELECT processed_rows FROM gp_extract_import");
        Assert.True(processedWhenKilled < ExtractRows, "The import finished before the kill: nothing was interrupted.");

        await WaitFor(async () => await connection.ExecuteScalarAsync<string>("SELECT status FROM gp_extract_import") == "completed",
            TimeSpan.FromSeconds(60), "the import completed", survivor);
        var import = await connection.QuerySingleAsync<(string ClaimedBy, int Attempts, int Total, int Processed, int Accepted, int Rejected)>(
            "SELECT claimed_by, attempts, total_rows, processed_rows, accepted_rows, rejected_rows FROM gp_extract_import");
        Assert.Equal(survivor.ProcessId, ProcessIdOf(import.ClaimedBy));
        // Taken up at least once after the kill (more if a lease lapsed under load before it: each chunk still counts once).
        Assert.True(import.Attempts >= 2, $"The import was claimed {import.Attempts} time(s): the survivor never took it up.");
        Assert.Equal((ExtractRows, ExtractRows, ExtractRows - 2, 2), (import.Total, import.Processed, import.Accepted, import.Rejected));
        // Every good row stored once: the chunks done before the kill were not done again.
        Assert.Equal(ExtractRows - 2, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM gp_flag WHERE source = 'csv'"));
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM gp_extract_row_error WHERE import_id = @importId", new { importId }));

        using var staff = survivor.Client(Api.TokenFor(Roles.Assessor, "assessor-1"), "casework");
        var status = await ReadJson(await staff.GetAsync($"/api/gp-extracts/{importId}", Ct));
        Assert.Equal("completed", status["status"]!.GetValue<string>());
        Assert.Null(status["failureReason"]?.GetValue<string>());
    }

    /// <summary>claimed_by is host/process id/random.</summary>
    private static int ProcessIdOf(string instance) => int.Parse(instance.Split('/')[1], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Rows 2 to 23 are good flags for different people; the last two are refused (a bad NHS number, a paid carer's code).</summary>
    private static string Extract()
    {
        var text = new StringBuilder("nhs_number,snomed_code,date_recorded,consent_to_contact\n");
        var numbers = Enumerable.Range(0, 1000).Select(n => (9_000_000_000L + n * 10L).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .SelectMany(prefix => Enumerable.Range(0, 10).Select(d => prefix[..9] + d))
            .Where(NhsNumber.IsValid).Distinct().Take(ExtractRows - 2);
        foreach (var number in numbers) text.Append(number).Append(",224484003,2025-01-15,yes\n");
        text.Append("1234567890,224484003,2025-01-15,no\n");
        text.Append("9434765919,229774002,2025-01-15,no\n");
        return text.ToString();
    }

    private static async Task WaitFor(Func<Task<bool>> condition, TimeSpan limit, string what, params ApiProcess[] instances)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline,
                $"Waited {limit} for {what}. Instances' output:\n" + string.Join("\n----\n", instances.Select(i => i.Tail())));
            await Task.Delay(100, Ct);
        }
    }
}
