using System.Net;
using System.Text.Json.Nodes;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Tests.Infrastructure;
using static Carers.Api.Tests.InformationRequests.InformationRequestsRequests;

namespace Carers.Api.Tests.InformationRequests;

/// <summary>A carer asks for information in a format; what is left out is pre-filled from the record; bad input is 400 with nothing written.</summary>
public sealed class RequestInformationTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task A_carer_asks_for_a_leaflet_in_another_language_and_it_is_audited_and_due_in_ten_working_days()
    {
        var subject = NewSubject();
        var carer = Carer(subject);
        await RegisterAsync(carer);

        var response = await carer.PostAsync(MyRoute, Body(Valid("anotherLanguage", "ur")), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var answer = await ReadJson(response);
        var request = answer["request"]!.AsObject();
        Assert.Equal(("anotherLanguage", "ur", "requested", "chosen"), (request["format"]!.GetValue<string>(), request["language"]!.GetValue<string>(),
            request["status"]!.GetValue<string>(), answer["formatSource"]!.GetValue<string>()));
        Assert.Equal($"{MyRoute}/{request["id"]}", response.Headers.Location!.ToString());
        var requestedOn = DateOnly.FromDateTime(DateTimeOffset.Parse(request["requestedAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).UtcDateTime);
        Assert.True(DateOnly.Parse(request["dueOn"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) >= requestedOn.AddDays(14));
        var audit = Assert.Single(await AuditFor(subject), a => a.action == "RequestInformation");
        Assert.Equal(("informationRequest", request["id"]!.GetValue<string>()), (audit.record_type, audit.record_id));
    }

    [Fact]
    public async Task The_due_date_skips_weekends_and_the_Christmas_bank_holidays()
    {
        var subject = NewSubject();
        await RegisterAsync(Carer(subject));
        // Monday 21 December 2026: ten working days skip 25 and 28 December (Boxing Day's substitute) and 1 January.
        await using var clocked = Api.At(new FixedClock(DateTimeOffset.Parse("2026-12-21T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));
        var client = clocked.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Api.TokenFor(Roles.Carer, subject));

        var request = await client.AskAsync(Valid(), Ct);

        Assert.Equal("2027-01-07", request["dueOn"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("en", new[] { "largePrint", "interpreter" }, "largePrint", null, "reasonableAdjustments")]
    [InlineData("ur", new[] { "bsl" }, "bslVideo", null, "reasonableAdjustments")]
    [InlineData("ur", new[] { "noEncryptedEmail" }, "anotherLanguage", "ur", "preferredLanguage")]
    [InlineData("pl", new string[0], "anotherLanguage", "pl", "preferredLanguage")]
    public async Task Without_a_format_the_record_pre_fills_it(string preferredLanguage, string[] adjustments, string format, string? language, string source)
    {
        var carer = Carer(NewSubject());
        await carer.RegisterWithAsync(Registration(preferredLanguage, adjustments), Ct);

        var response = await carer.PostAsync(MyRoute, Body(Valid(format: null)), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var answer = await ReadJson(response);
        Assert.Equal((format, language, source), (answer["request"]!["format"]!.GetValue<string>(), answer["request"]!["language"]?.GetValue<string>(),
            answer["formatSource"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_language_alone_means_another_language()
    {
        var carer = Carer(NewSubject());
        await RegisterAsync(carer);

        var request = await carer.AskAsync(Valid(format: null, language: "so"), Ct);

        Assert.Equal(("anotherLanguage", "so"), (request["format"]!.GetValue<string>(), request["language"]!.GetValue<string>()));
    }

    [Fact]
    public async Task With_no_format_and_nothing_on_the_record_to_pre_fill_it_is_400_on_format_and_nothing_is_written()
    {
        var carer = Carer(NewSubject());
        await carer.RegisterWithAsync(Registration("en"), Ct);

        var problem = await AssertProblem(await carer.PostAsync(MyRoute, Body(Valid(format: null)), Ct), HttpStatusCode.BadRequest);

        Assert.Equal(["format"], ErrorKeys(problem));
        Assert.Equal(0, await CountAsync("information_request"));
    }

    public static TheoryData<string, string> BadBodies => new()
    {
        { """{"subject":"leaflet","title":"A leaflet","format":"smallPrint"}""", "format" },
        { """{"subject":"poster","title":"A leaflet","format":"largePrint"}""", "subject" },
        { """{"subject":"leaflet","title":"A leaflet","format":"anotherLanguage"}""", "language" },
        { """{"subject":"leaflet","title":"A leaflet","format":"anotherLanguage","language":"xx"}""", "language" },
        { """{"subject":"leaflet","title":"A leaflet","format":"anotherLanguage","language":"en"}""", "language" },
        { """{"subject":"leaflet","title":"A leaflet","format":"largePrint","language":"ur"}""", "language" },
        { """{"subject":"leaflet","title":"","format":"largePrint"}""", "title" },
        { $$"""{"subject":"leaflet","title":"{{new string('a', 201)}}","format":"largePrint"}""", "title" },
        { $$"""{"subject":"leaflet","title":"A leaflet","description":"{{new string('a', 1001)}}","format":"largePrint"}""", "description" },
        { """{"subject":"leaflet","title":"<script>","format":"largePrint"}""", "title" },
        { """{"title":"A leaflet","format":"largePrint"}""", "subject" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_input_is_400_naming_the_field_and_nothing_is_written(string body, string field)
    {
        var carer = Carer(NewSubject());
        await RegisterAsync(carer);

        var problem = await AssertProblem(await carer.PostAsync(MyRoute, Json(body), Ct), HttpStatusCode.BadRequest);

        Assert.Contains(field, ErrorKeys(problem));
        Assert.Equal(0, await CountAsync("information_request"));
    }

    [Fact]
    public async Task A_two_megabyte_body_is_413_and_nothing_is_written()
    {
        var carer = Carer(NewSubject());
        await RegisterAsync(carer);
        var body = Valid();
        body["description"] = new string('a', 2 * 1024 * 1024);

        await AssertProblem(await carer.PostAsync(MyRoute, Body(body), Ct), HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal(0, await CountAsync("information_request"));
    }

    [Fact]
    public async Task Someone_not_registered_gets_404()
    {
        await AssertProblem(await Carer(NewSubject()).PostAsync(MyRoute, Body(Valid()), Ct), HttpStatusCode.NotFound);
        Assert.Equal(0, await CountAsync("information_request"));
    }

    [Fact]
    public async Task Staff_cannot_ask_on_the_carers_route()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await Assessor().PostAsync(MyRoute, Body(Valid()), Ct)).StatusCode);
    }
}
