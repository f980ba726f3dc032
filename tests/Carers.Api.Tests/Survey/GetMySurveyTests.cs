using System.Net;
using Carers.Api.Tests.Infrastructure;
using static Carers.Api.Tests.Survey.SurveyRequests;

namespace Carers.Api.Tests.Survey;

/// <summary>A carer reads whether the survey is open and whether they have answered it; never their answers.</summary>
public sealed class GetMySurveyTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task With_no_year_open_the_survey_is_not_offered()
    {
        var carer = Carer(NewSubject());
        await RegisterAsync(carer);

        var survey = await ReadJson(await carer.GetAsync(MyRoute, Ct));

        Assert.False(survey["open"]!.GetValue<bool>());
        Assert.False(survey["answered"]!.GetValue<bool>());
        Assert.Null(survey["financialYear"]);
    }

    [Fact]
    public async Task An_open_year_is_offered_until_the_carer_answers_and_the_answers_are_never_given_back()
    {
        await Manager().OpenAsync(Ct);
        var carer = Carer(NewSubject());
        await RegisterAsync(carer);

        var before = await ReadJson(await carer.GetAsync(MyRoute, Ct));
        await carer.AnswerAsync(Answers(), Ct);
        var response = await carer.GetAsync(MyRoute, Ct);
        var after = await ReadJson(response);

        Assert.Equal((true, false, ThisYear), (before["open"]!.GetValue<bool>(), before["answered"]!.GetValue<bool>(), before["financialYear"]!.GetValue<int>()));
        Assert.Equal(EndOfThisYear.ToString("yyyy-MM-dd"), before["closesOn"]!.GetValue<string>());
        Assert.True(after["answered"]!.GetValue<bool>());
        Assert.Equal(["answered", "closesOn", "financialYear", "label", "open"], after.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Another_carers_answer_does_not_count_as_yours()
    {
        await Manager().OpenAsync(Ct);
        var other = Carer(NewSubject());
        await RegisterAsync(other);
        await other.AnswerAsync(Answers(), Ct);
        var carer = Carer(NewSubject());
        await RegisterAsync(carer, ValidRegistration(givenName: "Bea"));

        Assert.False((await ReadJson(await carer.GetAsync(MyRoute, Ct)))["answered"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Someone_not_registered_gets_404_and_staff_are_refused()
    {
        await AssertProblem(await Carer(NewSubject()).GetAsync(MyRoute, Ct), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, (await Manager().GetAsync(MyRoute, Ct)).StatusCode);
    }
}
