using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Dapper;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.ServiceDirectory;

/// <summary>
/// Who a service is for (docs/decisions/0014-service-directory.md). A service lists every group it
/// serves; one for everyone appears under every group.
/// adultCarers: carers 18 and over. youngCarers: young carers and young adult carers, 5 to 25.
/// parentCarers: parents of a disabled child. olderPeople: people 65 and over and those who look
/// after them. caredForPeople: the person who needs care, for themselves. everyone: anyone in Luton.
/// </summary>
public enum Audience { AdultCarers, YoungCarers, ParentCarers, OlderPeople, CaredForPeople, Everyone }

/// <summary>
/// The needs a service specialises in: the cared-for person's condition. The codes are the carer
/// record's mainNeed codes where they are the same thing, with autism and brainInjury added. A
/// general service lists none.
/// </summary>
public enum SupportNeed
{
    Dementia, MentalHealth, LearningDisability, Autism, PhysicalDisability, BrainInjury, SensoryImpairment, LongTermIllness, Frailty, SubstanceMisuse,
}

/// <summary>How a service can be reached at set times.</summary>
public enum ServiceChannel { Helpline, WebChat, DropIn, Office }

public enum Weekday { Monday = 1, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday }

/// <summary>One weekly opening: a day, and times in Europe/London local time (24-hour HH:mm; closes may be 24:00).</summary>
public sealed record OpeningSlot(Weekday? Day, [property: MaxLength(5)] string? Opens, [property: MaxLength(5)] string? Closes)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static OpeningSlot Example =>
        new(Weekday.Monday, "09:00", "17:00");
}

/// <summary>A channel's weekly openings, as given by a manager.</summary>
public sealed record ChannelHoursDetails(ServiceChannel? Channel, IReadOnlyCollection<OpeningSlot>? Slots)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static ChannelHoursDetails Example =>
        new(ServiceChannel.Helpline, [OpeningSlot.Example, new(Weekday.Wednesday, "09:00", "20:00"), new(Weekday.Friday, "09:00", "16:30")]);
}

/// <summary>What a manager writes about a service, to add it or to change it.</summary>
public sealed record DirectoryServiceDetails
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static DirectoryServiceDetails Example =>
        new()
        {
            Name = "Carers Central helpline and drop-in",
            Summary = "Advice, a listening ear and help with forms for anyone looking after a relative or friend in Luton. Drop in on Tuesdays; no appointment needed.",
            Audiences = [Audience.AdultCarers, Audience.ParentCarers],
            Needs = [SupportNeed.Dementia, SupportNeed.Frailty],
            Phone = "01632 960001",
            Website = "https://carers-central.example.org",
            Email = "help@carers-central.example.org",
            AddressLine1 = "Unit 4, Hart House Business Centre",
            AddressLine2 = "Kimpton Road",
            Town = "Luton",
            Postcode = "LU2 0LB",
            Languages = [LanguageCode.En, LanguageCode.Ur, LanguageCode.Pa],
            OpeningHours = [ChannelHoursDetails.Example, new(ServiceChannel.DropIn, [new(Weekday.Tuesday, "10:00", "14:00")])],
        };

    public string? Name { get; init; }
    /// <summary>What it offers, in plain English.</summary>
    public string? Summary { get; init; }
    /// <summary>Who it is for: at least one group.</summary>
    /// <example>["adultCarers", "parentCarers"]</example>
    public IReadOnlyCollection<Audience>? Audiences { get; init; }
    /// <summary>The needs it specialises in; none for a general service.</summary>
    public IReadOnlyCollection<SupportNeed>? Needs { get; init; }
    /// <example>01632 960001</example>
    public string? Phone { get; init; }
    /// <summary>An http or https address.</summary>
    /// <example>https://carers-central.example.org</example>
    public string? Website { get; init; }
    /// <example>help@carers-central.example.org</example>
    public string? Email { get; init; }
    public string? AddressLine1 { get; init; }
    public string? AddressLine2 { get; init; }
    public string? Town { get; init; }
    public string? Postcode { get; init; }
    /// <summary>Languages it offers help in (ISO 639-1), at least one.</summary>
    /// <example>["en", "ur", "pa"]</example>
    public IReadOnlyCollection<LanguageCode>? Languages { get; init; }
    /// <summary>Weekly openings per channel, each channel once; none for a service without set hours.</summary>
    public IReadOnlyCollection<ChannelHoursDetails>? OpeningHours { get; init; }
}

