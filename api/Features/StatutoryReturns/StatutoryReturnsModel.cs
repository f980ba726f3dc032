using System.Globalization;
using System.Text;
using Carers.Api.Infrastructure;
using CsvHelper;
using Dapper;
using FluentValidation;
using Npgsql;

namespace Carers.Api.Features.StatutoryReturns;

/// <summary>A reporting period: a financial year (2026 is 1 April 2026 to 31 March 2027) or one quarter of it (1 is April to June).</summary>
public sealed record ReturnPeriod(int Year, int? Quarter)
{
    public const int FirstYear = 2000;
    public const int LastYear = 2099;

    public DateOnly From => Quarter is { } q ? new DateOnly(Year, 4, 1).AddMonths(3 * (q - 1)) : new DateOnly(Year, 4, 1);

    public DateOnly To => (Quarter is null ? new DateOnly(Year + 1, 4, 1) : From.AddMonths(3)).AddDays(-1);

    public string Label => Quarter is { } q ? $"{Year}-{Year + 1 - 2000:00}-q{q}" : $"{Year}-{Year + 1 - 2000:00}";
}

public static class ReturnRules
{
    /// <summary>A financial year the returns can be asked for: given, and from 2000 to 2099.</summary>
    public static IRuleBuilderOptions<T, int?> ReturnYear<T>(this IRuleBuilder<T, int?> rule) =>
        rule.NotNull().WithMessage("Enter the financial year")
            .InclusiveBetween(ReturnPeriod.FirstYear, ReturnPeriod.LastYear).WithMessage($"The year must be from {ReturnPeriod.FirstYear} to {ReturnPeriod.LastYear}");
}

/// <summary>
/// Reads a period's carer events in one REPEATABLE READ READ ONLY transaction, so the rows and
/// the people they name are one consistent picture even while staff work.
/// </summary>
public static class CarerEventReader
{
    // Requests, assessments and reviews count once closed inside the period (an event that was
    // still open at the period's end is left out, so re-running a past period gives the same file);
    // services count when they overlap the period, with the end date left blank if after it.
    private const string EventsSql = """
        WITH ev AS (
            SELECT a.carer_id, 'request' AS kind, 'REQ-' || a.id AS reference,
                   (a.requested_at AT TIME ZONE 'Europe/London')::date AS start_on,
                   (COALESCE(m.at, CASE WHEN a.status <> 'requested' THEN a.requested_at END) AT TIME ZONE 'Europe/London')::date AS end_on,
                   COALESCE(m.to_status, a.status) AS detail,
                   CASE WHEN a.requested_by LIKE '%:%' THEN 'partner' WHEN a.requested_by = c.account_subject THEN 'self' ELSE 'staff' END AS route,
                   NULL::boolean AS eligible, a.self_assessment
            FROM assessment a
            JOIN carer c ON c.id = a.carer_id
            LEFT JOIN LATERAL (SELECT e.at, e.to_status FROM assessment_event e
                               WHERE e.assessment_id = a.id AND e.from_status = 'requested' ORDER BY e.id LIMIT 1) m ON true
            UNION ALL
            SELECT a.carer_id, 'assessment', 'ASM-' || a.id,
                   (COALESCE(s.at, a.completed_at) AT TIME ZONE 'Europe/London')::date, (a.completed_at AT TIME ZONE 'Europe/London')::date,
                   NULL, NULL, a.eligible, a.self_assessment
            FROM assessment a
            LEFT JOIN LATERAL (SELECT e.at FROM assessment_event e
                               WHERE e.assessment_id = a.id AND e.to_status IN ('scheduled', 'inProgress') ORDER BY e.id LIMIT 1) s ON true
            WHERE a.completed_at IS NOT NULL AND a.status IN ('completed', 'reviewed')
            UNION ALL
            SELECT a.carer_id, 'review', 'REV-' || e.id, (e.at AT TIME ZONE 'Europe/London')::date, (e.at AT TIME ZONE 'Europe/London')::date,
                   NULL, NULL, NULL, false
            FROM assessment_event e JOIN assessment a ON a.id = e.assessment_id
            WHERE e.to_status = 'reviewed'
            UNION ALL
            SELECT g.carer_id, 'grant', 'GRT-' || g.id, g.paid_on, g.paid_on, NULL, NULL, NULL, false
            FROM grant_application g WHERE g.status = 'paid' AND g.paid_on IS NOT NULL
            UNION ALL
            SELECT b.carer_id, 'break', 'BRK-' || b.id, b.starts_on, b.ends_on, b.status, NULL, NULL, false
            FROM break_booking b WHERE b.status IN ('confirmed', 'completed')
            UNION ALL
            SELECT p.carer_id, 'partnerSupport', 'PTS-' || p.id, p.given_on, p.given_on, p.support_type, NULL, NULL, false
            FROM partner_support p
        )
        SELECT COALESCE(c.merged_into, c.id) AS person_id, ev.kind, ev.reference, ev.start_on, ev.end_on, ev.detail, ev.route, ev.eligible, ev.self_assessment
        FROM ev JOIN carer c ON c.id = ev.carer_id
        WHERE ev.start_on <= @To
          AND CASE WHEN ev.kind IN ('request', 'assessment', 'review') THEN ev.end_on BETWEEN @From AND @To
                   ELSE ev.end_on IS NULL OR ev.end_on >= @From END
        ORDER BY person_id, ev.start_on, ev.reference
        """;

