using Carers.Api.Domain;
using Carers.Api.Features.Matching;
using Carers.Api.Features.StatutoryReturns;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace Carers.Api.Features.HistoricImport;

/// <summary>
/// Writes a checked file's rows into the platform's own tables, with their original dates, inside the
/// caller's one transaction (decision 0020 gives each mapping). People first (by an id already imported,
/// then a valid NHS number, else a new carer with probable matches queued), then events oldest first,
/// each once by its old-system id. The outcome is worked out in memory, from the file and the few records
/// of these carers already held, and written with COPY, table by table: a file of 100,000 rows is a few
/// statements, not hundreds of thousands.
/// </summary>
public sealed class HistoricWriter(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid importId, Caller caller, CancellationToken ct)
{
    /// <summary>A row the records held refuse (a review with no assessment before it): the whole file is refused.</summary>
    public sealed class RowRefused(HistoricImportProblem problem) : Exception(problem.Message)
    {
        public HistoricImportProblem Problem { get; } = problem;
    }

    public sealed record Tally
    {
        public int CarersCreated { get; set; }
        public int CarersMatched { get; set; }
        public int CarersPresent { get; set; }
        public int MatchesQueued { get; set; }
        public int EventsCreated { get; set; }
        public int EventsPresent { get; set; }
    }

    /// <summary>An assessment as the import sees it: one already held (changed in place) or one made by this file.</summary>
    private sealed class Assessment
    {
        public Guid Id { get; init; }
        public Guid CarerId { get; init; }
        public string Status { get; set; } = "";
        public bool Imported { get; init; }
        public bool Held { get; init; }
        public bool Changed { get; set; }
        public DateOnly RequestedOn { get; init; }
        public DateOnly? CompletedOn { get; set; }
        public bool? Eligible { get; set; }
        public bool SelfAssessment { get; set; }
        public DateOnly LastChangedOn { get; set; }
    }

    private sealed record HeldAssessment(Guid Id, Guid CarerId, string Status, string Source, DateTime RequestedAt, DateTime? CompletedAt);

    private const string Note = "Imported from the old case system";

    public Tally Counts { get; } = new();

    private string By => $"import:{caller.Subject}";

