using System.Globalization;
using System.Net;
using Carers.Api.Domain;
using Carers.Api.Tests.Infrastructure;
using static Carers.Api.Tests.Feedback.FeedbackRequests;

namespace Carers.Api.Tests.Feedback;

/// <summary>Staff record a complaint or a compliment that came by phone, letter, email or in person; the acknowledgement counts from the day it was received.</summary>
public sealed class RecordFeedbackForCarerTests(ApiFixture api) : ApiTest(api)
{
    private async Task<(string Subject, Guid CarerId)> RegisteredAsync()
    {
        var subject = NewSubject();
        var (record, _) = await RegisterAsync(Carer(subject));
        return (subject, Guid.Parse(record["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_assessor_records_a_phoned_complaint_received_earlier_and_the_carer_sees_it()
    {
        var (subject, carerId) = await RegisteredAsync();
        var receivedAt = DateTimeOffset.UtcNow.Date.AddDays(-2).AddHours(12);
        var assessor = NewSubject("assessor");

        var response = await Assessor(assessor).PostAsync(StaffRoute, Body(Recorded(carerId, receivedAt: receivedAt.ToString("O", CultureInfo.InvariantCulture))), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var item = await ReadJson(response);
        Assert.Equal($"{QueueRoute}/{item["id"]}", response.Headers.Location!.ToString());
        Assert.Equal(("phone", "received"), (item["receivedVia"]!.GetValue<string>(), item["status"]!.GetValue<string>()));
        var expected = WorkingDays.EnglandAndWales().Add(DateOnly.FromDateTime(receivedAt.Date), 3);
        Assert.Equal(expected.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), item["acknowledgeBy"]!.GetValue<string>());
        var audit = Assert.Single(await AuditFor(assessor));
        Assert.Equal(("RecordFeedbackForCarer", item["id"]!.GetValue<string>(), "success"), (audit.action, audit.record_id, audit.outcome));
        var mine = await ReadJson(await Carer(subject).GetAsync(MyRoute, Ct));
        Assert.Equal(item["id"]!.GetValue<string>(), Assert.Single(mine["items"]!.AsArray())!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_manager_records_a_compliment_from_a_letter()
    {
        var (_, carerId) = await RegisteredAsync();

        var response = await Manager().PostAsync(StaffRoute, Body(Recorded(carerId, "compliment", "letter")), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var item = await ReadJson(response);
        Assert.Equal(("compliment", "letter", "recorded"), (item["kind"]!.GetValue<string>(), item["receivedVia"]!.GetValue<string>(), item["status"]!.GetValue<string>()));
        // Every 201 says where to read what it made: a compliment is in the carer's whole case.
        Assert.Equal($"/api/carers/{carerId}/case", response.Headers.Location!.ToString());
        using var read = new HttpRequestMessage(HttpMethod.Get, response.Headers.Location) { Headers = { { "Access-Reason", "casework" } } };
        var feedback = (await ReadJson(await Assessor().SendAsync(read, Ct)))["feedback"]!;
        Assert.Contains(item["id"]!.GetValue<string>(), feedback.ToJsonString(), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BadBodies => new()
    {
        { """{"kind":"complaint","about":"staff","text":"Late","receivedVia":"phone"}""", "carerId" },
        { """{"carerId":"CARER","kind":"complaint","about":"staff","text":"","receivedVia":"phone"}""", "text" },
        { """{"carerId":"CARER","kind":"complaint","about":"staff","text":"Late","receivedVia":"online"}""", "receivedVia" },
        { """{"carerId":"CARER","kind":"complaint","about":"staff","text":"Late","receivedVia":"pigeon"}""", "receivedVia" },
        { """{"carerId":"CARER","kind":"complaint","about":"staff","text":"Late"}""", "receivedVia" },
        { """{"carerId":"CARER","kind":"complaint","about":"staff","text":"Late","receivedVia":"phone","receivedAt":"2999-01-01T09:00:00Z"}""", "receivedAt" },
        { """{"carerId":"CARER","kind":"complaint","about":"staff","text":"Late","receivedVia":"phone","receivedAt":"2020-01-01T09:00:00Z"}""", "receivedAt" },
        { """{"carerId":"CARER","kind":"complaint","about":"staff","text":"Late","receivedVia":"phone","receivedAt":"2026-02-30T09:00:00Z"}""", "receivedAt" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_input_is_400_naming_the_field_and_nothing_is_written(string body, string field)
    {
        var (_, carerId) = await RegisteredAsync();

        var problem = await AssertProblem(await Assessor().PostAsync(StaffRoute, Json(body.Replace("CARER", carerId.ToString(), StringComparison.Ordinal)), Ct),
            HttpStatusCode.BadRequest);

        Assert.Contains(field, ErrorKeys(problem));
        Assert.Equal(0, await CountAsync("feedback"));
    }

    [Fact]
    public async Task An_unknown_carer_is_404_and_nothing_is_written()
    {
        await AssertProblem(await Assessor().PostAsync(StaffRoute, Body(Recorded(Guid.NewGuid())), Ct), HttpStatusCode.NotFound);
        Assert.Equal(0, await CountAsync("feedback"));
    }

    [Fact]
    public async Task A_two_megabyte_body_is_413_and_nothing_is_written()
    {
        var (_, carerId) = await RegisteredAsync();
        var body = Recorded(carerId);
        body["text"] = new string('a', 2 * 1024 * 1024);

        await AssertProblem(await Assessor().PostAsync(StaffRoute, Body(body), Ct), HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal(0, await CountAsync("feedback"));
    }

    [Fact]
    public async Task Carers_and_grants_officers_cannot_record_for_a_carer()
    {
        var (subject, carerId) = await RegisteredAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await Carer(subject).PostAsync(StaffRoute, Body(Recorded(carerId)), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.ClientAs("Staff.GrantsOfficer", "officer-1").PostAsync(StaffRoute, Body(Recorded(carerId)), Ct)).StatusCode);
        Assert.Equal(0, await CountAsync("feedback"));
    }
}