public sealed class OpeningSlotValidator : AbstractValidator<OpeningSlot>
{
    public OpeningSlotValidator()
    {
        RuleFor(x => x.Day).NotNull().WithMessage("Choose the day");
        RuleFor(x => x.Opens).NotEmpty().WithMessage("Enter the time it opens")
            .MaximumLength(5).Matches(OpeningRules.OpensPattern).WithMessage("Enter the time it opens as HH:mm in 24-hour time, like 09:30");
        RuleFor(x => x.Closes).NotEmpty().WithMessage("Enter the time it closes")
            .MaximumLength(5).Matches(OpeningRules.ClosesPattern).WithMessage("Enter the time it closes as HH:mm in 24-hour time, like 17:00")
            .Must((slot, closes) => OpeningRules.Minutes(slot.Opens) is not { } opens || opens >= 1440 || OpeningRules.Minutes(closes) > opens)
            .WithMessage("The closing time must be after the opening time");
    }
}

public sealed class ChannelHoursDetailsValidator : AbstractValidator<ChannelHoursDetails>
{
    public const int MaxSlots = 28;

    public ChannelHoursDetailsValidator()
    {
        RuleFor(x => x.Channel).NotNull().WithMessage("Choose the channel: helpline, webChat, dropIn or office");
        RuleFor(x => x.Slots).NotEmpty().WithMessage("Give at least one opening for this channel").MaxItems(MaxSlots)
            .WithMessage($"Give at most {MaxSlots} openings a channel")
            .Must(OpeningRules.NoOverlaps).WithMessage("Openings on the same day must not overlap");
        RuleForEach(x => x.Slots).SetValidator(new OpeningSlotValidator());
    }
}

public sealed class DirectoryServiceDetailsValidator : AbstractValidator<DirectoryServiceDetails>
{
    public const int MaxLanguages = 20;

    public DirectoryServiceDetailsValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the service's name").MaximumLength(200)
            .Matches(TextRules.AddressPattern).WithMessage("The name must be 200 characters or fewer and only include letters, numbers and , . ' / & # ( ) -");
        RuleFor(x => x.Summary).NotEmpty().WithMessage("Say what the service offers").MaximumLength(1000)
            .Matches(TextRules.FreeTextPattern).WithMessage("This must be 1,000 characters or fewer, without < > or control characters");
        RuleFor(x => x.Audiences).NotEmpty().WithMessage("Choose who the service is for").MaxItems(Enum.GetValues<Audience>().Length)
            .Must(Distinct).WithMessage("Choose each group once");
        RuleFor(x => x.Needs).MaxItems(Enum.GetValues<SupportNeed>().Length).Must(Distinct).WithMessage("Choose each need once");
        RuleFor(x => x.Phone).MaximumLength(20).Matches(TextRules.PhonePattern).WithMessage("Enter a telephone number, like 01632 960000");
        RuleFor(x => x.Website).MaximumLength(300).WithMessage("The web address must be 300 characters or fewer")
            .Matches(OpeningRules.WebsitePattern).WithMessage("Enter a web address starting http:// or https://, like https://www.example.org").Must(OpeningRules.IsWebAddress)
            .WithMessage("Enter a web address starting http:// or https://, like https://www.example.org");
        RuleFor(x => x.Email).MaximumLength(254).EmailAddress().WithMessage("Enter an email address in the correct format, like help@example.org");
        RuleFor(x => x.AddressLine1).MaximumLength(100).Matches(TextRules.AddressPattern).WithMessage("Address line 1 must only include letters, numbers and , . ' / & # ( ) -");
        RuleFor(x => x.AddressLine2).MaximumLength(100).Matches(TextRules.AddressPattern).WithMessage("Address line 2 must only include letters, numbers and , . ' / & # ( ) -");
        RuleFor(x => x.Town).MaximumLength(60).Matches(TextRules.NamePattern).WithMessage("Town must only include letters, spaces, hyphens and apostrophes");
        RuleFor(x => x.Postcode).MaximumLength(10).Must(p => string.IsNullOrWhiteSpace(p) || Domain.Postcode.IsValid(p)).WithMessage("Enter a real postcode, like LU1 2AB");
        RuleFor(x => x.Languages).NotEmpty().WithMessage("Choose the languages it offers help in, at least one").MaxItems(MaxLanguages)
            .WithMessage($"Choose at most {MaxLanguages} languages").Must(Distinct).WithMessage("Choose each language once");
        RuleFor(x => x.OpeningHours).MaxItems(Enum.GetValues<ServiceChannel>().Length)
            .Must(h => h is null || h.Where(c => c.Channel is not null).Select(c => c.Channel).Distinct().Count() == h.Count(c => c.Channel is not null))
            .WithMessage("Give each channel's openings once");
        RuleForEach(x => x.OpeningHours).SetValidator(new ChannelHoursDetailsValidator());
        RuleFor(x => x.Phone).NotEmpty().When(x => string.IsNullOrWhiteSpace(x.Website) && string.IsNullOrWhiteSpace(x.Email) && string.IsNullOrWhiteSpace(x.AddressLine1))
            .WithMessage("Give at least one way to reach the service: a telephone number, web address, email or address");
    }

    private static bool Distinct<T>(IReadOnlyCollection<T>? list) => list is null || list.Distinct().Count() == list.Count;
}

