namespace Carers.Api.Features.Reports;

/// <summary>
/// Every indicator, defined once: its words (the definition is checked against docs/indicators.md
/// by a test) and the SQL that computes it. Parameters: @From and @To (1 April and 31 March, both
/// inclusive), @Today, @TargetDays, @Holidays (weekday bank holidays), @Groups and @Shares (the
/// population shares). The headline SQL returns one row (value, numerator, denominator); the parts
/// SQL returns (part, value, numerator, denominator) per key. Dates of timestamps are read in
/// Europe/London. A "person" is a carer record not merged away, with the records of duplicates merged into it.
/// </summary>
internal static class IndicatorCatalogue
{
    internal sealed record Part(string Key, string Label, bool Held = true);

    internal sealed record Definition(string Id, IndicatorGroup Group, string Title, IndicatorUnit Unit, string Text, string Sql,
        string? PartsSql = null, IReadOnlyList<Part>? Parts = null);

    private static string Day(string timestamp) => $"({timestamp} AT TIME ZONE 'Europe/London')::date";

    private static string InYear(string date) => $"{date} BETWEEN @From AND @To";

    private static string AgeOn(string date, string carer = "c") => $"extract(year FROM age({date}, {carer}.date_of_birth))";

    /// <summary>A carer record not merged away, identified by the year end, still open then and not an ex-carer then.</summary>
    private const string OnRecordAtYearEnd = """
        c.merged_into IS NULL AND (c.identified_at AT TIME ZONE 'Europe/London')::date <= @To
        AND (c.closed_at IS NULL OR (c.closed_at AT TIME ZONE 'Europe/London')::date > @To)
        AND NOT (EXISTS (SELECT 1 FROM caring_relationship r WHERE r.carer_id = c.id)
             AND NOT EXISTS (SELECT 1 FROM caring_relationship r WHERE r.carer_id = c.id AND (r.ended_on IS NULL OR r.ended_on > @To)))
        """;

    private const string Person = "COALESCE(c.merged_into, c.id)";

    private static string Rate(string inner) =>
        $"SELECT round(100.0 * n / NULLIF(d, 0), 1) AS value, n AS numerator, d AS denominator FROM ({inner}) r";

    private static string Mean(string inner) =>
        $"SELECT round(n::numeric / NULLIF(d, 0), 1) AS value, n AS numerator, d AS denominator FROM ({inner}) r";

    private static string Count(string inner) => $"SELECT ({inner}) AS value, NULL::numeric AS numerator, NULL::numeric AS denominator";

    /// <summary>A count for each value of <paramref name="part"/> (ordered by it) among the rows of <paramref name="fromWhere"/>.</summary>
    private static string CountBy(string part, string fromWhere) =>
        $"SELECT {part} AS part, count(*) AS value, NULL::numeric AS numerator, NULL::numeric AS denominator FROM {fromWhere} GROUP BY {part} ORDER BY {part}";

    /// <summary>The year's grant pots' total of a pence column, in pounds.</summary>
    private static string PotTotal(string column) =>
        $"SELECT COALESCE(sum({column}), 0) / 100.0 AS value, NULL::numeric AS numerator, NULL::numeric AS denominator FROM grant_pot WHERE financial_year = @Year";

    /// <summary>Each of the year's grant pots' pence column, in pounds.</summary>
    private static string ByPot(string column) =>
        $"SELECT pot AS part, {column} / 100.0 AS value, NULL::numeric AS numerator, NULL::numeric AS denominator FROM grant_pot WHERE financial_year = @Year";

    private const string BreakProvided = "b.status IN ('confirmed', 'completed')";

    private static readonly string BreakInYear = $"{BreakProvided} AND b.starts_on <= @To AND b.ends_on >= @From";

