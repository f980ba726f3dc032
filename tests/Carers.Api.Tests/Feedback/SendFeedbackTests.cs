using System.Globalization;
using System.Net;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Tests.Infrastructure;
using static Carers.Api.Tests.Feedback.FeedbackRequests;

namespace Carers.Api.Tests.Feedback;

/// <summary>A carer makes a complaint or gives a compliment online; a complaint is due acknowledgement in 3 working days; bad input is refused with nothing written.</summary>
public sealed class SendFeedbackTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task A_carer_makes_a_complaint_it_is_received_due_acknowledgement_and_a_response_and_it_is_audited()
    {
        var subject = NewSubject();
        var carer = Carer(subject);
        await RegisterAsync(carer);

        var response = await carer.PostAsync(MyRoute, Body(Complaint(text: "Nobody rang me back.\nI waited three weeks.")), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var item = await ReadJson(response);
        Assert.Equal($"{MyRoute}/{item["id"]}", response.Headers.Location!.ToString());
        Assert.Equal(("complaint", "staff", "online", "received"), (item["kind"]!.GetValue<string>(), item["about"]!.GetValue<string>(),
            item["receivedVia"]!.GetValue<string>(), item["status"]!.GetValue<string>()));
        Assert.Equal("Nobody rang me back.\nI waited three weeks.", item["text"]!.GetValue<string>());
        var receivedOn = DateOnly.FromDateTime(DateTimeOffset.Parse(item["receivedAt"]!.GetValue<string>(), CultureInfo.InvariantCulture).LocalDateTime);
        var acknowledgeBy = DateOnly.Parse(item["acknowledgeBy"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        Assert.InRange(acknowledgeBy.DayNumber - receivedOn.DayNumber, 3, 10);
        Assert.Equal(receivedOn.AddMonths(6), DateOnly.Parse(item["responseDueOn"]!.GetValue<string>(), CultureInfo.InvariantCulture));
        Assert.Null(item["acknowledgedAt"]);
        Assert.False(item.ContainsKey("outcome"));
        var audit = Assert.Single(await AuditFor(subject), a => a.action == "SendFeedback");
        Assert.Equal(("feedback", item["id"]!.GetValue<string>(), "success"), (audit.record_type, audit.record_id, audit.outcome));
    }

    [Fact]
    public async Task A_compliment_is_simply_recorded()
    {
        var carer = Carer(NewSubject());
        await RegisterAsync(carer);

        var item = await carer.SendAsync(Complaint("compliment", "break", "The sitting service let me see my sister. Thank you."), Ct);

        Assert.Equal(("compliment", "recorded"), (item["kind"]!.GetValue<string>(), item["status"]!.GetValue<string>()));
        Assert.Null(item["acknowledgeBy"]);
        Assert.Null(item["responseDueOn"]);
    }

    [Fact]
    public async Task Received_on_Christmas_Eve_2026_it_is_due_acknowledgement_on_31_December_after_the_bank_holidays()
    {
        var subject = NewSubject();
        await RegisterAsync(Carer(subject));
        // Thursday 24 December 2026: Friday 25 (Christmas Day), the weekend and Monday 28 (Boxing Day's substitute) are not
        // working days, so the three working days after it are 29, 30 and 31 December.
        await using var clocked = Api.At(new FixedClock(DateTimeOffset.Parse("2026-12-24T10:00:00Z", CultureInfo.InvariantCulture)));
        var client = clocked.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Api.TokenFor(Roles.Carer, subject));

        var item = await client.SendAsync(Complaint(), Ct);

        Assert.Equal(("2026-12-31", "2027-06-24"), (item["acknowledgeBy"]!.GetValue<string>(), item["responseDueOn"]!.GetValue<string>()));
    }

    public static TheoryData<string, string> BadBodies => new()
    {
        { """{"kind":"complaint","about":"staff"}""", "text" },
        { """{"kind":"complaint","about":"staff","text":""}""", "text" },
        { """{"kind":"complaint","about":"staff","text":"   \n  "}""", "text" },
        { $$"""{"kind":"complaint","about":"staff","text":"{{new string('a', 4001)}}"}""", "text" },
        { """{"kind":"complaint","about":"staff","text":"<script>alert(1)</script>"}""", "text" },
        { """{"kind":"grumble","about":"staff","text":"Late again"}""", "kind" },
        { """{"kind":"complaint","about":"parking","text":"Late again"}""", "about" },
        { """{"about":"staff","text":"Late again"}""", "kind" },
        { """{"kind":"complaint","text":"Late again"}""", "about" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_input_is_400_naming_the_field_and_nothing_is_written(string body, string field)
    {
        var carer = Carer(NewSubject());
        await RegisterAsync(carer);

        var problem = await AssertProblem(await carer.PostAsync(MyRoute, Json(body), Ct), HttpStatusCode.BadRequest);

        Assert.Contains(field, ErrorKeys(problem));
        Assert.Equal(0, await CountAsync("feedback"));
    }

    [Fact]
    public async Task A_two_megabyte_body_is_413_and_nothing_is_written()
    {
        var carer = Carer(NewSubject());
        await RegisterAsync(carer);

        await AssertProblem(await carer.PostAsync(MyRoute, Body(Complaint(text: new string('a', 2 * 1024 * 1024))), Ct), HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal(0, await CountAsync("feedback"));
    }

    [Fact]
    public async Task Someone_not_registered_gets_404_and_nothing_is_written()
    {
        await AssertProblem(await Carer(NewSubject()).PostAsync(MyRoute, Body(Complaint()), Ct), HttpStatusCode.NotFound);
        Assert.Equal(0, await CountAsync("feedback"));
    }

    [Fact]
    public async Task Staff_cannot_send_on_the_carers_route()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await Assessor().PostAsync(MyRoute, Body(Complaint()), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous().PostAsync(MyRoute, Body(Complaint()), Ct)).StatusCode);
        Assert.Equal(0, await CountAsync("feedback"));
    }
}