/// <summary>A channel's weekly openings, and whether it is open now.</summary>
public sealed record ChannelHours(ServiceChannel Channel, bool OpenNow, [property: MaxLength(ChannelHoursDetailsValidator.MaxSlots)] IReadOnlyList<OpeningSlot> Slots)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static ChannelHours Example =>
        new(ServiceChannel.Helpline, true, ChannelHoursDetails.Example.Slots!.ToList());
}

/// <summary>An entry in the directory of local services. openNow (any channel open) is computed in Europe/London time when answering.</summary>
public sealed record DirectoryService(
    Guid Id,
    [property: MaxLength(200)] string Name,
    [property: MaxLength(1000)] string Summary,
    [property: MaxLength(6)] IReadOnlyList<Audience> Audiences,
    [property: MaxLength(10)] IReadOnlyList<SupportNeed> Needs,
    [property: MaxLength(20)] string? Phone,
    [property: MaxLength(300)] string? Website,
    [property: MaxLength(254)] string? Email,
    [property: MaxLength(100)] string? AddressLine1,
    [property: MaxLength(100)] string? AddressLine2,
    [property: MaxLength(60)] string? Town,
    [property: MaxLength(10)] string? Postcode,
    [property: MaxLength(DirectoryServiceDetailsValidator.MaxLanguages)] IReadOnlyList<LanguageCode> Languages,
    bool OpenNow,
    [property: MaxLength(4)] IReadOnlyList<ChannelHours> OpeningHours)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static DirectoryService Example =>
        new(
            Guid.Parse("4c3b2a19-0f8e-47d6-a5c4-b3a291807f6e"),
            DirectoryServiceDetails.Example.Name!,
            DirectoryServiceDetails.Example.Summary!,
            [Audience.AdultCarers, Audience.ParentCarers],
            [SupportNeed.Dementia, SupportNeed.Frailty],
            "01632 960001",
            "https://carers-central.example.org",
            "help@carers-central.example.org",
            "Unit 4, Hart House Business Centre",
            "Kimpton Road",
            "Luton",
            "LU2 0LB",
            [LanguageCode.En, LanguageCode.Ur, LanguageCode.Pa],
            OpenNow: true,
            [ChannelHours.Example, new(ServiceChannel.DropIn, false, [new(Weekday.Tuesday, "10:00", "14:00")])]);
}

/// <summary>Structured opening hours and the open-now rule, in Europe/London local time whatever the server's zone.</summary>
public static partial class OpeningRules
{
    public const string OpensPattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$";
    public const string ClosesPattern = "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$";
    public const string WebsitePattern = @"^https?://[^\s<>""]+$";

