using Carers.Api.Domain;
using Dapper;
using Npgsql;

namespace Carers.Api.Features.Notices;

/// <summary>
/// The one way a notice to a carer is made (decision 0037). A use case calls <see cref="QueueAsync"/> inside its own
/// transaction, so the notice exists exactly when the change it tells of does; the dispatcher sends it later. The
/// channel, format and language are decided here, from the record as it is now, and the wording is rendered now, so
/// the carer's list shows what was sent even if the record changes later.
/// </summary>
public static class CarerNotices
{
    private const string CarerSql = """
        SELECT given_name, family_name, email, phone, address_line1, address_line2, town, postcode, preferred_language,
               preferred_contact_channel, reasonable_adjustments, anonymised_at IS NOT NULL AS anonymised
        FROM carer WHERE id = @CarerId
        """;

    // The same event (kind and source) never makes a second notice, however often the code that queues it runs.
    private const string InsertSql = """
        INSERT INTO carer_notice (id, carer_id, kind, source_key, channel, format, language, recipient, address_lines, subject, body, status, failure_reason)
        VALUES (@Id, @CarerId, @Kind, @SourceKey, @Channel, @Format, @Language, @Recipient, @AddressLines, @Subject, @Body, @Status, @FailureReason)
        ON CONFLICT (kind, source_key) DO NOTHING
        """;

    /// <summary>
    /// Queues one notice of <paramref name="kind"/> about the event <paramref name="sourceKey"/> (say, "assessment:{id}")
    /// for the carer, in the caller's transaction. Returns false when the event already has its notice, or the record
    /// is anonymised (nobody to tell).
    /// </summary>
    public static async Task<bool> QueueAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid carerId, NoticeKind kind, string sourceKey,
        NoticeValues values, CancellationToken cancellationToken)
    {
        var carer = await connection.QuerySingleOrDefaultAsync<NoticeRecipient>(
            new CommandDefinition(CarerSql, new { CarerId = carerId }, transaction, cancellationToken: cancellationToken));
        if (carer is null || carer.Anonymised) return false;

        var route = NoticeRouting.Decide(carer, NoticeWording.IsSecure(kind));
        var text = NoticeWording.Render(kind, carer.PreferredLanguage, route.EasyRead, carer.GivenName, values);
        var rows = await connection.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            Id = Guid.CreateVersion7(),
            CarerId = carerId,
            Kind = kind.Code(),
            SourceKey = sourceKey,
            Channel = route.Channel?.Code(),
            Format = route.Format.Code(),
            text.Language,
            route.Recipient,
            route.AddressLines,
            text.Subject,
            text.Body,
            Status = (route.Channel is null ? NoticeStatus.Undeliverable : NoticeStatus.Queued).Code(),
            FailureReason = route.Channel is null ? route.Undeliverable : null,
        }, transaction, cancellationToken: cancellationToken));
        return rows == 1;
    }
}

/// <summary>What the record says about how to reach a carer.</summary>
public sealed record NoticeRecipient
{
    public string GivenName { get; init; } = "";
    public string FamilyName { get; init; } = "";
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? AddressLine1 { get; init; }
    public string? AddressLine2 { get; init; }
    public string? Town { get; init; }
    public string Postcode { get; init; } = "";
    public string PreferredLanguage { get; init; } = "en";
    public string PreferredContactChannel { get; init; } = "";
    public string[] ReasonableAdjustments { get; init; } = [];
    public bool Anonymised { get; init; }
}

/// <summary>How one notice goes: the channel (null: nowhere), the format, and where to.</summary>
public sealed record NoticeRoute(NoticeChannel? Channel, NoticeFormat Format, bool EasyRead, string? Recipient, string[]? AddressLines, string? Undeliverable);

/// <summary>
/// The rules of decision 0037, as one pure function: the carer's preferred channel when the record lets us use it, else
/// a letter, else a text message, else an email, else nothing (recorded as undeliverable with the reason).
/// </summary>
public static class NoticeRouting
{
    public const string NoAddress = "The record has no postal address, mobile number or email address this notice can go to. Add one, then ask the carer how they would like to hear from us.";

    public static NoticeRoute Decide(NoticeRecipient carer, bool secure)
    {
        var adjustments = carer.ReasonableAdjustments;
        var easyRead = adjustments.Contains(ReasonableAdjustment.EasyRead.Code());
        var largePrint = adjustments.Contains(ReasonableAdjustment.LargePrint.Code());
        // The Ombudsman's case: a carer who cannot use secure (encrypted) email is never sent anything that would need it.
        var emailUsable = !string.IsNullOrWhiteSpace(carer.Email) && !(secure && adjustments.Contains(ReasonableAdjustment.NoEncryptedEmail.Code()));
        var mobile = Mobile(carer.Phone);
        var letter = Letter(carer);

        NoticeChannel? Preferred() => carer.PreferredContactChannel switch
        {
            "email" when emailUsable => NoticeChannel.Email,
            "text" or "phone" when mobile is not null => NoticeChannel.Sms,
            "post" when letter is not null => NoticeChannel.Letter,
            _ => null,
        };

        var channel = Preferred()
            ?? (letter is not null ? NoticeChannel.Letter : mobile is not null ? NoticeChannel.Sms : emailUsable ? NoticeChannel.Email : (NoticeChannel?)null);
        var format = (channel is NoticeChannel.Letter or null) && largePrint
            ? (easyRead ? NoticeFormat.LargePrintEasyRead : NoticeFormat.LargePrint)
            : easyRead ? NoticeFormat.EasyRead : NoticeFormat.Standard;
        return channel switch
        {
            NoticeChannel.Email => new NoticeRoute(channel, format, easyRead, carer.Email!.Trim(), null, null),
            NoticeChannel.Sms => new NoticeRoute(channel, format, easyRead, mobile, null, null),
            NoticeChannel.Letter => new NoticeRoute(channel, format, easyRead, null, letter, null),
            _ => new NoticeRoute(null, format, easyRead, null, null, NoAddress),
        };
    }

    /// <summary>A UK mobile number (07… or +447…), as written on the record; null for a landline or none.</summary>
    public static string? Mobile(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone)) return null;
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        return (digits.Length == 11 && digits.StartsWith("07", StringComparison.Ordinal))
            || (digits.Length == 12 && digits.StartsWith("447", StringComparison.Ordinal)) ? phone.Trim() : null;
    }

    /// <summary>The letter's address lines (GOV.UK Notify: 3 to 7, the last a postcode); null without a first address line.</summary>
    public static string[]? Letter(NoticeRecipient carer)
    {
        if (string.IsNullOrWhiteSpace(carer.AddressLine1)) return null;
        return new[] { $"{carer.GivenName} {carer.FamilyName}", carer.AddressLine1, carer.AddressLine2, carer.Town, carer.Postcode }
            .Where(line => !string.IsNullOrWhiteSpace(line)).Select(line => line!.Trim()).ToArray();
    }
}
