using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.RegularExpressions;
using Carers.Api.Domain;
using Carers.Api.Features.StatutoryReturns;
using Carers.Api.Infrastructure;
using CsvHelper;
using CsvHelper.Configuration;

namespace Carers.Api.Features.HistoricImport;

public sealed class HistoricImportOptions
{
    public const string Section = "HistoricImport";

    /// <summary>Off in a deployment that imports elsewhere; on by default.</summary>
    public bool WorkerEnabled { get; init; } = true;

    public int PollMilliseconds { get; init; } = 500;

    /// <summary>An import whose worker has not beaten for this long (a restart) is taken up again.</summary>
    public int LeaseSeconds { get; init; } = 120;

    /// <summary>An import taken up this many times without finishing is failed rather than tried for ever.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The largest file accepted (64 MB, about 250,000 rows).</summary>
    public long MaxFileBytes { get; init; } = Infrastructure.Problems.RequestLimits.DefaultMaxImportBodyBytes;
}

/// <summary>Where an uploaded file stands: its counts, and the first problems if it was refused.</summary>
public sealed record HistoricImportStatus(
    Guid Id,
    [property: MaxLength(10)] string Status,
    [property: Range(0, int.MaxValue)] int TotalRows,
    [property: Range(0, int.MaxValue)] int ValidatedRows,
    [property: Range(0, int.MaxValue)] int ImportedRows,
    [property: Range(0, int.MaxValue)] int ProblemRows,
    [property: Range(0, int.MaxValue)] int CarersCreated,
    [property: Range(0, int.MaxValue)] int CarersMatched,
    [property: Range(0, int.MaxValue)] int CarersAlreadyImported,
    [property: Range(0, int.MaxValue)] int MatchesQueued,
    [property: Range(0, int.MaxValue)] int EventsCreated,
    [property: Range(0, int.MaxValue)] int EventsAlreadyPresent,
    DateTimeOffset UploadedAt,
    DateTimeOffset? FinishedAt,
    [property: MaxLength(300)] string? FailureReason,
    [property: MaxLength(HistoricImportStatus.MaxProblemsShown)] IReadOnlyList<HistoricImportProblem> Problems)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static HistoricImportStatus Example =>
        new(
            Guid.Parse("0e1d2c3b-4a59-4687-9766-554433221100"),
            "refused",
            TotalRows: 4212,
            ValidatedRows: 4212,
            ImportedRows: 0,
            ProblemRows: 2,
            CarersCreated: 0,
            CarersMatched: 0,
            CarersAlreadyImported: 0,
            MatchesQueued: 0,
            EventsCreated: 0,
            EventsAlreadyPresent: 0,
            UploadedAt: new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero),
            FinishedAt: new DateTimeOffset(2026, 3, 2, 8, 3, 41, TimeSpan.Zero),
            FailureReason: null,
            Problems: [HistoricImportProblem.Example, new(3057, "postcode", "The postcode is not a UK postcode")]);

    /// <summary>The status lists at most this many problems (the count is always whole).</summary>
    public const int MaxProblemsShown = 500;
}

/// <summary>One problem with one field of one row (row 1 is the header), in words without personal data.</summary>
public sealed record HistoricImportProblem(
    [property: Range(1, int.MaxValue)] int Row,
    [property: MaxLength(100)] string Field,
    [property: MaxLength(300)] string Message)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static HistoricImportProblem Example =>
        new(118, "dateOfBirth", "The date of birth is after the event's start date");
}

/// <summary>A row of the file that passed every check: the CLD row, and the person columns CLD does not have.</summary>
public sealed record HistoricRow(int Number, ClientLevelDataRow Cld, string? GivenName, string? FamilyName)
{
    public string PersonId => Cld.LaPersonUniqueIdentifier;

    public string EventId => Cld.EventReference!;

    public DateOnly Start => Cld.EventStartDate!.Value;
}

