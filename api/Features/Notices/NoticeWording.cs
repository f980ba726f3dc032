using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Carers.Api.Domain;

namespace Carers.Api.Features.Notices;

/// <summary>
/// The words of every notice (decision 0037): one message file a language in Features/Notices/Messages, embedded in the
/// API, each with its review status (English is the council's own; the others are machine-assisted and await a qualified
/// translator). A carer whose preferred language has no file gets English with one line first, in their language where we
/// have it, saying how to ask for the message translated. Placeholders: {name} {date} {reasons} {amount} {partner} {reference}.
/// </summary>
public static partial class NoticeWording
{
    public const string ResourcePrefix = "Carers.Api.Features.Notices.Messages.";

    /// <summary>The languages notices are written in.</summary>
    public static IReadOnlyList<string> Languages => Files.Value.Keys.ToList();

    /// <summary>
    /// Kinds that carry a decision about the carer with its reasons: never by email to a carer who cannot use secure
    /// email (the noEncryptedEmail adjustment); they go by letter instead.
    /// </summary>
    public static bool IsSecure(NoticeKind kind) => kind is NoticeKind.AssessmentDecided or NoticeKind.GrantDeclined or NoticeKind.SupportPlanReady;

    private static readonly Lazy<Dictionary<string, MessageFile>> Files = new(() =>
        typeof(NoticeWording).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)
                && !n.EndsWith("ask-for-translation.json", StringComparison.Ordinal))
            .Select(n => Read<MessageFile>(n))
            .ToDictionary(f => f.Language, StringComparer.Ordinal));

    private static readonly Lazy<AskFile> Ask = new(() => Read<AskFile>(ResourcePrefix + "ask-for-translation.json"));

    public static MessageFile File(string language) => Files.Value[language];

    public static AskFile AskForTranslation => Ask.Value;

    /// <summary>The subject and body of one notice, and the language they are in.</summary>
    public static (string Language, string Subject, string Body) Render(NoticeKind kind, string preferredLanguage, bool easyRead, string givenName, NoticeValues values)
    {
        var translated = Files.Value.TryGetValue(preferredLanguage, out var file);
        file ??= Files.Value[LanguageCode.En.Code()];
        var wording = (easyRead ? file.EasyRead : file.Standard)[kind.Code()];
        string Fill(string text) => Placeholder().Replace(text, m => Value(m.Groups[1].Value, file, givenName, values, kind));

        var body = $"{Fill(file.Greeting)}\n\n{Fill(wording.Body)}\n\n{file.SignOff}";
        if (!translated && preferredLanguage != LanguageCode.En.Code())
        {
            // English, with one line first that the carer can read: how to ask for it in their language.
            var line = Ask.Value.Lines.GetValueOrDefault(preferredLanguage) ?? Ask.Value.English;
            body = $"{line}\n\n{body}";
        }

        return (file.Language, Fill(wording.Subject), body);
    }

    private static string Value(string name, MessageFile file, string givenName, NoticeValues values, NoticeKind kind)
    {
        string? value = name switch
        {
            "name" => givenName,
            "date" => values.Date is { } d ? $"{d.Day} {file.Months[d.Month - 1]} {d.Year}" : null,
            "reasons" => values.Reasons,
            "amount" => values.AmountPence is { } p ? "£" + (p / 100m).ToString(p % 100 == 0 ? "#,0" : "#,0.00", CultureInfo.InvariantCulture) : null,
            "partner" => values.Partner,
            "reference" => values.Reference,
            _ => null,
        };
        // A kind's wording names a fact its use case did not give: a bug in that use case, caught by its test.
        return value ?? throw new InvalidOperationException($"The {kind.Code()} notice needs a value for {{{name}}}.");
    }

    private static T Read<T>(string resource)
    {
        using var stream = typeof(NoticeWording).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded message file {resource} is missing.");
        return JsonSerializer.Deserialize<T>(stream, JsonOptions) ?? throw new InvalidOperationException($"The message file {resource} is empty.");
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();

    public sealed record Wording(string Subject, string Body);

    public sealed record MessageFile(
        string Language,
        string Name,
        string ReviewStatus,
        string ReviewNote,
        string[] Months,
        string Greeting,
        string SignOff,
        Dictionary<string, Wording> Standard,
        Dictionary<string, Wording> EasyRead);

    public sealed record AskFile(string ReviewStatus, string ReviewNote, string English, Dictionary<string, string> Lines);
}