    public static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>"09:30" → 570; "24:00" → 1440; anything else → null.</summary>
    public static int? Minutes(string? hhmm) =>
        hhmm is not null && Time().Match(hhmm) is { Success: true } m && int.Parse(m.Groups[1].Value) * 60 + int.Parse(m.Groups[2].Value) is var t && t <= 1440 ? t : null;

    public static string Format(int minutes) => $"{minutes / 60:00}:{minutes % 60:00}";

    /// <summary>Today's ISO day (1 Monday to 7 Sunday) and the minute of the day on a clock in London.</summary>
    public static (int Day, int Minute) LondonNow(TimeProvider clock)
    {
        var local = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), London);
        return (((int)local.DayOfWeek + 6) % 7 + 1, local.Hour * 60 + local.Minute);
    }

    public static bool IsOpen(IEnumerable<SlotRow> slots, (int Day, int Minute) now) =>
        slots.Any(s => s.Day == now.Day && s.OpensMinute <= now.Minute && now.Minute < s.ClosesMinute);

    public static bool NoOverlaps(IReadOnlyCollection<OpeningSlot>? slots)
    {
        if (slots is null) return true;
        var valid = slots.Where(s => s.Day is not null && Minutes(s.Opens) is not null && Minutes(s.Closes) is not null)
            .Select(s => (Day: s.Day!.Value, Opens: Minutes(s.Opens)!.Value, Closes: Minutes(s.Closes)!.Value)).Where(s => s.Opens < s.Closes)
            .OrderBy(s => s.Day).ThenBy(s => s.Opens).ToList();
        return valid.Zip(valid.Skip(1)).All(p => p.First.Day != p.Second.Day || p.First.Closes <= p.Second.Opens);
    }

    public static bool IsWebAddress(string? value) =>
        string.IsNullOrWhiteSpace(value)
        || (Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.UserInfo.Length == 0 && uri.Host.Contains('.'));

    [GeneratedRegex("^([01][0-9]|2[0-4]):([0-5][0-9])$")]
    private static partial Regex Time();
}

/// <summary>One row of directory_opening_slot.</summary>
public sealed record SlotRow
{
    public Guid ServiceId { get; init; }
    public string Channel { get; init; } = "";
    public int Day { get; init; }
    public int OpensMinute { get; init; }
    public int ClosesMinute { get; init; }
}

/// <summary>Reads directory entries with their openings, and writes the openings of one entry.</summary>
public static class DirectoryReader
{
    /// <summary>The audit log's record_type for directory entries.</summary>
    public const string RecordType = "directoryService";

    public const string Columns = """
        s.id, s.name, s.summary, s.audiences, s.needs, s.phone, s.website, s.email, s.address_line1, s.address_line2, s.town, s.postcode,
        s.languages, s.version, lower(s.name) AS name_key
        """;

    private const string SlotsSql = """
        SELECT service_id, channel, day, opens_minute, closes_minute FROM directory_opening_slot
        WHERE service_id = ANY(@Ids) ORDER BY service_id, channel, day, opens_minute
        """;

    private const string ByIdSql = $"SELECT {Columns} FROM directory_service s WHERE s.id = @Id AND s.retired_at IS NULL";

    /// <summary>Replaces an entry's openings. Parameters: @ServiceId, @Channels, @Days, @Opens, @Closes (parallel arrays).</summary>
    public const string ReplaceSlotsSql = """
        DELETE FROM directory_opening_slot WHERE service_id = @ServiceId;
        INSERT INTO directory_opening_slot (service_id, channel, day, opens_minute, closes_minute)
        SELECT @ServiceId, t.channel, t.day, t.opens, t.closes
        FROM unnest(@Channels::text[], @Days::int[], @Opens::int[], @Closes::int[]) AS t(channel, day, opens, closes);
        """;

