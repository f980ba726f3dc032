using System.Net;
using System.Net.Http.Json;
using Carers.Api.Tests.Breaks;
using Carers.Api.Tests.Feedback;
using Carers.Api.Tests.Grants;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Notices;

/// <summary>Grants: approved (with the amount), declined (with the officer's reasons), paid; each once (SPEC §9).</summary>
public sealed class GrantNoticesTests(ApiFixture api) : GrantTest(api)
{
    [Fact]
    public async Task Approving_and_paying_a_grant_tell_the_carer_once_each_and_a_decline_gives_the_reasons()
    {
        await SetBudgetAsync();
        var ids = await SubmittedAsync(2);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(ids[0], "approval", new { }, "\"v1\"")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(ids[0], "payment",
            new { paidOn = DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd"), paymentReference = "BACS-0042" }, "\"v2\"")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(ids[1], "decline", new { reason = "The break was booked before the application." }, "\"v1\"")).StatusCode);

        var approved = Assert.Single(await NoticeRows.OfKindAsync(Api.ConnectionString, "grantApproved"));
        Assert.Contains("£100", approved.body, StringComparison.Ordinal);
        Assert.Equal($"grant:{ids[0]}", approved.source_key);
        Assert.Single(await NoticeRows.OfKindAsync(Api.ConnectionString, "grantPaid"));
        var declined = Assert.Single(await NoticeRows.OfKindAsync(Api.ConnectionString, "grantDeclined"));
        Assert.Contains("The break was booked before the application.", declined.body, StringComparison.Ordinal);
    }
}

/// <summary>Breaks: confirmed and cancelled, each once, with the day the break starts.</summary>
public sealed class BreakNoticesTests(ApiFixture api) : BreakTest(api)
{
    [Fact]
    public async Task Confirming_and_then_cancelling_a_break_tell_the_carer_once_each()
    {
        var (_, booked) = await RequestedBreakAsync();
        var id = booked["id"]!.GetValue<string>();
        foreach (var (to, etag) in new[] { ("approved", "\"v1\""), ("confirmed", "\"v2\""), ("cancelled", "\"v3\"") })
        {
            var moved = await Assessor().SendIfMatchAsync(HttpMethod.Post, $"/api/breaks/{id}/moves", new { to }, etag, Ct);
            Assert.True(moved.StatusCode == HttpStatusCode.OK, $"{to}: {await moved.Content.ReadAsStringAsync(Ct)}");
        }

        var confirmed = Assert.Single(await NoticeRows.OfKindAsync(Api.ConnectionString, "breakConfirmed"));
        Assert.Single(await NoticeRows.OfKindAsync(Api.ConnectionString, "breakCancelled"));
        Assert.Contains(NextMonday().Year.ToString(System.Globalization.CultureInfo.InvariantCulture), confirmed.body, StringComparison.Ordinal);
    }
}

/// <summary>Registration, a partner's referral awaiting the carer, a complaint acknowledged: one notice each.</summary>
public sealed class CarerNoticesTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task Registering_tells_the_carer_once_and_a_partners_referral_of_a_known_carer_asks_them_to_confirm()
    {
        var subject = NewSubject();
        var carer = Carer(subject);
        await RegisterAsync(carer, ValidRegistration(nhsNumber: "9434765919"));
        var carerId = await NoticeRows.CarerIdOfAsync(Api.ConnectionString, subject);

        var referred = await Partner("CarersCentral").PostAsJsonAsync("/api/partner/referrals", Referral(givenName: "Amara", familyName: "Testcarer",
            dateOfBirth: "1975-03-14", nhsNumber: "9434765919"), Ct);

        Assert.True(referred.StatusCode == HttpStatusCode.Accepted, await referred.Content.ReadAsStringAsync(Ct));
        var notices = await NoticeRows.ForAsync(Api.ConnectionString, carerId);
        Assert.Equal(["registrationReceived", "partnerReferralAwaitingConfirmation"], notices.Select(n => n.kind));
        Assert.Equal("Please confirm Carers Central can share your details", notices[1].subject);
        // Large print is a letter's: an email is as large as its reader makes it.
        Assert.Equal(("email", "standard"), (notices[0].channel, notices[0].format));
    }

    [Fact]
    public async Task Acknowledging_a_complaint_tells_the_carer_once()
    {
        var subject = NewSubject();
        var carer = Carer(subject);
        await RegisterAsync(carer);
        var sent = await carer.SendAsync(FeedbackRequests.Complaint(), Ct);
        var id = sent["id"]!.GetValue<string>();

        await Assessor().TakeAsync(id, "acknowledgement", new System.Text.Json.Nodes.JsonObject(), "\"v1\"", Ct);

        Assert.Single(await NoticeRows.OfKindAsync(Api.ConnectionString, "complaintAcknowledged"));
    }

    [Fact]
    public async Task A_preferred_language_is_an_ISO_639_1_code_and_a_language_name_is_refused()
    {
        var refused = await Carer(NewSubject()).PostAsJsonAsync("/api/me/carer", new
        {
            registeringAs = "self", givenName = "Amara", familyName = "Testcarer", dateOfBirth = "1975-03-14", postcode = "LU1 3AB",
            preferredLanguage = "English", preferredContactChannel = "email", email = "amara@example.com",
        }, Ct);

        Assert.Equal(["preferredLanguage"], ErrorKeys(await AssertProblem(refused, HttpStatusCode.BadRequest)));
        var (record, _) = await RegisterAsync(Carer(NewSubject()), ValidRegistration());
        Assert.Equal("en", record["preferredLanguage"]!.GetValue<string>());
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => ScalarAsync<int>("UPDATE carer SET preferred_language = 'English' RETURNING 1"));
    }
}
