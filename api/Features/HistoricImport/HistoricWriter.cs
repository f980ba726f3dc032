using Carers.Api.Domain;
using Carers.Api.Features.Matching;
using Carers.Api.Features.StatutoryReturns;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Npgsql;

namespace Carers.Api.Features.HistoricImport;

/// <summary>
/// Writes a checked file's rows into the platform's own tables, with their original dates, inside the
/// caller's one transaction (decision 0020 gives each mapping): people first (by an id already imported,
/// then a valid NHS number, else a new carer with probable matches queued), then events oldest first,
/// each once by its old-system id.
/// </summary>
public sealed class HistoricWriter(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid importId, Caller caller, CancellationToken ct)
{
    /// <summary>A row the database state refuses (a review with no assessment before it): the whole file is refused.</summary>
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

    public Tally Counts { get; } = new();

    /// <summary>A day as a moment: noon in Europe/London, so the day reads back the same in every report.</summary>
    private const string Noon = "((@{0}::date + time '12:00') AT TIME ZONE 'Europe/London')";

    private static string At(string parameter) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Noon, parameter);

    private string By => $"import:{caller.Subject}";

    public async Task WriteAsync(IReadOnlyList<HistoricRow> rows, Func<int, Task> progress)
    {
        var people = await PeopleAsync(rows);
        var present = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT source_event_id FROM historic_event WHERE source_event_id = ANY(@Ids)",
            new { Ids = rows.Select(r => r.EventId).ToArray() }, transaction, cancellationToken: ct))).ToHashSet(StringComparer.Ordinal);

        var done = 0;
        foreach (var row in rows.OrderBy(r => r.Start).ThenBy(r => Rank(r.Cld.EventType)).ThenBy(r => r.Number))
        {
            if (present.Contains(row.EventId))
            {
                Counts.EventsPresent++;
            }
            else
            {
                var (kind, recordId) = await WriteEventAsync(row, people[row.PersonId]);
                await connection.ExecuteAsync(new CommandDefinition("""
                    INSERT INTO historic_event (source_event_id, source_person_id, import_id, kind, record_id)
                    VALUES (@EventId, @PersonId, @ImportId, @Kind, @RecordId)
                    """, new { row.EventId, row.PersonId, ImportId = importId, Kind = kind, RecordId = recordId }, transaction, cancellationToken: ct));
                Counts.EventsCreated++;
            }

            if (++done % HistoricImporter.ProgressEvery == 0) await progress(done);
        }
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
        var known = (await connection.QueryAsync<(string SourcePersonId, Guid CarerId)>(new CommandDefinition(
            "SELECT source_person_id, carer_id FROM historic_person WHERE source_person_id = ANY(@Ids)",
            new { Ids = rows.Select(r => r.PersonId).Distinct().ToArray() }, transaction, cancellationToken: ct)))
            .ToDictionary(p => p.SourcePersonId, p => p.CarerId, StringComparer.Ordinal);
        var people = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var person in rows.GroupBy(r => r.PersonId, StringComparer.Ordinal))
        {
            var first = person.First();
            var identifiedOn = person.Min(r => r.Start);
            Guid carerId;
            var created = false;
            if (known.TryGetValue(person.Key, out var already))
            {
                carerId = already;
                Counts.CarersPresent++;
            }
            else if (first.Cld.NhsNumber is { } nhs && await CarerMatcher.FindByNhsNumber(connection, transaction, nhs, ct) is { } matched)
            {
                carerId = matched;
                await RememberAsync(person.Key, carerId, "nhsNumber");
                Counts.CarersMatched++;
            }
            else
            {
                carerId = await connection.ExecuteScalarAsync<Guid>(new CommandDefinition($"""
                    INSERT INTO carer (registered_by, given_name, family_name, date_of_birth, postcode, preferred_language, preferred_contact_channel,
                        nhs_number, gp_practice_ods_code, identification_source, identified_at)
                    VALUES ('imported', @GivenName, @FamilyName, @DateOfBirth, @Postcode, 'English', 'post', @NhsNumber, @Gp, 'imported', {At("IdentifiedOn")})
                    RETURNING id
                    """, new
                {
                    GivenName = first.GivenName ?? "", FamilyName = first.FamilyName ?? "", DateOfBirth = first.Cld.DateOfBirth!.Value,
                    first.Cld.Postcode, first.Cld.NhsNumber, Gp = first.Cld.GpPracticeCode, IdentifiedOn = identifiedOn,
                }, transaction, cancellationToken: ct));
                await RememberAsync(person.Key, carerId, "new");
                Counts.CarersCreated++;
                created = true;
                if (first.FamilyName is { } familyName)
                {
                    Counts.MatchesQueued += await CarerMatcher.QueueProbableMatches(connection, transaction, carerId, familyName,
                        first.Cld.DateOfBirth!.Value, first.Cld.Postcode!, ct);
                }
            }

            // The old system knew the person from their first event: the record's identification date is the earlier of the two.
            if (!created) await connection.ExecuteAsync(new CommandDefinition($"UPDATE carer SET identified_at = LEAST(identified_at, {At("On")}) WHERE id = @Id",
                new { Id = carerId, On = identifiedOn }, transaction, cancellationToken: ct));
            people[person.Key] = carerId;
        }

        return people;
    }

    private Task RememberAsync(string personId, Guid carerId, string matchedBy) =>
        connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO historic_person (source_person_id, carer_id, import_id, matched_by) VALUES (@PersonId, @CarerId, @ImportId, @MatchedBy)
            """, new { PersonId = personId, CarerId = carerId, ImportId = importId, MatchedBy = matchedBy }, transaction, cancellationToken: ct));

    private async Task<(string Kind, string RecordId)> WriteEventAsync(HistoricRow row, Guid carerId)
    {
        var cld = row.Cld;
        var p = new
        {
            CarerId = carerId, Start = cld.EventStartDate!.Value, End = cld.EventEndDate ?? cld.EventStartDate!.Value, By, Role = caller.Role,
            Eligible = cld.EligibleNeedsIdentified, SelfAssessment = cld.MethodOfAssessment == CldMethod.SupportedSelfAssessment,
        };
        switch (cld.EventType)
        {
            case CldEventType.Request:
            {
                var status = cld.EventEndDate is null ? "requested" : cld.EventOutcome == CldEventOutcome.SupportDeclined ? "declined" : "offered";
                var id = await connection.ExecuteScalarAsync<Guid>(new CommandDefinition($"""
                    INSERT INTO assessment (carer_id, kind, status, requested_at, requested_by, updated_at, source)
                    VALUES (@CarerId, 'adult', @Status, {At("Start")}, @By, {At("End")}, 'imported') RETURNING id
                    """, new { p.CarerId, p.Start, p.End, p.By, Status = status }, transaction, cancellationToken: ct));
                if (status != "requested") await EventAsync(id, "requested", status, p.End);
                return ("request", id.ToString());
            }

            case CldEventType.Assessment:
            {
                // The request the old system recorded for it, already imported and progressed: one assessment, as the platform keeps it.
                var requested = await connection.ExecuteScalarAsync<Guid?>(new CommandDefinition($"""
                    SELECT id FROM assessment WHERE carer_id = @CarerId AND source = 'imported' AND status = 'offered' AND requested_at <= {At("Start")}
                    ORDER BY requested_at DESC LIMIT 1 FOR UPDATE
                    """, p, transaction, cancellationToken: ct));
                var id = requested ?? await connection.ExecuteScalarAsync<Guid>(new CommandDefinition($"""
                    INSERT INTO assessment (carer_id, kind, status, requested_at, requested_by, source)
                    VALUES (@CarerId, 'adult', 'offered', {At("Start")}, @By, 'imported') RETURNING id
                    """, p, transaction, cancellationToken: ct));
                await EventAsync(id, requested is null ? "requested" : "offered", "inProgress", p.Start);
                await connection.ExecuteAsync(new CommandDefinition($"""
                    UPDATE assessment SET status = 'completed', eligible = @Eligible, self_assessment = @SelfAssessment, completed_at = {At("End")},
                        completed_by = @By, updated_at = {At("End")}, version = version + 1
                    WHERE id = @Id
                    """, new { Id = id, p.Eligible, p.SelfAssessment, p.End, p.By }, transaction, cancellationToken: ct));
                await EventAsync(id, "inProgress", "completed", p.End);
                return ("assessment", id.ToString());
            }

            case CldEventType.Review:
            {
                var assessment = await AssessedAsync(row, carerId, "A review needs a completed assessment of the same person on or before its date, in this file or imported before");
                var was = await connection.ExecuteScalarAsync<string>(new CommandDefinition("SELECT status FROM assessment WHERE id = @Id",
                    new { Id = assessment }, transaction, cancellationToken: ct));
                await connection.ExecuteAsync(new CommandDefinition($"UPDATE assessment SET status = 'reviewed', updated_at = {At("Start")}, version = version + 1 WHERE id = @Id",
                    new { Id = assessment, p.Start }, transaction, cancellationToken: ct));
                var eventId = await connection.ExecuteScalarAsync<long>(new CommandDefinition($"""
                    INSERT INTO assessment_event (assessment_id, from_status, to_status, at, by_subject, by_role, note)
                    VALUES (@Id, @Was, 'reviewed', {At("Start")}, @By, @Role, 'Imported from the old case system') RETURNING id
                    """, new { Id = assessment, Was = was, p.Start, p.By, p.Role }, transaction, cancellationToken: ct));
                return ("review", eventId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            case CldEventType.Service when cld.ServiceComponent == CldServiceComponent.DirectPayment:
            {
                var assessment = await AssessedAsync(row, carerId, "A direct payment needs a completed assessment of the same person on or before its date, in this file or imported before");
                var id = await connection.ExecuteScalarAsync<Guid>(new CommandDefinition($"""
                    INSERT INTO grant_application (carer_id, financial_year, pot, purpose, amount_pence, helps_with, status, assessment_id,
                        submitted_at, decided_at, decided_by, approved_on, paid_on, override_reason, source)
                    VALUES (@CarerId, @Year, 'adults', 'Direct payment (imported from the old case system)', NULL, '', 'paid', @Assessment,
                        {At("Start")}, {At("Start")}, @By, @Start, @Start,
                        -- The old system allowed more than one a year: the second and later are recorded as overridden.
                        CASE WHEN EXISTS (SELECT 1 FROM grant_application g WHERE g.carer_id = @CarerId AND g.financial_year = @Year
                                          AND g.status IN ('approved', 'paid') AND g.override_reason IS NULL)
                             THEN 'Another direct payment in the same year in the old case system' END,
                        'imported')
                    RETURNING id
                    """, new { p.CarerId, Year = FinancialYear.Of(p.Start), Assessment = assessment, p.Start, p.By }, transaction, cancellationToken: ct));
                return ("directPayment", id.ToString());
            }

            case CldEventType.Service when cld.ServiceComponent == CldServiceComponent.CarerRespite:
            {
                var ended = cld.EventEndDate is not null;
                var id = await connection.ExecuteScalarAsync<Guid>(new CommandDefinition($"""
                    INSERT INTO break_booking (carer_id, break_type, starts_on, ends_on, status, requested_at, decided_by, source)
                    VALUES (@CarerId, 'shortBreak', @Start, @End, @Status, {At("Start")}, @By, 'imported') RETURNING id
                    """, new { p.CarerId, p.Start, End = cld.EventEndDate ?? cld.ReportingPeriodEndDate, Status = ended ? "completed" : "confirmed", p.By },
                    transaction, cancellationToken: ct));
                return ("break", id.ToString());
            }

            default:
            {
                var id = await connection.ExecuteScalarAsync<Guid>(new CommandDefinition("""
                    INSERT INTO partner_support (carer_id, partner, support_type, given_on, duration_minutes, recorded_by, source)
                    VALUES (@CarerId, 'CarersCentral', 'advice', @Start, NULL, @By, 'imported') RETURNING id
                    """, p, transaction, cancellationToken: ct));
                return ("informationAndAdvice", id.ToString());
            }
        }
    }

    private async Task<Guid> AssessedAsync(HistoricRow row, Guid carerId, string message) =>
        await connection.ExecuteScalarAsync<Guid?>(new CommandDefinition($"""
            SELECT id FROM assessment WHERE carer_id = @CarerId AND status IN ('completed', 'reviewed') AND completed_at <= {At("Start")} + interval '12 hours'
            ORDER BY completed_at DESC LIMIT 1 FOR UPDATE
            """, new { CarerId = carerId, Start = row.Start }, transaction, cancellationToken: ct))
        ?? throw new RowRefused(new HistoricImportProblem(row.Number, "Event_Start_Date", message));

    private Task EventAsync(Guid assessmentId, string from, string to, DateOnly on) =>
        connection.ExecuteAsync(new CommandDefinition($"""
            INSERT INTO assessment_event (assessment_id, from_status, to_status, at, by_subject, by_role, note)
            VALUES (@Id, @From, @To, {At("On")}, @By, @Role, 'Imported from the old case system')
            """, new { Id = assessmentId, From = from, To = to, On = on, By, caller.Role }, transaction, cancellationToken: ct));
}
