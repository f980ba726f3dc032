using System.Text.RegularExpressions;
using Carers.Api.Domain;
using Carers.Api.Features.Notices;

namespace Carers.Api.Tests.Notices;

/// <summary>The message files (decision 0037): every kind in every language and format, the same placeholders, their review status.</summary>
public sealed partial class NoticeWordingTests
{
    public static TheoryData<string> Languages
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var language in NoticeWording.Languages) data.Add(language);
            return data;
        }
    }

    [Fact]
    public void Notices_are_written_in_English_and_Lutons_five_most_spoken_other_languages()
    {
        Assert.Equal(["bn", "en", "pa", "pl", "ro", "ur"], NoticeWording.Languages.Order());
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_kind_has_standard_and_easy_read_words_with_the_placeholders_of_the_English(string language)
    {
        var english = NoticeWording.File("en");
        var file = NoticeWording.File(language);
        Assert.Equal(12, file.Months.Length);
        foreach (var kind in Enum.GetValues<NoticeKind>().Select(k => k.Code()))
        {
            foreach (var (words, englishWords) in new[] { (file.Standard, english.Standard), (file.EasyRead, english.EasyRead) })
            {
                Assert.True(words.ContainsKey(kind), $"{language}: {kind} is missing");
                Assert.Equal(Placeholders(englishWords[kind].Subject + englishWords[kind].Body), Placeholders(words[kind].Subject + words[kind].Body));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Machine_assisted_translations_say_they_await_a_qualified_translator(string language)
    {
        var file = NoticeWording.File(language);
        Assert.Equal(language == "en" ? "approved" : "awaitingReview", file.ReviewStatus);
        Assert.Equal("awaitingReview", NoticeWording.AskForTranslation.ReviewStatus);
    }

    [Fact]
    public void Every_kind_renders_with_the_facts_its_use_case_gives_and_no_placeholder_left()
    {
        var values = new NoticeValues { Date = new DateOnly(2027, 3, 14), Reasons = "Reasons.", AmountPence = 25050, Partner = "CHUMS", Reference = "R1" };
        foreach (var language in NoticeWording.Languages)
        {
            foreach (var kind in Enum.GetValues<NoticeKind>())
            {
                var (_, subject, body) = NoticeWording.Render(kind, language, easyRead: false, "Amara", values);
                Assert.DoesNotMatch(Placeholder(), subject + body);
            }
        }

        Assert.Contains("£250.50", NoticeWording.Render(NoticeKind.GrantApproved, "en", false, "Amara", values).Body, StringComparison.Ordinal);
        Assert.Contains("14 marca 2027", NoticeWording.Render(NoticeKind.AssessmentScheduled, "pl", false, "Amara", values).Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kind_rendered_without_a_fact_its_words_need_is_a_bug_that_fails_loudly()
    {
        Assert.Throws<InvalidOperationException>(() => NoticeWording.Render(NoticeKind.AssessmentScheduled, "en", false, "Amara", NoticeValues.None));
    }

    private static string[] Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).Distinct().Order().ToArray();

    [GeneratedRegex(@"\{\w+\}")]
    private static partial Regex Placeholder();
}