    /// <summary>A day as a moment: noon in London, so the day reads back the same in every report.</summary>
    private static DateTime Noon(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(12, 0)), London);

    private static DateOnly Day(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), London));

    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private readonly List<object?[]> _carers = [];
    private readonly List<object?[]> _people = [];
    private readonly List<object?[]> _events = [];
    private readonly List<object?[]> _assessmentEvents = [];
    private readonly List<object?[]> _grants = [];
    private readonly List<object?[]> _breaks = [];
    private readonly List<object?[]> _support = [];
    private readonly List<Assessment> _assessments = [];
    private readonly Dictionary<Guid, List<Assessment>> _byCarer = [];

    private void Add(Assessment assessment)
    {
        _assessments.Add(assessment);
        if (!_byCarer.TryGetValue(assessment.CarerId, out var list)) _byCarer[assessment.CarerId] = list = [];
        list.Add(assessment);
    }

    private List<Assessment> Of(Guid carerId) => _byCarer.TryGetValue(carerId, out var list) ? list : [];

    public async Task WriteAsync(IReadOnlyList<HistoricRow> rows, Func<int, Task> progress)
    {
        var people = await PeopleAsync(rows);
        var present = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT source_event_id FROM historic_event WHERE source_event_id = ANY(@Ids)",
            new { Ids = rows.Select(r => r.EventId).ToArray() }, transaction, cancellationToken: ct))).ToHashSet(StringComparer.Ordinal);
        var carerIds = people.Values.Distinct().ToArray();
        foreach (var held in await connection.QueryAsync<HeldAssessment>(new CommandDefinition(
            "SELECT id, carer_id, status, source, requested_at, completed_at FROM assessment WHERE carer_id = ANY(@Ids)",
            new { Ids = carerIds }, transaction, cancellationToken: ct)))
        {
            Add(new Assessment
            {
                Id = held.Id, CarerId = held.CarerId, Status = held.Status, Imported = held.Source == "imported", Held = true,
                RequestedOn = Day(held.RequestedAt), CompletedOn = held.CompletedAt is { } c ? Day(c) : null,
            });
        }

        var grantYears = (await connection.QueryAsync<(Guid CarerId, int Year)>(new CommandDefinition("""
            SELECT carer_id, financial_year FROM grant_application
            WHERE carer_id = ANY(@Ids) AND status IN ('approved', 'paid')
            """, new { Ids = carerIds }, transaction, cancellationToken: ct))).ToHashSet();

        var done = 0;
        foreach (var row in rows.OrderBy(r => r.Start).ThenBy(r => Rank(r.Cld.EventType)).ThenBy(r => r.Number))
        {
            if (present.Contains(row.EventId))
            {
                Counts.EventsPresent++;
            }
            else
            {
                var (kind, recordId) = Event(row, people[row.PersonId], grantYears);
                _events.Add([row.EventId, row.PersonId, importId, kind, recordId]);
                Counts.EventsCreated++;
            }

            if (++done % HistoricImporter.ProgressEvery == 0) await progress(done / 2);
        }

        await FlushAsync();
        await progress(rows.Count);
    }

    private static int Rank(CldEventType? type) => type switch
    {
        CldEventType.Request => 0,
        CldEventType.Assessment => 1,
        CldEventType.Review => 2,
        _ => 3,
    };

    private async Task<Dictionary<string, Guid>> PeopleAsync(IReadOnlyList<HistoricRow> rows)
    {
        var groups = rows.GroupBy(r => r.PersonId, StringComparer.Ordinal).ToList();
        var known = (await connection.QueryAsync<(string SourcePersonId, Guid CarerId)>(new CommandDefinition(
            "SELECT source_person_id, carer_id FROM historic_person WHERE source_person_id = ANY(@Ids)",
            new { Ids = groups.Select(g => g.Key).ToArray() }, transaction, cancellationToken: ct)))
            .ToDictionary(p => p.SourcePersonId, p => p.CarerId, StringComparer.Ordinal);
        var byNhs = await CarerMatcher.FindByNhsNumbers(connection, transaction,
            groups.Where(g => !known.ContainsKey(g.Key)).Select(g => g.First().Cld.NhsNumber).OfType<string>().Distinct().ToList(), ct);

        var people = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var earlier = new List<(Guid Id, DateOnly On)>();
        var created = new List<(Guid Id, HistoricRow First)>();
        foreach (var person in groups)
        {
            var first = person.First();
            var identifiedOn = person.Min(r => r.Start);
            if (known.TryGetValue(person.Key, out var carerId))
            {
                Counts.CarersPresent++;
                earlier.Add((carerId, identifiedOn));
            }
            else if (first.Cld.NhsNumber is { } nhs && byNhs.TryGetValue(nhs, out carerId))
            {
                _people.Add([person.Key, carerId, importId, "nhsNumber"]);
                Counts.CarersMatched++;
                earlier.Add((carerId, identifiedOn));
            }
            else
            {
                carerId = Guid.CreateVersion7();
                _carers.Add(["imported", first.GivenName ?? "", first.FamilyName ?? "", first.Cld.DateOfBirth!.Value, first.Cld.Postcode!, LanguageCode.En.Code(), "post",
                    first.Cld.NhsNumber, first.Cld.GpPracticeCode, "imported", Noon(identifiedOn), carerId]);
                _people.Add([person.Key, carerId, importId, "new"]);
                Counts.CarersCreated++;
                created.Add((carerId, first));
                // Another person of the file with the same NHS number is the same carer (one person, one record).
                if (first.Cld.NhsNumber is { } number) byNhs[number] = carerId;
            }

            people[person.Key] = carerId;
        }

        await CopyAsync("carer", ["registered_by", "given_name", "family_name", "date_of_birth", "postcode", "preferred_language", "preferred_contact_channel",
            "nhs_number", "gp_practice_ods_code", "identification_source", "identified_at", "id"],
            [T, T, T, NpgsqlDbType.Date, T, T, T, NpgsqlDbType.Char, T, T, NpgsqlDbType.TimestampTz, NpgsqlDbType.Uuid], _carers);
        await CopyAsync("historic_person", ["source_person_id", "carer_id", "import_id", "matched_by"], [T, NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, T], _people);

        // The old system knew the person from their first event: a record held gets the earlier of its date and that one.
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE carer c SET identified_at = LEAST(c.identified_at, x.on_day)
            FROM unnest(@Ids, @Days) AS x(id, on_day) WHERE c.id = x.id
            """, new { Ids = earlier.Select(e => e.Id).ToArray(), Days = earlier.Select(e => Noon(e.On)).ToArray() }, transaction, cancellationToken: ct));

        Counts.MatchesQueued += await CarerMatcher.QueueProbableMatchesMany(connection, transaction,
            created.Where(c => c.First.FamilyName is not null)
                .Select(c => (c.Id, c.First.FamilyName!, c.First.Cld.DateOfBirth!.Value, c.First.Cld.Postcode!)).ToList(), ct);

        return people;
    }

    private const NpgsqlDbType T = NpgsqlDbType.Text;

    private (string Kind, string RecordId) Event(HistoricRow row, Guid carerId, HashSet<(Guid, int)> grantYears)
    {
        var cld = row.Cld;
        var start = cld.EventStartDate!.Value;
        var end = cld.EventEndDate ?? start;
        switch (cld.EventType)
        {
            case CldEventType.Request:
            {
                var status = cld.EventEndDate is null ? "requested" : cld.EventOutcome == CldEventOutcome.SupportDeclined ? "declined" : "offered";
                var assessment = new Assessment { Id = Guid.CreateVersion7(), CarerId = carerId, Status = status, Imported = true, RequestedOn = start, LastChangedOn = end };
                Add(assessment);
                if (status != "requested") Move(assessment, "requested", status, end);
                return ("request", assessment.Id.ToString());
            }

            case CldEventType.Assessment:
            {
                // The request the old system recorded for it, already imported and progressed: one assessment, as the platform keeps it.
                var assessment = Of(carerId).Where(a => a.Imported && a.Status == "offered" && a.RequestedOn <= start)
                    .OrderBy(a => a.RequestedOn).LastOrDefault();
                if (assessment is null)
                {
                    assessment = new Assessment { Id = Guid.CreateVersion7(), CarerId = carerId, Status = "offered", Imported = true, RequestedOn = start };
                    Add(assessment);
                    Move(assessment, "requested", "inProgress", start);
                }
                else
                {
                    Move(assessment, "offered", "inProgress", start);
                }

                assessment.Status = "completed";
                assessment.Changed = true;
                assessment.CompletedOn = end;
                assessment.LastChangedOn = end;
                assessment.Eligible = cld.EligibleNeedsIdentified;
                assessment.SelfAssessment = cld.MethodOfAssessment == CldMethod.SupportedSelfAssessment;
                Move(assessment, "inProgress", "completed", end);
                return ("assessment", assessment.Id.ToString());
            }

            case CldEventType.Review:
            {
                var assessment = Assessed(row, carerId, "A review needs a completed assessment of the same person on or before its date, in this file or imported before");
                Move(assessment, assessment.Status, "reviewed", start);
                assessment.Status = "reviewed";
                assessment.Changed = true;
                assessment.LastChangedOn = start;
                return ("review", assessment.Id.ToString());
            }

            case CldEventType.Service when cld.ServiceComponent == CldServiceComponent.DirectPayment:
            {
                var assessment = Assessed(row, carerId, "A direct payment needs a completed assessment of the same person on or before its date, in this file or imported before");
                var id = Guid.CreateVersion7();
                var year = FinancialYear.Of(start);
                // The old system allowed more than one a year: the second and later are recorded as overridden,
                // later in the year (OneGrantAYear), after any grant the carer already has that year.
                var overridden = !grantYears.Add((carerId, year));
                _grants.Add([id, carerId, year, "adults", "Direct payment (imported from the old case system)", "", "paid", assessment.Id, Noon(start), Noon(start),
                    By, start, start, overridden ? "Another direct payment in the same year in the old case system" : null, overridden, "imported"]);
                return ("directPayment", id.ToString());
            }

            case CldEventType.Service when cld.ServiceComponent == CldServiceComponent.CarerRespite:
            {
                var id = Guid.CreateVersion7();
                _breaks.Add([id, carerId, "shortBreak", start, cld.EventEndDate ?? cld.ReportingPeriodEndDate, cld.EventEndDate is null ? "confirmed" : "completed", Noon(start), By, "imported"]);
                return ("break", id.ToString());
            }

            default:
            {
                var id = Guid.CreateVersion7();
                _support.Add([id, carerId, "CarersCentral", "advice", start, By, "imported"]);
                return ("informationAndAdvice", id.ToString());
            }
        }
    }

    /// <summary>The person's latest completed assessment on or before the row's day, or the file is refused.</summary>
    private Assessment Assessed(HistoricRow row, Guid carerId, string message) =>
        Of(carerId).Where(a => a.Status is "completed" or "reviewed" && a.CompletedOn <= row.Start)
            .OrderBy(a => a.CompletedOn).LastOrDefault()
        ?? throw new RowRefused(new HistoricImportProblem(row.Number, "Event_Start_Date", message));

    private void Move(Assessment assessment, string from, string to, DateOnly on) =>
        _assessmentEvents.Add([assessment.Id, from, to, Noon(on), By, caller.Role, Note]);

    private async Task FlushAsync()
    {
        var made = _assessments.Where(a => !a.Held).Select(a => new object?[]
        {
            a.Id, a.CarerId, "adult", a.Status, a.SelfAssessment, Noon(a.RequestedOn), By, a.Eligible,
            a.CompletedOn is { } c ? Noon(c) : null, a.CompletedOn is null ? null : By, Noon(a.LastChangedOn < a.RequestedOn ? a.RequestedOn : a.LastChangedOn), "imported",
        }).ToList();
        await CopyAsync("assessment", ["id", "carer_id", "kind", "status", "self_assessment", "requested_at", "requested_by", "eligible", "completed_at", "completed_by", "updated_at", "source"],
            [NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, T, T, NpgsqlDbType.Boolean, NpgsqlDbType.TimestampTz, T, NpgsqlDbType.Boolean, NpgsqlDbType.TimestampTz, T, NpgsqlDbType.TimestampTz, T], made);

        var changed = _assessments.Where(a => a.Held && a.Changed).ToList();
        if (changed.Count > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                UPDATE assessment a SET status = x.status, eligible = COALESCE(x.eligible, a.eligible), self_assessment = x.self_assessment OR a.self_assessment,
                    completed_at = COALESCE(x.completed_at, a.completed_at), completed_by = CASE WHEN x.completed_at IS NULL THEN a.completed_by ELSE @By END,
                    updated_at = x.updated_at, version = a.version + 1
                FROM unnest(@Ids, @Statuses, @Eligible, @Self, @Completed, @Updated) AS x(id, status, eligible, self_assessment, completed_at, updated_at)
                WHERE a.id = x.id
                """, new
            {
                By, Ids = changed.Select(a => a.Id).ToArray(), Statuses = changed.Select(a => a.Status).ToArray(),
                Eligible = changed.Select(a => a.Eligible).ToArray(), Self = changed.Select(a => a.SelfAssessment).ToArray(),
                Completed = changed.Select(a => a.CompletedOn is { } c ? Noon(c) : (DateTime?)null).ToArray(),
                Updated = changed.Select(a => Noon(a.LastChangedOn)).ToArray(),
            }, transaction, cancellationToken: ct));
        }

        await CopyAsync("assessment_event", ["assessment_id", "from_status", "to_status", "at", "by_subject", "by_role", "note"],
            [NpgsqlDbType.Uuid, T, T, NpgsqlDbType.TimestampTz, T, T, T], _assessmentEvents);
        await CopyAsync("grant_application", ["id", "carer_id", "financial_year", "pot", "purpose", "helps_with", "status", "assessment_id", "submitted_at", "decided_at",
            "decided_by", "approved_on", "paid_on", "override_reason", "later_in_year", "source"],
            [NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, NpgsqlDbType.Integer, T, T, T, T, NpgsqlDbType.Uuid, NpgsqlDbType.TimestampTz, NpgsqlDbType.TimestampTz,
             T, NpgsqlDbType.Date, NpgsqlDbType.Date, T, NpgsqlDbType.Boolean, T], _grants);
        await CopyAsync("break_booking", ["id", "carer_id", "break_type", "starts_on", "ends_on", "status", "requested_at", "decided_by", "source"],
            [NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, T, NpgsqlDbType.Date, NpgsqlDbType.Date, T, NpgsqlDbType.TimestampTz, T, T], _breaks);
        await CopyAsync("partner_support", ["id", "carer_id", "partner", "support_type", "given_on", "recorded_by", "source"],
            [NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, T, T, NpgsqlDbType.Date, T, T], _support);
        await CopyAsync("historic_event", ["source_event_id", "source_person_id", "import_id", "kind", "record_id"], [T, T, NpgsqlDbType.Uuid, T, T], _events);
    }

    /// <summary>Binary COPY of rows into a table, inside the import's transaction (constraints and unique keys still apply).</summary>
    private async Task CopyAsync(string table, string[] columns, NpgsqlDbType[] types, IReadOnlyList<object?[]> rows)
    {
        if (rows.Count == 0) return;
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(ct);
            for (var i = 0; i < columns.Length; i++)
            {
                if (row[i] is null) await importer.WriteNullAsync(ct);
                else await importer.WriteAsync(row[i], types[i], ct);
            }
        }

        await importer.CompleteAsync(ct);
    }
}
