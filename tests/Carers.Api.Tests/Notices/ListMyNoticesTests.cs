using System.Net;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Notices;

/// <summary>A carer reads every notice sent to them, newest first, a page at a time, and never another carer's.</summary>
public sealed class ListMyNoticesTests(ApiFixture api) : ApiTest(api)
{
    private const string Route = "/api/me/notices";

    [Fact]
    public async Task A_carer_sees_their_own_notices_with_the_words_as_sent_and_never_another_carers()
    {
        var amara = Carer(NewSubject());
        await RegisterAsync(amara);
        var other = Carer(NewSubject());
        await RegisterAsync(other, ValidRegistration(givenName: "Bilal"));

        var page = await ReadJson(await amara.GetAsync(Route, Ct));

        var notice = Assert.Single(page["items"]!.AsArray())!.AsObject();
        Assert.Equal(("registrationReceived", "email", "standard", "en", "queued"), (notice["kind"]!.GetValue<string>(), notice["channel"]!.GetValue<string>(),
            notice["format"]!.GetValue<string>(), notice["language"]!.GetValue<string>(), notice["status"]!.GetValue<string>()));
        Assert.StartsWith("Dear Amara,", notice["body"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(notice["sentAt"]);
        Assert.Null(page["nextCursor"]);
    }

    [Fact]
    public async Task Notices_come_a_page_at_a_time_newest_first()
    {
        var subject = NewSubject();
        var carer = Carer(subject);
        await RegisterAsync(carer);
        var carerId = await NoticeRows.CarerIdOfAsync(Api.ConnectionString, subject);
        await ScalarAsync<int>($"""
            INSERT INTO carer_notice (id, carer_id, kind, source_key, channel, format, language, recipient, subject, body, created_at)
            SELECT gen_random_uuid(), '{carerId}', 'reviewDue', 'test:' || g, 'email', 'standard', 'en', 'a@example.com', 'Review ' || g, 'Body', now() + g * interval '1 minute'
            FROM generate_series(1, 3) g RETURNING 1
            """);

        var first = await ReadJson(await carer.GetAsync($"{Route}?limit=2", Ct));
        var second = await ReadJson(await carer.GetAsync($"{Route}?limit=2&cursor={first["nextCursor"]!.GetValue<string>()}", Ct));

        Assert.Equal(["Review 3", "Review 2"], first["items"]!.AsArray().Select(n => n!["subject"]!.GetValue<string>()));
        Assert.Equal(["Review 1", "We have your registration as a carer"], second["items"]!.AsArray().Select(n => n!["subject"]!.GetValue<string>()));
        Assert.Null(second["nextCursor"]);
    }

    [Fact]
    public async Task Someone_not_registered_gets_404_staff_403_a_bad_cursor_400()
    {
        await AssertProblem(await Carer(NewSubject()).GetAsync(Route, Ct), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, (await Assessor().GetAsync(Route, Ct)).StatusCode);
        var carer = Carer(NewSubject());
        await RegisterAsync(carer);
        Assert.Equal(["cursor"], ErrorKeys(await AssertProblem(await carer.GetAsync($"{Route}?cursor=nonsense", Ct), HttpStatusCode.BadRequest)));
    }
}
