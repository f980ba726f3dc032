using System.Net;
using System.Net.Http.Json;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;
using static Carers.Api.Tests.Assessments.AssessmentCalls;

namespace Carers.Api.Tests.Assessments;

/// <summary>
/// Base for the tests of one change to an assessment: assessments at each step, and the two refusals every
/// change shares (decision 0028): no If-Match is 428, a stale one 412, and neither writes anything.
/// </summary>
public abstract class AssessmentChangeTest(ApiFixture api) : ApiTest(api)
{
    protected static string InMonths(int months) => DateOnly.FromDateTime(DateTime.Today).AddMonths(months).ToString("yyyy-MM-dd");

    /// <summary>A carer who asked for an assessor-led assessment: it is requested.</summary>
    protected Task<(HttpClient Carer, string Id)> RequestedAsync() => StartedAsync(selfAssessment: false);

    /// <summary>A self-assessment in progress, not yet submitted.</summary>
    protected Task<(HttpClient Carer, string Id)> SelfAssessingAsync() => StartedAsync(selfAssessment: true);

    private async Task<(HttpClient Carer, string Id)> StartedAsync(bool selfAssessment)
    {
        var carer = Carer(NewSubject());
        await RegisterAsync(carer);
        var response = await carer.PostAsJsonAsync("/api/me/carer/assessments", new { selfAssessment }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (carer, (await ReadJson(response))["id"]!.GetValue<string>());
    }

    /// <summary>A submitted self-assessment, for an assessor to confirm.</summary>
    protected async Task<string> SubmittedAsync()
    {
        var (carer, id) = await SelfAssessingAsync();
        Assert.Equal(HttpStatusCode.OK, (await carer.SubmitAsync(id, Ct)).StatusCode);
        return id;
    }

    /// <summary>A completed assessment, with a support plan when <paramref name="planned"/>.</summary>
    protected async Task<string> CompletedAsync(bool planned = false)
    {
        var id = await SubmittedAsync();
        Assert.Equal(HttpStatusCode.OK, (await Assessor().CompleteAsync(id, AssessmentJourneyTests.Completion(), Ct)).StatusCode);
        if (planned) Assert.Equal(HttpStatusCode.OK, (await Assessor().RecordPlanAsync(id, AssessmentJourneyTests.Plan(InMonths(6)), Ct)).StatusCode);
        return id;
    }

    /// <summary>Everything a change could write about the assessment: its row, its history, its plan and the audit of changes.</summary>
    protected async Task<string> SnapshotAsync(string id)
    {
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        return await connection.ExecuteScalarAsync<string>("""
            SELECT row_to_json(a)::text
                || ' events ' || (SELECT count(*) FROM assessment_event e WHERE e.assessment_id = a.id)
                || ' plan ' || COALESCE((SELECT row_to_json(p)::text FROM support_plan p WHERE p.assessment_id = a.id), 'none')
                || ' changes audited ' || (SELECT count(*) FROM audit_event x WHERE x.record_id = a.id::text AND x.action NOT LIKE 'Get%' AND x.action NOT LIKE 'List%')
                || ' outbox ' || (SELECT count(*) FROM outbox_message o WHERE o.carer_id = a.carer_id)
            FROM assessment a WHERE a.id = @Id
            """, new { Id = Guid.Parse(id) }) ?? "";
    }

    /// <summary>The change sent without If-Match is 428 and writes nothing.</summary>
    protected async Task AssertWithoutIfMatchIs428Async(HttpClient client, string route, HttpMethod method, string step, object? body)
    {
        var id = route[(route.LastIndexOf('/') + 1)..];
        var before = await SnapshotAsync(id);

        await AssertProblem(await client.SendAsync(WithIfMatch(method, $"{route}/{step}", body, null), Ct), HttpStatusCode.PreconditionRequired);

        Assert.Equal(before, await SnapshotAsync(id));
    }

    /// <summary>
    /// The caller reads the assessment, <paramref name="meanwhile"/> changes it, and the caller's change with the ETag they
    /// read is 412 and writes nothing; the same change with the ETag read again then goes through.
    /// </summary>
    protected async Task AssertStaleIfMatchIs412Async(HttpClient client, string route, HttpMethod method, string step, object? body, Func<Task<HttpResponseMessage>> meanwhile)
    {
        var id = route[(route.LastIndexOf('/') + 1)..];
        var read = await client.AssessmentETagAsync(route, Ct);
        Assert.Equal(HttpStatusCode.OK, (await meanwhile()).StatusCode);
        var before = await SnapshotAsync(id);

        var problem = await AssertProblem(await client.SendAsync(WithIfMatch(method, $"{route}/{step}", body, read), Ct), HttpStatusCode.PreconditionFailed);

        Assert.Contains("assessment", problem["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(id));
        var again = await client.SendAsync(WithIfMatch(method, $"{route}/{step}", body, await client.AssessmentETagAsync(route, Ct)), Ct);
        Assert.True(again.StatusCode == HttpStatusCode.OK, await again.Content.ReadAsStringAsync(Ct));
        Assert.NotEqual(read, again.Headers.ETag!.ToString());
    }
}
