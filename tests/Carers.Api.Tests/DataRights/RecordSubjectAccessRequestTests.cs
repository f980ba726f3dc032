using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.DataRights;

/// <summary>The data protection team logs a request received by post or phone; it is due one calendar month later (Art. 12(3)).</summary>
public sealed class RecordSubjectAccessRequestTests(ApiFixture api) : ApiTest(api)
{
    private async Task<Guid> ACarer()
    {
        var (record, _) = await RegisterAsync(Carer(NewSubject()));
        return Guid.Parse(record["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("2025-03-10", "2025-01-31", "2025-02-28")]
    [InlineData("2024-03-10", "2024-01-31", "2024-02-29")]
    [InlineData("2025-05-10", "2025-03-31", "2025-04-30")]
    [InlineData("2025-05-10", "2025-04-15", "2025-05-15")]
    public async Task It_is_due_the_same_date_next_month_or_that_months_last_day(string today, string receivedOn, string dueOn)
    {
        var carer = await ACarer();
        await using var clocked = Api.At(new FixedClock(DateTimeOffset.Parse(today + "T10:00:00Z", CultureInfo.InvariantCulture)));
        var dpo = clocked.CreateClient();
        dpo.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Api.TokenFor(Roles.DataProtection, "dpo-1"));

        var request = await dpo.RecordAsync(SubjectAccessRequestCalls.Valid(carer, receivedOn), Ct);

        Assert.Equal(dueOn, request["dueOn"]!.GetValue<string>());
        Assert.Equal(dueOn, request["respondBy"]!.GetValue<string>());
        Assert.Equal(DateOnly.Parse(dueOn, CultureInfo.InvariantCulture).DayNumber - DateOnly.Parse(today, CultureInfo.InvariantCulture).DayNumber,
            request["daysLeft"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_request_is_logged_with_its_representative_and_audited_with_the_carer()
    {
        var carer = await ACarer();
        var today = DateOnly.FromDateTime(DateTime.Today);

        var request = await Api.DataProtection("dpo-record").RecordAsync(new
        {
            carerId = carer,
            receivedOn = today.AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            receivedBy = "phone",
            requester = "representative",
            representative = new { name = "Olu Advocate", relationship = "Advocate from Carers Central", authorityChecked = true },
            identityVerifiedBy = "Signed authority seen; carer confirmed by phone",
            extendedTo = today.AddDays(-3).AddMonths(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            extensionReason = "Records from the previous system need to be retrieved",
        }, Ct);

        Assert.Equal(("received", "representative", "Olu Advocate"), (request["status"]!.GetValue<string>(), request["requester"]!.GetValue<string>(),
            request["representative"]!["name"]!.GetValue<string>()));
        Assert.Equal(request["extendedTo"]!.GetValue<string>(), request["respondBy"]!.GetValue<string>());
        Assert.Equal(carer, await ScalarAsync<Guid>("SELECT carer_id FROM audit_event WHERE action = 'RecordSubjectAccessRequest' AND access_reason = 'dataProtectionRequest' AND actor_subject = 'dpo-record' AND id > @AuditSince", new { AuditSince }));
    }

    [Fact]
    public async Task An_unknown_carer_is_404_and_nothing_is_written()
    {
        var response = await Api.DataProtection().PostAsJsonAsync(SubjectAccessRequestCalls.Route,
            SubjectAccessRequestCalls.Valid(Guid.NewGuid(), DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), Ct);

        await AssertProblem(response, HttpStatusCode.NotFound);
        Assert.Equal(0, await CountAsync("subject_access_request"));
    }

    public static TheoryData<string, string> BadBodies() => new()
    {
        { """{"receivedOn":"2020-01-01","receivedBy":"post","requester":"carer","identityVerifiedBy":"x"}""", "carerId" },
        { """{"carerId":"{carer}","receivedOn":"2999-01-01","receivedBy":"post","requester":"carer","identityVerifiedBy":"x"}""", "receivedOn" },
        { """{"carerId":"{carer}","receivedOn":"{today}","receivedBy":"pigeon","requester":"carer","identityVerifiedBy":"x"}""", "" },
        { """{"carerId":"{carer}","receivedOn":"{today}","receivedBy":"post","requester":"representative","identityVerifiedBy":"x"}""", "representative" },
        { """{"carerId":"{carer}","receivedOn":"{today}","receivedBy":"post","requester":"carer","identityVerifiedBy":""}""", "identityVerifiedBy" },
        { """{"carerId":"{carer}","receivedOn":"{today}","receivedBy":"post","requester":"carer","identityVerifiedBy":"x","extendedTo":"{later}"}""", "extensionReason" },
        { """{"carerId":"{carer}","receivedOn":"{today}","receivedBy":"post","requester":"carer","identityVerifiedBy":"x","extendedTo":"{much later}","extensionReason":"Complex"}""", "extendedTo" },
        { """{"carerId":"{carer}","receivedOn":"2025-02-30","receivedBy":"post","requester":"carer","identityVerifiedBy":"x"}""", "" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_input_is_a_problem_and_writes_nothing(string body, string field)
    {
        var carer = await ACarer();
        var today = DateOnly.FromDateTime(DateTime.Today);
        var json = body.Replace("{carer}", carer.ToString(), StringComparison.Ordinal)
            .Replace("{today}", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{later}", today.AddMonths(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{much later}", today.AddMonths(4).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var problem = await AssertProblem(await Api.DataProtection().PostAsync(SubjectAccessRequestCalls.Route, Json(json), Ct), HttpStatusCode.BadRequest);

        if (field.Length > 0) Assert.Contains(field, ErrorKeys(problem));
        Assert.Equal(0, await CountAsync("subject_access_request"));
    }

    [Fact]
    public async Task Only_the_data_protection_team_can_log_a_request()
    {
        var carer = await ACarer();
        var body = SubjectAccessRequestCalls.Valid(carer, DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        await AssertProblem(await Assessor().PostAsJsonAsync(SubjectAccessRequestCalls.Route, body, Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await Manager().PostAsJsonAsync(SubjectAccessRequestCalls.Route, body, Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await Partner(PartnerNames.Chums).PostAsJsonAsync(SubjectAccessRequestCalls.Route, body, Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await Carer(NewSubject()).PostAsJsonAsync(SubjectAccessRequestCalls.Route, body, Ct), HttpStatusCode.Forbidden);
        Assert.Equal(0, await CountAsync("subject_access_request"));
    }
}