    /// <summary>People supported in the year: a completed assessment, a grant approved (not cancelled) or a break provided.</summary>
    private static readonly string Supported = $"""
        supported AS (
            SELECT DISTINCT {Person} AS person_id
            FROM carer c
            WHERE EXISTS (SELECT 1 FROM assessment a WHERE a.carer_id = c.id AND a.completed_at IS NOT NULL AND {InYear(Day("a.completed_at"))})
               OR EXISTS (SELECT 1 FROM grant_application g WHERE g.carer_id = c.id AND g.status IN ('approved', 'paid') AND {InYear("g.approved_on")})
               OR EXISTS (SELECT 1 FROM break_booking b WHERE b.carer_id = c.id AND {BreakInYear})),
        recorded AS (
            SELECT p.ethnicity FROM supported s JOIN carer p ON p.id = s.person_id
            WHERE p.ethnicity IS NOT NULL AND p.ethnicity <> 'preferNotToSay'),
        population AS (SELECT * FROM unnest(@Groups::text[], @Shares::numeric[]) AS x(ethnicity, share))
        """;

    private static readonly string YoungSupport = $"""
        events AS (
            SELECT {Person} AS person_id, s.given_on AS on_date, c.date_of_birth
            FROM partner_support s JOIN carer c ON c.id = s.carer_id
            WHERE s.partner = 'Chums' AND {InYear("s.given_on")}
            UNION ALL
            SELECT {Person}, {Day("a.completed_at")}, c.date_of_birth
            FROM assessment a JOIN carer c ON c.id = a.carer_id
            WHERE a.kind = 'youngCarer' AND a.completed_at IS NOT NULL AND {InYear(Day("a.completed_at"))})
        """;

    private static readonly IReadOnlyList<Part> Sources =
    [
        new("self", "Registered themselves"), new("staff", "Registered by staff"), new("carersCentral", "Referred by Carers Central"),
        new("chums", "Referred by CHUMS"), new("gpFlag", "GP flag"), new("imported", "Imported from the old case system"),
    ];

    private static readonly IReadOnlyList<Part> Categories =
        [new("youngCarer", "Young carers (under 18)"), new("youngAdultCarer", "Young adult carers (18 to 25)"), new("adultCarer", "Adult carers (26 and over)")];

    private static readonly IReadOnlyList<Part> Pots = [new("adults", "Adults' pot"), new("children", "Children's pot")];

    private static readonly IReadOnlyList<Part> BreakTypes =
    [
        new("shortBreak", "Short break"), new("residentialRespite", "Residential respite"), new("sharedLives", "Shared Lives"),
        new("dayOpportunities", "Day opportunities"),
    ];

    private static readonly IReadOnlyList<Part> EthnicGroups =
    [
        new("asianBangladeshi", "Asian: Bangladeshi"), new("asianChinese", "Asian: Chinese"), new("asianIndian", "Asian: Indian"),
        new("asianPakistani", "Asian: Pakistani"), new("asianOther", "Asian: any other"),
        new("blackAfrican", "Black: African"), new("blackCaribbean", "Black: Caribbean"), new("blackOther", "Black: any other"),
        new("mixedWhiteAndAsian", "Mixed: White and Asian"), new("mixedWhiteAndBlackAfrican", "Mixed: White and Black African"),
        new("mixedWhiteAndBlackCaribbean", "Mixed: White and Black Caribbean"), new("mixedOther", "Mixed: any other"),
        new("whiteBritish", "White: English, Welsh, Scottish, Northern Irish or British"), new("whiteIrish", "White: Irish"),
        new("whiteGypsyOrIrishTraveller", "White: Gypsy or Irish Traveller"), new("whiteRoma", "White: Roma"), new("whiteOther", "White: any other"),
        new("otherArab", "Other: Arab"), new("otherAny", "Other: any other"),
    ];

    private static readonly IReadOnlyList<Part> Formats =
    [
        new("largePrint", "Large print"), new("easyRead", "Easy read"), new("audio", "Audio"), new("braille", "Braille"),
        new("bslVideo", "British Sign Language video"), new("anotherLanguage", "Another language"),
    ];

    private static readonly IReadOnlyList<Part> SupportTypes =
    [
        new("helplineCall", "Helpline call"), new("coaching", "Coaching"), new("training", "Training"), new("peerGroup", "Peer group"),
        new("schoolVisit", "School visit"), new("trip", "Trip"), new("counselling", "Counselling"), new("advice", "Advice"),
        new("benefitAdvice", "Benefit advice referral"), new("other", "Other"),
    ];

    private static readonly string IdentifiedInYear = $"c.merged_into IS NULL AND {InYear(Day("c.identified_at"))}";