/// <summary>
/// The historic file: the CLD carer event row exactly as the extract writes it (<see cref="ClientLevelDataRow.Fields"/>),
/// columns matched by name in any order, plus the optional person columns Given_Name and Family_Name. Any other
/// column is refused (a misspelt column would otherwise be silently lost).
/// </summary>
public static class HistoricFile
{
    public const string GivenName = "Given_Name";
    public const string FamilyName = "Family_Name";
    public const int MaxIdLength = 100;

    public static readonly IReadOnlyList<string> ExtraFields = [GivenName, FamilyName];

    /// <summary>Problems with the header row: every CLD column present, nothing unknown. Empty when it is right.</summary>
    public static List<string> HeaderProblems(string content)
    {
        var header = ReadHeader(content);
        if (header.Length == 0) return ["The file is empty: its first row must name the CLD columns"];
        var known = ClientLevelDataRow.Fields.Concat(ExtraFields).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var present = header.Select(h => h.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        var missing = ClientLevelDataRow.Fields.Where(f => !present.Contains(f)).ToList();
        if (missing.Count > 0) problems.Add($"The first row is missing {missing.Count} of the layout's columns: {Listed(missing)}");
        var unknown = header.Select(h => h.Trim()).Where(h => !known.Contains(h)).ToList();
        if (unknown.Count > 0) problems.Add($"The first row names columns that are not in the layout: {Listed(unknown)}");
        if (present.Count < header.Length) problems.Add("The first row names a column twice");
        return problems;
    }

    /// <summary>Up to five names, each cut to 30 characters, and how many more: the message stays short (the contract caps it at 500).</summary>
    private static string Listed(List<string> names)
    {
        var shown = names.Take(5).Select(n => n.Length > 30 ? n[..29] + "…" : n);
        return string.Join(", ", shown) + (names.Count > 5 ? $" and {names.Count - 5} more" : "");
    }

    public static string[] ReadHeader(string content)
    {
        using var reader = new StringReader(content);
        using var csv = new CsvReader(reader, Configuration());
        return csv.Read() && csv.ReadHeader() ? csv.HeaderRecord ?? [] : [];
    }

    /// <summary>
    /// Reads and checks every row (numbered as a spreadsheet shows them, the header being row 1), calling
    /// <paramref name="progress"/> with the rows read so far every <paramref name="every"/> rows.
    /// </summary>
    public static (List<HistoricRow> Rows, List<HistoricImportProblem> Problems) Read(string content, DateOnly today, int every, Action<int> progress)
    {
        var rows = new List<HistoricRow>();
        var problems = new List<HistoricImportProblem>();
        var references = new HashSet<string>(StringComparer.Ordinal);
        var people = new Dictionary<string, (DateOnly? DateOfBirth, string? NhsNumber)>(StringComparer.Ordinal);
        using var reader = new StringReader(content);
        using var csv = new CsvReader(reader, Configuration());
        csv.Read();
        csv.ReadHeader();
        var count = 0;
        while (csv.Read())
        {
            var number = csv.Parser.Row;
            var rowProblems = new List<HistoricImportProblem>();
            var row = Check(number, name => csv.TryGetField<string>(name, out var value) ? value : null, today, rowProblems);
            if (row is not null)
            {
                if (!references.Add(row.EventId)) rowProblems.Add(new(number, "Event_Reference", "This event reference is already used by an earlier row"));
                if (people.TryGetValue(row.PersonId, out var person))
                {
                    if (person.DateOfBirth != row.Cld.DateOfBirth) rowProblems.Add(new(number, "Date_of_Birth", "The date of birth differs from an earlier row of the same person"));
                    if (person.NhsNumber != row.Cld.NhsNumber) rowProblems.Add(new(number, "NHS_Number", "The NHS number differs from an earlier row of the same person"));
                }
                else
                {
                    people[row.PersonId] = (row.Cld.DateOfBirth, row.Cld.NhsNumber);
                }
            }

            if (rowProblems.Count == 0) rows.Add(row!);
            problems.AddRange(rowProblems);
            if (++count % every == 0) progress(count);
        }

        progress(count);
        return (rows, problems);
    }

    /// <summary>One row's checks; null (with its problems added) when any fails.</summary>
    public static HistoricRow? Check(int number, Func<string, string?> field, DateOnly today, List<HistoricImportProblem> problems)
    {
        var before = problems.Count;
        void Problem(string name, string message) => problems.Add(new(number, name, message));

        string? Text(string name, int max)
        {
            var value = field(name)?.Trim();
            if (string.IsNullOrEmpty(value)) return null;
            if (value.Length > max || value.Any(char.IsControl)) { Problem(name, $"Must be at most {max} characters, without control characters"); return null; }
            return value;
        }

        DateOnly? Date(string name)
        {
            var value = field(name)?.Trim();
            if (string.IsNullOrEmpty(value)) return null;
            if (DateOnly.TryParseExact(value, ["yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            Problem(name, "Not a date (use 2021-06-30 or 30/06/2021)");
            return null;
        }

        T? Code<T>(string name, string what) where T : struct, Enum
        {
            var value = field(name)?.Trim();
            if (string.IsNullOrEmpty(value)) return null;
            if (CldCodes.TryParse<T>(value, out var code)) return code;
            Problem(name, $"Not a {what} this platform imports");
            return null;
        }

        var personId = Text("LA_Person_Unique_Identifier", MaxIdLength);
        if (personId is null && problems.Count == before) Problem("LA_Person_Unique_Identifier", "Enter the old system's person id");
        var reference = Text("Event_Reference", MaxIdLength);
        if (reference is null && problems.Count == before) Problem("Event_Reference", "Enter the old system's event id");

        string? nhsNumber = null;
        if (Text("NHS_Number", 12) is { } nhs)
        {
            nhsNumber = NhsNumber.Normalise(nhs);
            if (!NhsNumber.IsValid(nhsNumber)) Problem("NHS_Number", "Not a valid NHS number (10 digits with a Modulus 11 check digit)");
        }

        var clientType = Code<CldClientType>("Client_Type", "client type");
        if (clientType is null && string.IsNullOrWhiteSpace(field("Client_Type"))) Problem("Client_Type", "Enter the client type (Carer)");
        else if (clientType == CldClientType.CarerKnownByAssociation) Problem("Client_Type", "Carers known by association have no events of their own and are not imported");

        var dateOfBirth = Date("Date_of_Birth");
        if (dateOfBirth is null && string.IsNullOrWhiteSpace(field("Date_of_Birth"))) Problem("Date_of_Birth", "Enter the date of birth");
        var postcode = Text("Postcode", 10);
        if (postcode is not null && !Domain.Postcode.IsValid(postcode)) { Problem("Postcode", "Not a UK postcode"); postcode = null; }
        else if (postcode is null && string.IsNullOrWhiteSpace(field("Postcode"))) Problem("Postcode", "Enter the postcode");
        var gp = Text("GP_Practice_Code", 6);
        if (gp is not null && !Regex.IsMatch(gp, TextRules.OdsPattern)) { Problem("GP_Practice_Code", "Not a GP practice code"); }

        var eventType = Code<CldEventType>("Event_Type", "event type");
        if (eventType is null && string.IsNullOrWhiteSpace(field("Event_Type"))) Problem("Event_Type", "Enter the event type (Request, Assessment, Review or Service)");
        var start = Date("Event_Start_Date");
        if (start is null && string.IsNullOrWhiteSpace(field("Event_Start_Date"))) Problem("Event_Start_Date", "Enter the event's start date");
        var end = Date("Event_End_Date");
        var periodEnd = Date("Reporting_Period_End_Date");
        var outcome = Code<CldEventOutcome>("Event_Outcome", "event outcome");
        var eligible = field("Eligible_Needs_Identified")?.Trim().ToUpperInvariant() switch
        {
            null or "" => (bool?)null,
            "Y" or "YES" => true,
            "N" or "NO" => false,
            _ => Invalid("Eligible_Needs_Identified", "Must be Y or N"),
        };
        var method = Code<CldMethod>("Method_of_Assessment", "method");
        var component = Code<CldServiceComponent>("Service_Component", "service component");
        var givenName = Text(HistoricFile.GivenName, 100);
        if (givenName is not null && !TextRules.Name().IsMatch(givenName)) Problem(HistoricFile.GivenName, "Must only include letters, spaces, hyphens and apostrophes");
        var familyName = Text(HistoricFile.FamilyName, 100);
        if (familyName is not null && !TextRules.Name().IsMatch(familyName)) Problem(HistoricFile.FamilyName, "Must only include letters, spaces, hyphens and apostrophes");

        bool? Invalid(string name, string message)
        {
            Problem(name, message);
            return null;
        }

        if (start is { } s)
        {
            if (s > today) Problem("Event_Start_Date", "The event starts in the future");
            if (end is { } e && e < s) Problem("Event_End_Date", "The event ends before it starts");
            if (dateOfBirth is { } dob)
            {
                if (dob > s) Problem("Date_of_Birth", "The date of birth is after the event");
                else if (CarerCategories.Age(dob, s) < 18) Problem("Date_of_Birth", "The carer was under 18 at the event: young carers are not in the CLD layout and are not imported");
            }
        }

        if (end is { } ended && ended > today) Problem("Event_End_Date", "The event ends in the future");

        switch (eventType)
        {
            case CldEventType.Request when outcome is not (null or CldEventOutcome.ProgressToAssessment or CldEventOutcome.SupportDeclined):
                Problem("Event_Outcome", "A request's outcome must be Progress to Assessment or NFA - Support declined");
                break;
            case CldEventType.Request when end is not null && outcome is null:
                Problem("Event_Outcome", "A closed request needs its outcome");
                break;
            case CldEventType.Assessment when end is null:
                Problem("Event_End_Date", "An assessment needs its end date (the day it was completed)");
                break;
            case CldEventType.Assessment when eligible is null && string.IsNullOrWhiteSpace(field("Eligible_Needs_Identified")):
                Problem("Eligible_Needs_Identified", "An assessment needs Y or N");
                break;
            case CldEventType.Service when component is null && string.IsNullOrWhiteSpace(field("Service_Component")):
                Problem("Service_Component", "A service needs its component (Direct Payment, Carer Respite or Carer Universal Services)");
                break;
            case CldEventType.Service when component == CldServiceComponent.CarerRespite && end is null && periodEnd is null:
                Problem("Event_End_Date", "A break still running needs the reporting period's end date");
                break;
        }

        if (problems.Count > before) return null;

        var row = new ClientLevelDataRow
        {
            ReportingPeriodEndDate = periodEnd ?? default,
            NhsNumber = nhsNumber,
            LaPersonUniqueIdentifier = personId!,
            GpPracticeCode = gp,
            DateOfBirth = dateOfBirth,
            ClientType = CldClientType.Carer,
            Postcode = Domain.Postcode.Normalise(postcode!),
            EventType = eventType,
            EventReference = reference,
            EventStartDate = start,
            EventEndDate = end,
            EventOutcome = outcome,
            EligibleNeedsIdentified = eligible,
            MethodOfAssessment = method,
            ServiceComponent = component,
        };
        return new HistoricRow(number, row, givenName, familyName);
    }

    private static CsvConfiguration Configuration() => new(CultureInfo.InvariantCulture)
    {
        PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
        MissingFieldFound = null,
        HeaderValidated = null,
        BadDataFound = null,
        DetectDelimiter = false,
    };
}
