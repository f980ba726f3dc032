using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.DataRights;

/// <summary>The data protection team's queue: open requests first by the date they must be answered, then closed ones; cursor-paged.</summary>
public sealed class ListSubjectAccessRequestsTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task Open_requests_come_first_by_due_date_with_days_left_or_overdue_then_closed_ones_a_page_at_a_time()
    {
        var (record, _) = await RegisterAsync(Carer(NewSubject()));
        var carer = Guid.Parse(record["id"]!.GetValue<string>());
        var today = DateOnly.FromDateTime(DateTime.Today);
        await using (var connection = new NpgsqlConnection(Api.ConnectionString))
        {
            // Received 40, 10 and 20 days ago, and one already sent.
            await connection.ExecuteAsync("""
                INSERT INTO subject_access_request (carer_id, received_on, received_by, requester, identity_verified_by, due_on, recorded_by, status, sent_on, closed_at, closed_by)
                SELECT @Carer, d, 'post', 'carer', 'Checked', (d + interval '1 month')::date, 'dpo', s, CASE WHEN s = 'sent' THEN current_date END,
                       CASE WHEN s = 'sent' THEN now() END, CASE WHEN s = 'sent' THEN 'dpo' END
                FROM (VALUES (current_date - 40, 'received'), (current_date - 10, 'received'), (current_date - 20, 'received'), (current_date - 50, 'sent')) AS v(d, s)
                """, new { Carer = carer });
        }

        var dpo = Api.DataProtection("dpo-list");
        var first = await ReadJson(await dpo.GetAsync(SubjectAccessRequestCalls.Route + "?limit=2", Ct));
        var second = await ReadJson(await dpo.GetAsync(SubjectAccessRequestCalls.Route + "?limit=2&cursor=" + first["nextCursor"]!.GetValue<string>(), Ct));

        var items = first["items"]!.AsArray().Concat(second["items"]!.AsArray()).Select(i => i!).ToList();
        Assert.Null(second["nextCursor"]);
        Assert.Equal(new[] { 40, 20, 10, 50 }.Select(d => today.AddDays(-d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            items.Select(i => i["receivedOn"]!.GetValue<string>()));
        Assert.True(items[0]["overdue"]!.GetValue<bool>());
        Assert.True(items[0]["daysLeft"]!.GetValue<int>() < 0);
        Assert.False(items[1]["overdue"]!.GetValue<bool>());
        Assert.Equal("sent", items[3]["status"]!.GetValue<string>());
        Assert.Null(items[3]["daysLeft"]);
        Assert.Equal("Amara Testcarer", items[0]["carerName"]!.GetValue<string>());
        // Each request shown is audited with its carer and the reason.
        var audited = (await AuditFor("dpo-list")).Where(a => a.action == "ListSubjectAccessRequests").Select(a => a.record_id).ToList();
        Assert.Equal(items.Select(i => i["id"]!.GetValue<string>()).Order(), audited.Order());
        Assert.Equal(4L, await ScalarAsync<long>($"SELECT count(*) FROM audit_event WHERE action = 'ListSubjectAccessRequests' AND carer_id = '{carer}' AND access_reason = 'dataProtectionRequest'"));
    }

    [Fact]
    public async Task A_cursor_we_did_not_give_is_bad_input_and_other_roles_are_refused()
    {
        var problem = await AssertProblem(await Api.DataProtection().GetAsync(SubjectAccessRequestCalls.Route + "?cursor=nonsense", Ct), HttpStatusCode.BadRequest);
        Assert.Contains("cursor", ErrorKeys(problem));
        await AssertProblem(await Api.DataProtection().GetAsync(SubjectAccessRequestCalls.Route + "?limit=0", Ct), HttpStatusCode.BadRequest);

        await AssertProblem(await Assessor().GetAsync(SubjectAccessRequestCalls.Route, Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await Partner(PartnerNames.CarersCentral).GetAsync(SubjectAccessRequestCalls.Route, Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await Carer(NewSubject()).GetAsync(SubjectAccessRequestCalls.Route, Ct), HttpStatusCode.Forbidden);
    }
}