    public sealed record Row
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public string Summary { get; init; } = "";
        public string[] Audiences { get; init; } = [];
        public string[] Needs { get; init; } = [];
        public string? Phone { get; init; }
        public string? Website { get; init; }
        public string? Email { get; init; }
        public string? AddressLine1 { get; init; }
        public string? AddressLine2 { get; init; }
        public string? Town { get; init; }
        public string? Postcode { get; init; }
        public string[] Languages { get; init; } = [];
        public int Version { get; init; }
        public string NameKey { get; init; } = "";
    }

    /// <summary>The columns and openings of <paramref name="details"/> as SQL parameters, normalised once.</summary>
    public static DynamicParameters Parameters(DirectoryServiceDetails details)
    {
        var slots = (details.OpeningHours ?? []).SelectMany(c => c.Slots!.Select(s => (Channel: c.Channel!.Value.Code(), Slot: s))).ToList();
        var parameters = new DynamicParameters(new
        {
            Name = details.Name!.Trim(),
            Summary = details.Summary!.Trim(),
            Audiences = details.Audiences!.Select(a => a.Code()).ToArray(),
            Needs = (details.Needs ?? []).Select(n => n.Code()).ToArray(),
            Phone = Blank(details.Phone),
            Website = Blank(details.Website),
            Email = Blank(details.Email),
            AddressLine1 = Blank(details.AddressLine1),
            AddressLine2 = Blank(details.AddressLine2),
            Town = Blank(details.Town),
            Postcode = string.IsNullOrWhiteSpace(details.Postcode) ? null : Domain.Postcode.Normalise(details.Postcode),
            Languages = details.Languages!.Select(l => l.Code()).ToArray(),
            Channels = slots.Select(s => s.Channel).ToArray(),
            Days = slots.Select(s => (int)s.Slot.Day!.Value).ToArray(),
            Opens = slots.Select(s => OpeningRules.Minutes(s.Slot.Opens)!.Value).ToArray(),
            Closes = slots.Select(s => OpeningRules.Minutes(s.Slot.Closes)!.Value).ToArray(),
        });
        return parameters;
    }

    /// <summary>A live (not retired) entry and its version, or null.</summary>
    public static async Task<(DirectoryService Service, int Version)?> LoadAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid id, (int Day, int Minute) now, CancellationToken ct)
    {
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(ByIdSql, new { Id = id }, transaction, cancellationToken: ct));
        if (row is null) return null;
        var service = (await WithSlotsAsync(connection, transaction, [row], now, ct)).Single();
        return (service, row.Version);
    }

    public static async Task<List<DirectoryService>> WithSlotsAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, IReadOnlyList<Row> rows, (int Day, int Minute) now, CancellationToken ct)
    {
        var slots = (await connection.QueryAsync<SlotRow>(new CommandDefinition(SlotsSql, new { Ids = rows.Select(r => r.Id).ToArray() }, transaction, cancellationToken: ct)))
            .ToLookup(s => s.ServiceId);
        return rows.Select(r => ToService(r, slots[r.Id], now)).ToList();
    }

    private static DirectoryService ToService(Row r, IEnumerable<SlotRow> slots, (int Day, int Minute) now)
    {
        var channels = slots.GroupBy(s => Vocabulary.Parse<ServiceChannel>(s.Channel)).OrderBy(g => g.Key)
            .Select(g => new ChannelHours(g.Key, OpeningRules.IsOpen(g, now),
                g.OrderBy(s => s.Day).ThenBy(s => s.OpensMinute)
                    .Select(s => new OpeningSlot((Weekday)s.Day, OpeningRules.Format(s.OpensMinute), OpeningRules.Format(s.ClosesMinute))).ToList()))
            .ToList();
        return new DirectoryService(r.Id, r.Name, r.Summary, r.Audiences.Select(Vocabulary.Parse<Audience>).ToList(), r.Needs.Select(Vocabulary.Parse<SupportNeed>).ToList(),
            r.Phone, r.Website, r.Email, r.AddressLine1, r.AddressLine2, r.Town, r.Postcode, r.Languages.Select(Vocabulary.Parse<LanguageCode>).ToList(),
            channels.Any(c => c.OpenNow), channels);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public static class DirectoryProblems
{
    public static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such service in the directory.");

    public static ProblemHttpResult NameTaken() =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "A service with that name is already in the directory.");

    public const string NameKey = "directory_service_name_key";
}