    private const string PeopleSql = """
        SELECT id, nhs_number, gp_practice_ods_code, ethnicity, date_of_birth, postcode FROM carer WHERE id = ANY(@Ids)
        """;

    private const string RelationshipsSql = """
        SELECT r.carer_id, r.cared_for_person_id, r.main_need, r.hours_per_week, r.started_on, r.ended_on, p.date_of_birth AS cared_for_date_of_birth
        FROM caring_relationship r JOIN cared_for_person p ON p.id = r.cared_for_person_id
        WHERE r.carer_id = ANY(@Ids)
        ORDER BY r.carer_id, r.hours_per_week DESC, r.started_on, r.cared_for_person_id
        """;

    public sealed record Event
    {
        public Guid PersonId { get; init; }
        public string Kind { get; init; } = "";
        public string Reference { get; init; } = "";
        public DateOnly StartOn { get; init; }
        public DateOnly? EndOn { get; init; }
        public string? Detail { get; init; }
        public string? Route { get; init; }
        public bool? Eligible { get; init; }
        public bool SelfAssessment { get; init; }
    }

    public sealed record Person
    {
        public Guid Id { get; init; }
        public string? NhsNumber { get; init; }
        public string? GpPracticeOdsCode { get; init; }
        public string? Ethnicity { get; init; }
        public DateOnly DateOfBirth { get; init; }
        public string Postcode { get; init; } = "";
    }

    public sealed record Relationship
    {
        public Guid CarerId { get; init; }
        public Guid CaredForPersonId { get; init; }
        public string MainNeed { get; init; } = "";
        public int HoursPerWeek { get; init; }
        public DateOnly StartedOn { get; init; }
        public DateOnly? EndedOn { get; init; }
        public DateOnly? CaredForDateOfBirth { get; init; }

        public bool ActiveBetween(DateOnly from, DateOnly to) => StartedOn <= to && (EndedOn is null || EndedOn >= from);
    }

    public sealed record Snapshot(IReadOnlyList<Event> Events, IReadOnlyDictionary<Guid, Person> People, ILookup<Guid, Relationship> Relationships);

    /// <summary>The period's events read in one consistent picture, and the CLD rows made from them.</summary>
    public static async Task<(Snapshot Snapshot, IReadOnlyList<ClientLevelDataRow> Rows)> ReadRowsAsync(ReportingDataSource db, ReturnPeriod period, CancellationToken cancellationToken)
    {
        var snapshot = await ReadAsync(db, period, cancellationToken);
        return (snapshot, ClientLevelDataBuilder.Build(period, snapshot));
    }

    /// <summary>In one REPEATABLE READ READ ONLY snapshot on the reporting connection (a read replica where configured).</summary>
    public static async Task<Snapshot> ReadAsync(ReportingDataSource db, ReturnPeriod period, CancellationToken cancellationToken)
    {
        var (connection, transaction) = await db.BeginSnapshotAsync(cancellationToken);
        await using var ownedConnection = connection;
        await using var ownedTransaction = transaction;
        var events = (await connection.QueryAsync<Event>(new CommandDefinition(EventsSql, new { period.From, period.To }, transaction, cancellationToken: cancellationToken))).ToList();
        var ids = events.Select(e => e.PersonId).Distinct().ToArray();
        var people = (await connection.QueryAsync<Person>(new CommandDefinition(PeopleSql, new { Ids = ids }, transaction, cancellationToken: cancellationToken)))
            .ToDictionary(p => p.Id);
        var relationships = (await connection.QueryAsync<Relationship>(new CommandDefinition(RelationshipsSql, new { Ids = ids }, transaction, cancellationToken: cancellationToken)))
            .ToLookup(r => r.CarerId);
        await transaction.CommitAsync(cancellationToken);
        return new Snapshot(events, people, relationships);
    }

    /// <summary>The same CSV dialect as the grant payment file: comma-separated, quoted where needed, CRLF, a header row.</summary>
    public static byte[] Csv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var line in rows.Prepend(header))
        {
            foreach (var field in line)
            {
                csv.WriteField(field);
            }

            csv.NextRecord();
        }

        csv.Flush();
        return Encoding.UTF8.GetBytes(writer.ToString());
    }
}
