using System.Net;
using Carers.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Carers.Api.Tests.Notices;

/// <summary>
/// Notices go through the local GOV.UK Notify server with the official client, once each, in the carer's channel, format
/// and language; an outage delays them and loses none; a lost answer never makes a second message (decision 0037).
/// </summary>
public sealed class NoticeDispatcherTests(ApiFixture api) : NoticeSendingTest(api)
{
    [Fact]
    public async Task Registering_sends_one_email_through_Notify_with_the_notice_id_as_its_reference()
    {
        var carerId = await RegisterCarerAsync(NewSubject());

        Assert.True(await DispatchAsync() >= 1);
        Assert.Equal(0, await DispatchAsync());

        var notice = Assert.Single(await NoticesOfAsync(carerId));
        Assert.Equal(("registrationReceived", "email", "sent", "en"), (notice.kind, notice.channel, notice.status, notice.language));
        var sent = Assert.Single(await Notify.ReceivedForAsync(notice.id, Ct));
        Assert.Equal(("email", "amara@example.com", LocalNotify.EmailTemplate), (sent["type"]!.GetValue<string>(), sent["to"]!.GetValue<string>(),
            sent["template_id"]!.GetValue<string>()));
        Assert.Equal(notice.subject, sent["subject"]!.GetValue<string>());
        Assert.StartsWith("Dear Amara,", sent["body"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(Guid.Parse(sent["id"]!.GetValue<string>()), notice.notify_id);
    }

    [Fact]
    public async Task A_carer_who_prefers_Urdu_gets_the_Urdu_wording_marked_as_Urdu()
    {
        var carerId = await RegisterCarerAsync(NewSubject(), language: "ur");
        await DispatchAsync();

        var notice = Assert.Single(await NoticesOfAsync(carerId));
        Assert.Equal(("ur", "sent"), (notice.language, notice.status));
        Assert.Equal("ہمیں آپ کی بطور نگہداشت کنندہ رجسٹریشن مل گئی ہے", notice.subject);
        Assert.StartsWith("محترم Amara،", notice.body, StringComparison.Ordinal);
        Assert.Equal(notice.body, Assert.Single(await Notify.ReceivedForAsync(notice.id, Ct))["body"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_language_with_no_translation_gets_English_with_a_first_line_in_their_language_on_asking_for_it()
    {
        var arabic = await RegisterCarerAsync(NewSubject(), language: "ar");
        var japanese = await RegisterCarerAsync(NewSubject(), language: "ja");

        var ar = Assert.Single(await NoticesOfAsync(arabic));
        var ja = Assert.Single(await NoticesOfAsync(japanese));
        Assert.Equal(("en", "We have your registration as a carer"), (ar.language, ar.subject));
        Assert.StartsWith("إذا كنت تريد هذه الرسالة بلغتك، يرجى الاتصال بالرقم 01582 546000.\n\nDear Amara,", ar.body, StringComparison.Ordinal);
        Assert.StartsWith("If you would like this message in your language, please call 01582 546000.\n\nDear Amara,", ja.body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Large_print_goes_as_a_letter_on_the_large_print_template_and_easy_read_has_easy_read_words()
    {
        var carerId = await RegisterCarerAsync(NewSubject(), channel: "post", adjustments: ["largePrint", "easyRead"], email: null, addressLine1: "1 Test Street");
        await DispatchAsync();

        var notice = Assert.Single(await NoticesOfAsync(carerId));
        Assert.Equal(("letter", "largePrintEasyRead", "sent"), (notice.channel, notice.format, notice.status));
        Assert.Equal(["Amara Testcarer", "1 Test Street", "Luton", "LU1 3AB"], notice.address_lines!);
        Assert.Equal("You are registered as a carer", notice.subject);
        var sent = Assert.Single(await Notify.ReceivedForAsync(notice.id, Ct));
        Assert.Equal(("letter", LocalNotify.LargePrintLetterTemplate), (sent["type"]!.GetValue<string>(), sent["template_id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_text_message_goes_to_a_mobile_and_a_landline_carer_who_prefers_the_phone_gets_a_letter()
    {
        var texted = await RegisterCarerAsync(NewSubject(), channel: "phone", email: null, phone: "07700 900123");
        var landline = await RegisterCarerAsync(NewSubject(), channel: "phone", email: null, phone: "01582 123456", addressLine1: "2 Test Street");
        await DispatchAsync();

        Assert.Equal(("sms", "07700 900123", "sent"), Single(await NoticesOfAsync(texted)));
        Assert.Equal(("letter", null, "sent"), Single(await NoticesOfAsync(landline)));

        static (string?, string?, string) Single(List<StoredNotice> rows) => (rows.Single().channel, rows.Single().recipient, rows.Single().status);
    }

    [Fact]
    public async Task A_carer_with_no_address_at_all_has_the_notice_recorded_as_undeliverable_with_the_reason_and_nothing_is_sent()
    {
        var carerId = await RegisterCarerAsync(NewSubject(), channel: "phone", email: null, phone: "01582 123456");
        var before = (await Notify.ReceivedAsync(Ct)).Count;

        await DispatchAsync();

        var notice = Assert.Single(await NoticesOfAsync(carerId));
        Assert.Equal(("undeliverable", null), (notice.status, notice.channel));
        Assert.Contains("no postal address, mobile number or email address", notice.failure_reason, StringComparison.Ordinal);
        Assert.Equal(before, (await Notify.ReceivedAsync(Ct)).Count);
    }

    [Fact]
    public async Task A_Notify_outage_delays_the_notice_and_it_is_sent_once_when_Notify_is_back()
    {
        await Notify.OutageAsync(true, Ct);
        var carerId = await RegisterCarerAsync(NewSubject());
        try
        {
            await DispatchAsync();
            await DispatchAsync();
        }
        finally
        {
            await Notify.OutageAsync(false, Ct);
        }

        var waiting = Assert.Single(await NoticesOfAsync(carerId));
        Assert.Equal(("queued", 2), (waiting.status, waiting.attempts));
        Assert.Equal("GOV.UK Notify answered 500.", waiting.last_error);
        Assert.Empty(await Notify.ReceivedForAsync(waiting.id, Ct));

        await DispatchAsync();

        var sent = Assert.Single(await NoticesOfAsync(carerId));
        Assert.Equal("sent", sent.status);
        Assert.Single(await Notify.ReceivedForAsync(sent.id, Ct));
    }

    [Fact]
    public async Task A_Notify_that_cannot_be_reached_at_all_delays_the_notice_and_loses_nothing()
    {
        var unreachable = new Dictionary<string, string?>(Notify.ApiSettings) { ["Notify:BaseUrl"] = "http://127.0.0.1:1/" };
        var factory = Api.KeptFactory(unreachable);
        var carerId = await RegisterCarerAsync(NewSubject());

        await factory.Services.GetRequiredService<global::Carers.Api.Features.Notices.NoticeDispatcher>().DispatchBatchAsync(Ct);

        var waiting = Assert.Single(await NoticesOfAsync(carerId));
        Assert.Equal("queued", waiting.status);
        Assert.StartsWith("No answer from GOV.UK Notify", waiting.last_error, StringComparison.Ordinal);
        await DispatchAsync();
        Assert.Equal("sent", Assert.Single(await NoticesOfAsync(carerId)).status);
    }

    [Fact]
    public async Task An_answer_lost_after_Notify_recorded_the_message_is_looked_up_by_reference_and_never_sent_twice()
    {
        var carerId = await RegisterCarerAsync(NewSubject());
        await Notify.AnswerDelayAsync(2500, Ct);
        try
        {
            await DispatchAsync();
        }
        finally
        {
            await Notify.AnswerDelayAsync(0, Ct);
        }

        var waiting = Assert.Single(await NoticesOfAsync(carerId));
        Assert.Equal("queued", waiting.status);
        var recorded = Assert.Single(await Notify.ReceivedForAsync(waiting.id, Ct));

        await DispatchAsync();

        var sent = Assert.Single(await NoticesOfAsync(carerId));
        Assert.Equal(("sent", Guid.Parse(recorded["id"]!.GetValue<string>())), (sent.status, sent.notify_id!.Value));
        Assert.Single(await Notify.ReceivedForAsync(sent.id, Ct));
    }

    [Fact]
    public async Task The_local_Notify_server_refuses_a_token_not_signed_with_the_key_and_lists_what_it_received_on_an_accessible_page()
    {
        using var stranger = new HttpClient();
        stranger.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "e30.e30.c2lnbmF0dXJl");
        var refused = await stranger.PostAsync($"{Notify.Url}v2/notifications/email", Json("""{"email_address":"a@example.com","template_id":"f0c2a4a6-0e5e-4d4f-9a43-6f2d8f4f0001"}"""), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        await RegisterCarerAsync(NewSubject());
        await DispatchAsync();
        var page = await Notify.GetAsync("/", Ct);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Subject</th>", html, StringComparison.Ordinal);
        Assert.Contains("We have your registration as a carer", html, StringComparison.Ordinal);
    }
}