    private static string PartnerSupport(string partner) => CountBy("s.support_type", $"partner_support s WHERE s.partner = '{partner}' AND {InYear("s.given_on")}");

    public static readonly IReadOnlyList<Definition> All =
    [
        // Identification
        new("carersIdentified", IndicatorGroup.Identification, "Carers identified in the year", IndicatorUnit.Count,
            "Carer records whose first identification date (the earliest identified date of the record and of any duplicate merged into it) falls in the year, by how they were identified. Records merged away as duplicates are not counted. Referrals are split by the partner of the carer's first referral (Carers Central when no referral is recorded). Imported records are those the historic import created from the old case system (Liquid Logic); their identification date is their first event there.",
            Count($"SELECT count(*) FROM carer c WHERE {IdentifiedInYear}"),
            $"""
            SELECT CASE c.identification_source WHEN 'selfRegistration' THEN 'self' WHEN 'staff' THEN 'staff' WHEN 'gpFlag' THEN 'gpFlag' WHEN 'imported' THEN 'imported'
                   ELSE CASE (SELECT r.partner FROM partner_referral r WHERE r.carer_id = c.id ORDER BY r.referred_at LIMIT 1)
                        WHEN 'Chums' THEN 'chums' ELSE 'carersCentral' END END AS part,
                   count(*) AS value, NULL::numeric AS numerator, NULL::numeric AS denominator
            FROM carer c WHERE {IdentifiedInYear} GROUP BY 1
            """, Sources),
        new("carersIdentifiedByCategory", IndicatorGroup.Identification, "Carers identified in the year, by category", IndicatorUnit.Count,
            "The same carers as \"Carers identified in the year\", by their age on the identification date: under 18 young carer, 18 to 25 young adult carer, 26 and over adult carer.",
            Count($"SELECT count(*) FROM carer c WHERE {IdentifiedInYear}"),
            $"""
            SELECT CASE WHEN {AgeOn(Day("c.identified_at"))} < 18 THEN 'youngCarer' WHEN {AgeOn(Day("c.identified_at"))} <= 25 THEN 'youngAdultCarer'
                   ELSE 'adultCarer' END AS part, count(*) AS value, NULL::numeric AS numerator, NULL::numeric AS denominator
            FROM carer c WHERE {IdentifiedInYear} GROUP BY 1
            """, Categories),
        new("carersOnRecordAtYearEnd", IndicatorGroup.Identification, "Carers on the record at the end of the year", IndicatorUnit.Count,
            "Carer records identified on or before 31 March, not merged away as duplicates, not closed by then, and not ex-carers then (an ex-carer has caring relationships and every one of them ended on or before 31 March).",
            Count($"SELECT count(*) FROM carer c WHERE {OnRecordAtYearEnd}")),
        new("gpIdentifiedNotContacted", IndicatorGroup.Identification, "People identified by their GP as carers and not yet contacted", IndicatorUnit.Count,
            "People with an NHS number whom a GP practice flagged as carers, first flagged on or before 31 March, whose status is still awaiting contact. The status is not dated, so this is the position when the report is read, not at the year end.",
            Count($"SELECT count(*) FROM gp_identified_person p WHERE p.is_carer AND p.status = 'awaitingContact' AND {Day("p.first_flagged_at")} <= @To")),
        new("gpAnonymousFlags", IndicatorGroup.Identification, "Anonymous GP carer flags", IndicatorUnit.Count,
            "People flagged as carers by a GP practice without an NHS number (so they cannot be contacted), with an active flag recorded in the year; each person (practice and pseudonymous subject) counted once.",
            Count($"SELECT count(DISTINCT (f.ods_code, f.subject_hash)) FROM gp_flag f WHERE f.nhs_number IS NULL AND f.is_carer AND f.status = 'active' AND {InYear("f.recorded_on")}")),

        // Assessments
        new("adultCarersAssessed", IndicatorGroup.Assessments, "Adult carers identified in the year who had a completed carer's assessment", IndicatorUnit.Percentage,
            "Denominator: carers identified in the year (as in \"Carers identified in the year\") aged 18 or over on the identification date; young carers are not counted. Numerator: those of them with an adult carer's assessment, on their record or on a duplicate merged into it, completed on or before 31 March (in this year or before).",
            Rate($"""
                SELECT count(*) FILTER (WHERE c.id IN (SELECT COALESCE(ac.merged_into, ac.id) FROM assessment a JOIN carer ac ON ac.id = a.carer_id
                    WHERE a.kind = 'adult' AND a.completed_at IS NOT NULL AND {Day("a.completed_at")} <= @To)) AS n,
                    count(*) AS d
                FROM carer c WHERE {IdentifiedInYear} AND {AgeOn(Day("c.identified_at"))} >= 18
                """)),
        new("assessmentsRequested", IndicatorGroup.Assessments, "Assessments requested", IndicatorUnit.Count,
            "Carer's assessments (adult and young carer's) requested in the year, whatever happened to them since.",
            Count($"SELECT count(*) FROM assessment a WHERE {InYear(Day("a.requested_at"))}")),
        new("assessmentsOffered", IndicatorGroup.Assessments, "Assessments offered", IndicatorUnit.Count,
            "Assessments moved to \"offered\" in the year (each assessment counted once, however often it was offered).",
            Count($"SELECT count(DISTINCT e.assessment_id) FROM assessment_event e WHERE e.to_status = 'offered' AND {InYear(Day("e.at"))}")),
        new("assessmentsDeclined", IndicatorGroup.Assessments, "Assessments declined by the carer", IndicatorUnit.Count,
            "Assessments the carer refused: moved to \"declined\" in the year (each assessment counted once).",
            Count($"SELECT count(DISTINCT e.assessment_id) FROM assessment_event e WHERE e.to_status = 'declined' AND {InYear(Day("e.at"))}")),
        new("assessmentsCompleted", IndicatorGroup.Assessments, "Assessments completed", IndicatorUnit.Count,
            "Assessments (adult and young carer's) whose eligibility decision was recorded in the year, including those since reviewed.",
            Count($"SELECT count(*) FROM assessment a WHERE a.completed_at IS NOT NULL AND {InYear(Day("a.completed_at"))}")),
        new("assessmentsCompletedWithinTarget", IndicatorGroup.Assessments, "Assessments completed within the target time", IndicatorUnit.Percentage,
            "Denominator: assessments completed in the year. Numerator: those completed no more than the target number of days (28, set in configuration as Reports:AssessmentTargetDays) after the request, counting calendar days between the request date and the completion date.",
            Rate($"""
                SELECT count(*) FILTER (WHERE {Day("a.completed_at")} - {Day("a.requested_at")} <= @TargetDays) AS n, count(*) AS d
                FROM assessment a WHERE a.completed_at IS NOT NULL AND {InYear(Day("a.completed_at"))}
                """)),
        new("assessmentsCoveringWork", IndicatorGroup.Assessments, "Assessments covering work, education or training", IndicatorUnit.Percentage,
            "Denominator: assessments completed in the year. Numerator: those whose answers include something in the section on work, education, training and leisure.",
            Rate($"""
                SELECT count(*) FILTER (WHERE btrim(COALESCE(a.answers ->> 'workEducationTrainingLeisure', '')) <> '') AS n, count(*) AS d
                FROM assessment a WHERE a.completed_at IS NOT NULL AND {InYear(Day("a.completed_at"))}
                """)),
        new("reviewsDone", IndicatorGroup.Assessments, "Reviews done", IndicatorUnit.Count,
            "Reviews of a support plan recorded in the year (each move of an assessment to \"reviewed\").",
            Count($"SELECT count(*) FROM assessment_event e WHERE e.to_status = 'reviewed' AND {InYear(Day("e.at"))}")),
        new("reviewsDue", IndicatorGroup.Assessments, "Reviews due", IndicatorUnit.Count,
            "Support plans whose next review date falls in the year. A review moves the date on, so a plan reviewed early and due again next year is not counted.",
            Count($"SELECT count(*) FROM support_plan p WHERE {InYear("p.next_review_on")}")),
        new("reviewsOverdue", IndicatorGroup.Assessments, "Reviews overdue", IndicatorUnit.Count,
            "Support plans whose next review date falls in the year and is before today: the review has not been recorded (recording it moves the date on).",
            Count($"SELECT count(*) FROM support_plan p WHERE {InYear("p.next_review_on")} AND p.next_review_on < @Today")),

        // Grants
        new("grantApplications", IndicatorGroup.Grants, "Grant applications", IndicatorUnit.Count,
            "Grant applications submitted in the year, whatever their outcome, by pot.",
            Count($"SELECT count(*) FROM grant_application g WHERE {InYear(Day("g.submitted_at"))}"),
            CountBy("g.pot", $"grant_application g WHERE {InYear(Day("g.submitted_at"))}"),
            Pots),
        new("grantsAwarded", IndicatorGroup.Grants, "Grants awarded", IndicatorUnit.Count,
            "Grants approved in the year (approval date in the year) and not cancelled since: status approved or paid. By pot.",
            Count($"SELECT count(*) FROM grant_application g WHERE g.status IN ('approved', 'paid') AND {InYear("g.approved_on")}"),
            CountBy("g.pot", $"grant_application g WHERE g.status IN ('approved', 'paid') AND {InYear("g.approved_on")}"),
            Pots),
        new("grantsDeclined", IndicatorGroup.Grants, "Grant applications declined", IndicatorUnit.Count,
            "Grant applications declined, with the decision made in the year.",
            Count($"SELECT count(*) FROM grant_application g WHERE g.status = 'declined' AND {InYear(Day("g.decided_at"))}")),
        new("grantsCancelled", IndicatorGroup.Grants, "Grants cancelled", IndicatorUnit.Count,
            "Grants or applications cancelled in the year.",
            Count($"SELECT count(*) FROM grant_application g WHERE g.status = 'cancelled' AND {InYear(Day("g.cancelled_at"))}")),
        new("grantsPaid", IndicatorGroup.Grants, "Grants paid", IndicatorUnit.Count,
            "Grants marked paid with a payment date in the year.",
            Count($"SELECT count(*) FROM grant_application g WHERE g.status = 'paid' AND {InYear("g.paid_on")}")),
        new("grantsPaidLate", IndicatorGroup.Grants, "Grants paid late", IndicatorUnit.Percentage,
            "Denominator: grants paid in the year. Numerator: those paid more than 10 working days (set in configuration as Reports:PaymentDueWorkingDays) after approval (working days exclude weekends and England and Wales bank holidays; counted from the day after approval to the payment date).",
            Rate($"""
                SELECT count(*) FILTER (WHERE (SELECT count(*) FROM generate_series(g.approved_on + 1, g.paid_on, interval '1 day') d
                    WHERE extract(isodow FROM d) < 6 AND d::date <> ALL (@Holidays)) > @DueWorkingDays) AS n, count(*) AS d
                FROM grant_application g WHERE g.status = 'paid' AND {InYear("g.paid_on")}
                """)),
        new("grantSpend", IndicatorGroup.Grants, "Grant spend", IndicatorUnit.Pounds,
            "Pounds paid from the year's grant pots (the pots' paid totals for this financial year), by pot.",
            PotTotal("paid_pence"),
            ByPot("paid_pence"),
            Pots),
        new("grantCommitment", IndicatorGroup.Grants, "Grant commitment", IndicatorUnit.Pounds,
            "Pounds committed from the year's grant pots: grants approved, paid or not yet paid (the pots' committed totals, which include what is paid), by pot.",
            PotTotal("committed_pence"),
            ByPot("committed_pence"),
            Pots),
        new("grantBudget", IndicatorGroup.Grants, "Grant budget", IndicatorUnit.Pounds,
            "Pounds budgeted for the year's grant pots, by pot.",
            PotTotal("budget_pence"),
            ByPot("budget_pence"),
            Pots),
        new("grantSpendAgainstBudget", IndicatorGroup.Grants, "Grant spend against budget", IndicatorUnit.Percentage,
            "Numerator: pounds paid from the year's grant pots. Denominator: pounds budgeted for them. Over 100 would mean spending beyond budget (the pots do not allow it). By pot.",
            Rate("SELECT sum(paid_pence) / 100.0 AS n, sum(budget_pence) / 100.0 AS d FROM grant_pot WHERE financial_year = @Year"),
            "SELECT pot AS part, round(100.0 * paid_pence / NULLIF(budget_pence, 0), 1) AS value, paid_pence / 100.0 AS numerator, budget_pence / 100.0 AS denominator FROM grant_pot WHERE financial_year = @Year",
            Pots),

        // Breaks
        new("breakDaysProvided", IndicatorGroup.Breaks, "Short-break days provided", IndicatorUnit.Days,
            "Days of breaks measured in days (every type but the sitting service) that were confirmed or completed, counting each booking's days that fall in the year, first and last day included. Requested, declined and cancelled bookings are not counted. By type of break.",
            Count($"SELECT COALESCE(sum(LEAST(b.ends_on, @To) - GREATEST(b.starts_on, @From) + 1), 0) FROM break_booking b WHERE b.break_type <> 'sittingService' AND {BreakInYear}"),
            $"SELECT b.break_type AS part, sum(LEAST(b.ends_on, @To) - GREATEST(b.starts_on, @From) + 1) AS value, NULL::numeric AS numerator, NULL::numeric AS denominator FROM break_booking b WHERE b.break_type <> 'sittingService' AND {BreakInYear} GROUP BY b.break_type",
            BreakTypes),
        new("sittingHoursProvided", IndicatorGroup.Breaks, "Sitting service hours provided", IndicatorUnit.Hours,
            "Hours of the sitting service (measured in minutes, shown in hours to one decimal place) in confirmed or completed bookings starting in the year.",
            Count($"SELECT round(COALESCE(sum(b.sitting_minutes), 0) / 60.0, 1) FROM break_booking b WHERE b.break_type = 'sittingService' AND {BreakProvided} AND {InYear("b.starts_on")}")),
        new("carersBenefitingFromBreaks", IndicatorGroup.Breaks, "Carers benefiting from breaks", IndicatorUnit.Count,
            "People (a carer and any duplicates merged into them counted once) with at least one confirmed or completed break of any type on a day in the year.",
            Count($"SELECT count(DISTINCT {Person}) FROM break_booking b JOIN carer c ON c.id = b.carer_id WHERE {BreakInYear}")),
        new("carersWithPlanHavingBreaks", IndicatorGroup.Breaks, "Carers with a support plan who had a break", IndicatorUnit.Percentage,
            "Denominator: people with a support plan made on or before 31 March. Numerator: those of them with a confirmed or completed break on a day in the year.",
            Rate($"""
                WITH planned AS (SELECT DISTINCT {Person} AS person_id FROM support_plan p JOIN carer c ON c.id = p.carer_id WHERE {Day("p.created_at")} <= @To),
                     breaks AS (SELECT DISTINCT {Person} AS person_id FROM break_booking b JOIN carer c ON c.id = b.carer_id WHERE {BreakInYear})
                SELECT count(*) FILTER (WHERE person_id IN (SELECT person_id FROM breaks)) AS n, count(*) AS d FROM planned
                """)),
        new("emergencyBreaks", IndicatorGroup.Breaks, "Emergency breaks", IndicatorUnit.Count,
            "Bookings marked as emergencies that start in the year and were not declined or cancelled.",
            Count($"SELECT count(*) FROM break_booking b WHERE b.emergency AND b.status NOT IN ('declined', 'cancelled') AND {InYear("b.starts_on")}")),

        // Equality
        new("ethnicMinorityTakeUp", IndicatorGroup.Equality, "Take-up by ethnic-minority carers relative to the population", IndicatorUnit.Ratio,
            "People supported in the year (an assessment completed, a grant approved and not cancelled, or a break confirmed or completed on a day in the year) whose ethnicity is recorded (not blank, not \"prefer not to say\"). For each ONS 2021 ethnic group: its share of those people divided by its share of Luton's population (2021 Census, set in configuration as Reports:PopulationShares), to two decimal places; 1.0 means take-up equal to population share. The headline is the same ratio for every group other than White British together. Numerator: people in the group; denominator: people supported with ethnicity recorded.",
            $"""
            WITH {Supported}
            SELECT round((count(*) FILTER (WHERE r.ethnicity <> 'whiteBritish'))::numeric / NULLIF(count(*), 0)
                       / NULLIF((SELECT sum(share) FROM population WHERE ethnicity <> 'whiteBritish') / 100.0, 0), 2) AS value,
                   count(*) FILTER (WHERE r.ethnicity <> 'whiteBritish') AS numerator, count(*) AS denominator
            FROM recorded r
            """,
            $"""
            WITH {Supported}
            SELECT p.ethnicity AS part,
                   round((SELECT count(*) FROM recorded r WHERE r.ethnicity = p.ethnicity)::numeric / NULLIF((SELECT count(*) FROM recorded), 0)
                       / NULLIF(p.share / 100.0, 0), 2) AS value,
                   (SELECT count(*) FROM recorded r WHERE r.ethnicity = p.ethnicity) AS numerator, (SELECT count(*) FROM recorded) AS denominator
            FROM population p
            """, EthnicGroups),
        new("supportedEthnicityRecorded", IndicatorGroup.Equality, "Carers supported whose ethnicity is recorded", IndicatorUnit.Percentage,
            "Denominator: people supported in the year (as in the take-up ratio). Numerator: those whose ethnicity is recorded (not blank, not \"prefer not to say\"). The take-up ratios are only as good as this.",
            Rate($"WITH {Supported} SELECT (SELECT count(*) FROM recorded) AS n, (SELECT count(*) FROM supported) AS d")),

        // Young carers and others with particular needs
        new("youngCarersSupported", IndicatorGroup.YoungCarers, "Young carers supported", IndicatorUnit.Count,
            "People under 18 on the day they were supported in the year, by a CHUMS support record or a young carer's assessment completed; each person counted once.",
            Count($"WITH {YoungSupport} SELECT count(DISTINCT person_id) FROM events e WHERE extract(year FROM age(e.on_date, e.date_of_birth)) < 18")),
        new("youngAdultCarersSupported", IndicatorGroup.YoungCarers, "Young adult carers supported", IndicatorUnit.Count,
            "People aged 18 to 25 on the day they were supported in the year, by a CHUMS support record or a young carer's assessment completed; each person counted once.",
            Count($"WITH {YoungSupport} SELECT count(DISTINCT person_id) FROM events e WHERE extract(year FROM age(e.on_date, e.date_of_birth)) BETWEEN 18 AND 25")),
        new("olderCarersOfPeopleWithLearningDisability", IndicatorGroup.YoungCarers, "Carers aged 70 or over caring for someone with a learning disability", IndicatorUnit.Count,
            "Carers on the record at the end of the year (as in \"Carers on the record at the end of the year\") aged 70 or over on 31 March, with a caring relationship whose main need is a learning disability, started on or before 31 March and not ended by then.",
            Count($"""
                SELECT count(*) FROM carer c WHERE {OnRecordAtYearEnd} AND {AgeOn("@To::date")} >= 70
                  AND EXISTS (SELECT 1 FROM caring_relationship r WHERE r.carer_id = c.id AND r.main_need = 'learningDisability'
                              AND r.started_on <= @To AND (r.ended_on IS NULL OR r.ended_on > @To))
                """)),
        new("workingCarers", IndicatorGroup.YoungCarers, "Working carers", IndicatorUnit.Count,
            "Carers on the record at the end of the year whose employment status is employed full time, employed part time or self-employed (as recorded now: the status is not dated).",
            Count($"SELECT count(*) FROM carer c WHERE {OnRecordAtYearEnd} AND c.employment_status IN ('employedFullTime', 'employedPartTime', 'selfEmployed')")),
        new("carersWithEmergencyPlan", IndicatorGroup.YoungCarers, "Carers with an emergency plan", IndicatorUnit.Count,
            "Carers on the record at the end of the year with at least one emergency plan made on or before 31 March.",
            Count($"SELECT count(*) FROM carer c WHERE {OnRecordAtYearEnd} AND EXISTS (SELECT 1 FROM emergency_plan p WHERE p.carer_id = c.id AND {Day("p.created_at")} <= @To)")),
        new("emergencyPlanLookUps", IndicatorGroup.YoungCarers, "Emergency plan look-ups", IndicatorUnit.Count,
            "Look-ups of an emergency plan by card number that found a carer, in the year (from the audit log).",
            Count($"SELECT count(*) FROM audit_event a WHERE a.action = 'LookUpEmergencyPlan' AND a.outcome = 'success' AND {InYear(Day("a.occurred_at"))}")),

        // Feedback
        new("qualityOfLife", IndicatorGroup.Feedback, "Carer-reported quality of life", IndicatorUnit.Score,
            "The mean, to one decimal place, of the carer-reported quality of life score (0 to 12: the sum of the six items, each 0 to 2) over the year's survey responses; every response answers all six items. Numerator: the sum of the scores; denominator: the responses.",
            Mean("SELECT sum(s.occupation + s.control + s.self_care + s.safety + s.social_participation + s.encouragement) AS n, count(*) AS d FROM survey_response s WHERE s.financial_year = @Year")),
        new("satisfiedWithSupport", IndicatorGroup.Feedback, "Carers extremely or very satisfied with support", IndicatorUnit.Percentage,
            "Denominator: the year's survey responses, excluding those answering that they received no support. Numerator: those extremely or very satisfied.",
            Rate("SELECT count(*) FILTER (WHERE s.satisfaction IN ('extremelySatisfied', 'verySatisfied')) AS n, count(*) AS d FROM survey_response s WHERE s.financial_year = @Year AND s.satisfaction <> 'notReceivedSupport'")),
        new("complaints", IndicatorGroup.Feedback, "Complaints received", IndicatorUnit.Count,
            "Complaints with a date of receipt in the year.",
            Count($"SELECT count(*) FROM feedback f WHERE f.kind = 'complaint' AND {InYear("f.received_on")}")),
        new("complaintsAcknowledgedInTime", IndicatorGroup.Feedback, "Complaints acknowledged within 3 working days", IndicatorUnit.Percentage,
            "Denominator: complaints received in the year. Numerator: those acknowledged on or before their acknowledge-by date (3 working days after receipt).",
            Rate($"SELECT count(*) FILTER (WHERE f.acknowledged_at IS NOT NULL AND {Day("f.acknowledged_at")} <= f.acknowledge_by) AS n, count(*) AS d FROM feedback f WHERE f.kind = 'complaint' AND {InYear("f.received_on")}")),
        new("compliments", IndicatorGroup.Feedback, "Compliments received", IndicatorUnit.Count,
            "Compliments with a date of receipt in the year.",
            Count($"SELECT count(*) FROM feedback f WHERE f.kind = 'compliment' AND {InYear("f.received_on")}")),
        new("informationRequestsByFormat", IndicatorGroup.Feedback, "Information requests, by format", IndicatorUnit.Count,
            "Requests for information in an accessible format or another language, made in the year, whatever their outcome, by format.",
            Count($"SELECT count(*) FROM information_request i WHERE {InYear("i.requested_on")}"),
            CountBy("i.format", $"information_request i WHERE {InYear("i.requested_on")}"),
            Formats),
        new("informationRequestsByLanguage", IndicatorGroup.Feedback, "Information requests in another language, by language", IndicatorUnit.Count,
            "Requests made in the year for information in another language, by language (ISO 639-1 code).",
            Count($"SELECT count(*) FROM information_request i WHERE i.format = 'anotherLanguage' AND {InYear("i.requested_on")}"),
            CountBy("i.language", $"information_request i WHERE i.format = 'anotherLanguage' AND {InYear("i.requested_on")}")),

        // Partners
        new("carersCentralSupport", IndicatorGroup.Partners, "Support given by Carers Central", IndicatorUnit.Count,
            "Support records Carers Central sent for a date in the year, by type of support.",
            Count($"SELECT count(*) FROM partner_support s WHERE s.partner = 'CarersCentral' AND {InYear("s.given_on")}"),
            PartnerSupport("CarersCentral"), SupportTypes),
        new("chumsSupport", IndicatorGroup.Partners, "Support given by CHUMS", IndicatorUnit.Count,
            "Support records CHUMS sent for a date in the year, by type of support.",
            Count($"SELECT count(*) FROM partner_support s WHERE s.partner = 'Chums' AND {InYear("s.given_on")}"),
            PartnerSupport("Chums"), SupportTypes),
        new("benefitAdviceReferrals", IndicatorGroup.Partners, "Referrals for benefit advice", IndicatorUnit.Count,
            "Support records of the type \"benefit advice referral\" sent by either partner for a date in the year.",
            Count($"SELECT count(*) FROM partner_support s WHERE s.support_type = 'benefitAdvice' AND {InYear("s.given_on")}")),
    ];
}
