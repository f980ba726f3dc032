using Carers.Api.Features.Notices;

namespace Carers.Api.Tests.Notices;

/// <summary>Which channel, format and address a notice takes, from the record (decision 0037): one rule each.</summary>
public sealed class NoticeRoutingTests
{
    private static NoticeRecipient Carer(string channel, string? email = null, string? phone = null, string? address = null, params string[] adjustments) => new()
    {
        GivenName = "Amara", FamilyName = "Testcarer", Email = email, Phone = phone, AddressLine1 = address, Town = address is null ? null : "Luton",
        Postcode = "LU1 3AB", PreferredContactChannel = channel, ReasonableAdjustments = adjustments,
    };

    [Fact]
    public void Email_goes_by_email_when_they_chose_it_and_gave_an_address()
    {
        var route = NoticeRouting.Decide(Carer("email", email: "a@example.com", address: "1 Test Street"), secure: false);
        Assert.Equal((NoticeChannel.Email, "a@example.com", NoticeFormat.Standard), (route.Channel!.Value, route.Recipient, route.Format));
    }

    [Fact]
    public void A_carer_who_cannot_use_secure_email_gets_a_decision_with_reasons_by_letter_and_other_notices_by_email()
    {
        var carer = Carer("email", email: "a@example.com", address: "1 Test Street", adjustments: ["noEncryptedEmail"]);

        Assert.Equal(NoticeChannel.Letter, NoticeRouting.Decide(carer, secure: true).Channel);
        Assert.Equal(NoticeChannel.Email, NoticeRouting.Decide(carer, secure: false).Channel);
        Assert.True(NoticeWording.IsSecure(NoticeKind.AssessmentDecided));
        Assert.True(NoticeWording.IsSecure(NoticeKind.GrantDeclined));
        Assert.False(NoticeWording.IsSecure(NoticeKind.BreakConfirmed));
    }

    [Theory]
    [InlineData("text", "07700 900123", NoticeChannel.Sms)]
    [InlineData("text", "+44 7700 900123", NoticeChannel.Sms)]
    [InlineData("phone", "07700 900123", NoticeChannel.Sms)]
    [InlineData("phone", "01582 123456", NoticeChannel.Letter)]
    [InlineData("text", "01582 123456", NoticeChannel.Letter)]
    public void Text_and_phone_go_by_text_message_to_a_mobile_and_otherwise_by_letter(string channel, string phone, NoticeChannel expected) =>
        Assert.Equal(expected, NoticeRouting.Decide(Carer(channel, phone: phone, address: "1 Test Street"), secure: false).Channel);

    [Fact]
    public void Post_goes_by_letter_with_the_name_address_and_postcode_as_its_lines()
    {
        var route = NoticeRouting.Decide(Carer("post", email: "a@example.com", address: "1 Test Street"), secure: false);
        Assert.Equal(NoticeChannel.Letter, route.Channel);
        Assert.Equal(["Amara Testcarer", "1 Test Street", "Luton", "LU1 3AB"], route.AddressLines!);
    }

    [Fact]
    public void Large_print_is_a_letter_format_and_easy_read_changes_the_words_on_every_channel()
    {
        Assert.Equal(NoticeFormat.LargePrint, NoticeRouting.Decide(Carer("post", address: "1 Test Street", adjustments: ["largePrint"]), false).Format);
        var email = NoticeRouting.Decide(Carer("email", email: "a@example.com", adjustments: ["largePrint", "easyRead"]), false);
        Assert.Equal((NoticeChannel.Email, NoticeFormat.EasyRead, true), (email.Channel!.Value, email.Format, email.EasyRead));
    }

    [Fact]
    public void A_preferred_channel_the_record_cannot_serve_falls_back_to_a_letter_then_a_text_then_an_email()
    {
        Assert.Equal(NoticeChannel.Letter, NoticeRouting.Decide(Carer("email", address: "1 Test Street", phone: "07700 900123"), false).Channel);
        Assert.Equal(NoticeChannel.Sms, NoticeRouting.Decide(Carer("post", phone: "07700 900123", email: "a@example.com"), false).Channel);
        Assert.Equal(NoticeChannel.Email, NoticeRouting.Decide(Carer("post", email: "a@example.com"), false).Channel);
    }

    [Fact]
    public void With_no_usable_address_of_any_kind_the_notice_is_undeliverable_with_the_reason()
    {
        var route = NoticeRouting.Decide(Carer("phone", phone: "01582 123456", email: "a@example.com", adjustments: ["noEncryptedEmail"]), secure: true);
        Assert.Null(route.Channel);
        Assert.Equal(NoticeRouting.NoAddress, route.Undeliverable);
    }
}
