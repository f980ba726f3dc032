using System.Net;
using Carers.Api.Tests.Infrastructure;
using static Carers.Api.Tests.InformationRequests.InformationRequestsRequests;

namespace Carers.Api.Tests.InformationRequests;

/// <summary>Before asking, a carer reads the format their record suggests and the languages on offer.</summary>
public sealed class GetMyInformationDefaultsTests(ApiFixture api) : ApiTest(api)
{
    [Theory]
    [InlineData("en", new[] { "easyRead" }, "easyRead", null, "reasonableAdjustments")]
    [InlineData("bn", new[] { "interpreter" }, "anotherLanguage", "bn", "preferredLanguage")]
    public async Task The_record_suggests_a_format(string preferredLanguage, string[] adjustments, string format, string? language, string source)
    {
        var carer = Carer(NewSubject());
        await carer.RegisterWithAsync(Registration(preferredLanguage, adjustments), Ct);

        var defaults = await ReadJson(await carer.GetAsync($"{MyRoute}/defaults", Ct));

        Assert.Equal((format, language, source), (defaults["format"]!.GetValue<string>(), defaults["language"]?.GetValue<string>(), defaults["source"]!.GetValue<string>()));
        Assert.Contains(defaults["languages"]!.AsArray(), l => l!["code"]!.GetValue<string>() == "ur" && l["name"]!.GetValue<string>() == "Urdu");
    }

    [Fact]
    public async Task An_English_speaker_with_no_format_adjustment_gets_no_suggestion()
    {
        var carer = Carer(NewSubject());
        await carer.RegisterWithAsync(Registration("en", "noEncryptedEmail"), Ct);

        var defaults = await ReadJson(await carer.GetAsync($"{MyRoute}/defaults", Ct));

        Assert.Null(defaults["format"]);
        Assert.Null(defaults["source"]);
    }

    [Fact]
    public async Task Someone_not_registered_gets_404_and_staff_403()
    {
        await AssertProblem(await Carer(NewSubject()).GetAsync($"{MyRoute}/defaults", Ct), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, (await Assessor().GetAsync($"{MyRoute}/defaults", Ct)).StatusCode);
    }
}
