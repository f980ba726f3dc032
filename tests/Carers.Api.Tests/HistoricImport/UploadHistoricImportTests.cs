using System.Net;
using Carers.Api.Features.StatutoryReturns;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;
using static Carers.Api.Tests.HistoricImport.HistoricFiles;

namespace Carers.Api.Tests.HistoricImport;

/// <summary>
/// UploadHistoricImport: a manager's CLD file of historic events is checked row by row and imported
/// all or nothing, with the original dates, matched to carers we hold, and idempotent on the old system's ids.
/// </summary>
public sealed class UploadHistoricImportTests(ApiFixture api) : ApiTest(api)
{
    private static readonly string[] Tables =
        ["carer", "assessment", "assessment_event", "grant_application", "break_booking", "partner_support", "historic_person", "historic_event", "match_candidate"];

    private static List<ClientLevelDataRow> TwoPeople()
    {
        var ann = Person("LL-1001", "1960-05-01", nhsNumber: "9434765919");
        var bob = Person("LL-1002", "1948-02-10");
        return
        [
            ann.Request("E-1", "2019-05-01", "2019-05-03"),
            ann.Assessment("E-2", "2019-05-20", "2019-06-10"),
            ann.Review("E-3", "2019-11-20"),
            ann.Service("E-4", CldServiceComponent.DirectPayment, "2019-07-01"),
            ann.Service("E-5", CldServiceComponent.CarerRespite, "2019-08-01", "2019-08-03"),
            bob.Service("E-6", CldServiceComponent.CarerUniversalServices, "2019-09-15"),
        ];
    }

    private async Task<Dictionary<string, long>> CountsAsync()
    {
        var counts = new Dictionary<string, long>();
        foreach (var table in Tables) counts[table] = await CountAsync(table);
        return counts;
    }

    private async Task<T> Scalar<T>(string sql, object? parameters = null)
    {
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    [Fact]
    public async Task A_file_is_imported_with_its_original_dates_and_the_status_shows_the_counts()
    {
        var manager = Manager();
        var status = await ImportAsync(manager, Csv(TwoPeople()), Ct);

        Assert.Equal("completed", status["status"]!.GetValue<string>());
        Assert.Equal(6, Int(status, "totalRows"));
        Assert.Equal(6, Int(status, "validatedRows"));
        Assert.Equal(6, Int(status, "importedRows"));
        Assert.Equal(2, Int(status, "carersCreated"));
        Assert.Equal(6, Int(status, "eventsCreated"));
        Assert.Equal(0, Int(status, "eventsAlreadyPresent"));
        Assert.Empty(status["problems"]!.AsArray());
        Assert.NotNull(status["finishedAt"]);

        Assert.Equal("imported", await Scalar<string>("SELECT DISTINCT identification_source FROM carer"));
        Assert.Equal(new DateOnly(2019, 5, 1), DateOnly.FromDateTime(await Scalar<DateTime>(
            "SELECT (identified_at AT TIME ZONE 'Europe/London')::timestamp FROM carer WHERE nhs_number = '9434765919'")));
        // The request and the assessment are one assessment, as the platform keeps them, now reviewed.
        Assert.Equal(1, await CountAsync("assessment"));
        Assert.Equal("reviewed|2019-05-01|2019-06-10|True", await Scalar<string>("""
            SELECT status || '|' || to_char(requested_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') || '|'
                   || to_char(completed_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') || '|' || CASE WHEN eligible THEN 'True' ELSE 'False' END
            FROM assessment
            """));
        Assert.Equal("paid|2019-07-01|2019-07-01|2019|imported", await Scalar<string>(
            "SELECT status || '|' || approved_on || '|' || paid_on || '|' || financial_year || '|' || source FROM grant_application WHERE amount_pence IS NULL"));
        Assert.Equal("completed|2019-08-01|2019-08-03", await Scalar<string>("SELECT status || '|' || starts_on || '|' || ends_on FROM break_booking"));
        Assert.Equal("2019-09-15", (await Scalar<DateTime>("SELECT given_on FROM partner_support WHERE source = 'imported'")).ToString("yyyy-MM-dd"));
        Assert.Null(await Scalar<string>("SELECT content FROM historic_import"));

        // Exported again, the year's file carries the same events on the same days.
        var csv = await manager.GetStringAsync("/api/statutory-returns/client-level-data?year=2019", Ct);
        foreach (var expected in new[] { "Request,REQ-", "2019-05-01,2019-05-03", "2019-05-20,2019-06-10", "2019-11-20,2019-11-20", "2019-08-01,2019-08-03", "Carer Universal Services" })
        {
            Assert.Contains(expected, csv.Replace("\"", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_same_file_again_answers_with_the_earlier_import_and_the_same_rows_in_another_file_change_nothing()
    {
        var manager = Manager();
        var rows = TwoPeople();
        var first = await ImportAsync(manager, Csv(rows), Ct);
        var before = await CountsAsync();

        var again = await manager.PostAsync(Route, Body(Csv(rows)), Ct);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(first["id"]!.GetValue<string>(), (await ReadJson(again))["id"]!.GetValue<string>());

        var reordered = await ImportAsync(manager, Csv(Enumerable.Reverse(rows)), Ct);
        Assert.Equal("completed", reordered["status"]!.GetValue<string>());
        Assert.NotEqual(first["id"]!.GetValue<string>(), reordered["id"]!.GetValue<string>());
        Assert.Equal(0, Int(reordered, "carersCreated"));
        Assert.Equal(2, Int(reordered, "carersAlreadyImported"));
        Assert.Equal(0, Int(reordered, "eventsCreated"));
        Assert.Equal(6, Int(reordered, "eventsAlreadyPresent"));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Staff_open_an_imported_carer_and_their_assessment_like_any_other()
    {
        await ImportAsync(Manager(), Csv(TwoPeople()), Ct);
        var carerId = await Scalar<Guid>("SELECT id FROM carer WHERE nhs_number = '9434765919'");
        var assessmentId = await Scalar<Guid>("SELECT id FROM assessment WHERE carer_id = @CarerId", new { CarerId = carerId });

        var carer = await Assessor().GetAsync($"/api/carers/{carerId}", Ct);
        Assert.Equal(HttpStatusCode.OK, carer.StatusCode);
        Assert.Equal("imported", (await ReadJson(carer))["identification"]!["source"]!.GetValue<string>());
        var assessment = await Assessor().GetAsync($"/api/assessments/{assessmentId}", Ct);
        Assert.Equal(HttpStatusCode.OK, assessment.StatusCode);
        Assert.Equal("reviewed", (await ReadJson(assessment))["assessment"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Imported_direct_payments_count_in_the_returns_but_stay_out_of_the_grant_lists_which_need_an_amount()
    {
        await ImportAsync(Manager(), Csv(TwoPeople()), Ct);
        Assert.Equal(1, await Scalar<long>("SELECT count(*) FROM grant_application WHERE source = 'imported' AND status = 'paid'"));

        // The old system's direct payment has no amount, and the contract's grant has one of at least 1p.
        var officer = Api.ClientAs("Staff.GrantsOfficer", "grants-officer-1");
        var response = await officer.GetAsync("/api/grant-applications?status=paid", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await ReadJson(response))["items"]!.AsArray());
    }

    [Fact]
    public async Task A_file_with_one_bad_row_is_refused_with_its_row_and_field_and_nothing_is_written()
    {
        var rows = TwoPeople();
        rows[2] = rows[2] with { NhsNumber = "9434765918" };
        var status = await ImportAsync(Manager(), Csv(rows), Ct);

        Assert.Equal("refused", status["status"]!.GetValue<string>());
        Assert.Equal(1, Int(status, "problemRows"));
        Assert.Equal(0, Int(status, "importedRows"));
        var problem = Assert.Single(status["problems"]!.AsArray());
        Assert.Equal(4, problem!["row"]!.GetValue<int>()); // the header is row 1
        Assert.Equal("NHS_Number", problem["field"]!.GetValue<string>());
        Assert.DoesNotContain("9434765918", problem["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.All(await CountsAsync(), c => Assert.Equal(0, c.Value));
    }

    [Fact]
    public async Task Every_check_names_its_row_and_field()
    {
        var ann = Person("LL-1", "1960-05-01");
        var rows = new[]
        {
            ann.Service("R-0", CldServiceComponent.CarerUniversalServices, "2019-04-15"),
            ann.Request("R-1", "2019-05-01", "2019-05-03") with { EventOutcome = CldEventOutcome.NoChangeInPackage },
            ann.Assessment("R-2", "2019-05-20", "2019-06-10") with { EventEndDate = null },
            ann.Service("R-3", CldServiceComponent.CarerRespite, "2019-08-05", "2019-08-01"),
            Person("LL-2", "2005-01-01").Service("R-4", CldServiceComponent.CarerUniversalServices, "2019-09-15"),
            ann.Service("R-5", CldServiceComponent.DirectPayment, "2019-07-01") with { ServiceComponent = null },
            ann.Review("R-0", "2019-11-20"),
            ann.Review("R-7", "2019-11-21") with { DateOfBirth = D("1961-01-01") },
        };

        var status = await ImportAsync(Manager(), Csv(rows), Ct);

        Assert.Equal("refused", status["status"]!.GetValue<string>());
        var problems = status["problems"]!.AsArray().Select(p => (p!["row"]!.GetValue<int>(), p["field"]!.GetValue<string>())).ToList();
        Assert.Equal([(3, "Event_Outcome"), (4, "Event_End_Date"), (5, "Event_End_Date"), (6, "Date_of_Birth"), (7, "Service_Component"),
            (8, "Event_Reference"), (9, "Date_of_Birth")], problems);
        Assert.Equal(0, await CountAsync("carer"));
    }

    [Fact]
    public async Task A_review_with_no_assessment_before_it_refuses_the_file_and_nothing_is_written()
    {
        var ann = Person("LL-1", "1960-05-01");
        var rows = new[] { ann.Service("A-1", CldServiceComponent.CarerUniversalServices, "2019-05-01"), ann.Review("A-2", "2019-11-20") };

        var status = await ImportAsync(Manager(), Csv(rows), Ct);

        Assert.Equal("refused", status["status"]!.GetValue<string>());
        var problem = Assert.Single(status["problems"]!.AsArray());
        Assert.Equal(3, problem!["row"]!.GetValue<int>());
        Assert.All(await CountsAsync(), c => Assert.Equal(0, c.Value));
    }

    [Fact]
    public async Task A_person_with_the_NHS_number_of_a_carer_we_hold_is_attached_to_that_carer()
    {
        var (record, _) = await RegisterAsync(Carer(NewSubject()), ValidRegistration(nhsNumber: "943 476 5919"));
        var carerId = record["id"]!.GetValue<string>();

        var status = await ImportAsync(Manager(), Csv([Person("LL-9", "1975-03-14", nhsNumber: "9434765919")
            .Service("N-1", CldServiceComponent.CarerUniversalServices, "2018-06-01")]), Ct);

        Assert.Equal(1, Int(status, "carersMatched"));
        Assert.Equal(0, Int(status, "carersCreated"));
        Assert.Equal(1, await CountAsync("carer"));
        Assert.Equal(Guid.Parse(carerId), await Scalar<Guid>("SELECT carer_id FROM partner_support"));
        // The old system knew the carer earlier: the record's identification date moves back to the first event, its source stays.
        Assert.Equal("selfRegistration|2018-06-01", await Scalar<string>(
            "SELECT identification_source || '|' || to_char(identified_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') FROM carer"));
    }

    [Fact]
    public async Task A_new_person_with_the_surname_date_of_birth_and_postcode_of_a_carer_is_queued_for_a_person_to_decide()
    {
        await RegisterAsync(Carer(NewSubject()), ValidRegistration());
        var rows = new[] { Person("LL-7", "1975-03-14", postcode: "LU1 3AB").Service("P-1", CldServiceComponent.CarerUniversalServices, "2018-06-01") };

        var status = await ImportAsync(Manager(), Csv(rows, new Dictionary<string, (string, string)> { ["LL-7"] = ("Amara", "Testcarer") }), Ct);

        Assert.Equal(1, Int(status, "carersCreated"));
        Assert.Equal(1, Int(status, "matchesQueued"));
        Assert.Equal(2, await CountAsync("carer"));
        Assert.Equal(1, await CountAsync("match_candidate WHERE status = 'open'"));
        Assert.Equal("Amara|Testcarer", await Scalar<string>("SELECT given_name || '|' || family_name FROM carer WHERE identification_source = 'imported'"));
    }

    [Theory]
    [InlineData("Carer")]
    [InlineData("Partner")]
    [InlineData("Staff.Assessor")]
    [InlineData("Staff.GrantsOfficer")]
    public async Task Only_managers_may_upload(string role)
    {
        var client = Api.ClientAs(role, NewSubject(), role == "Partner" ? "CarersCentral" : null);
        var response = await client.PostAsync(Route, Body(Csv(TwoPeople())), Ct);
        await AssertProblem(response, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous().PostAsync(Route, Body(Csv(TwoPeople())), Ct)).StatusCode);
        Assert.Equal(0, await CountAsync("historic_import"));
    }

    [Fact]
    public async Task A_body_that_is_not_csv_is_415()
    {
        var response = await Manager().PostAsync(Route, Json("{}"), Ct);
        await AssertProblem(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("")]
    [InlineData("LA_Code,NHS_Number\nE06000032,\n")]
    [InlineData("header only")]
    public async Task A_file_without_the_layouts_columns_is_refused_at_once(string csv)
    {
        var response = await Manager().PostAsync(Route, Body(csv), Ct);
        var problem = await AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.Equal(["file"], ErrorKeys(problem));
        Assert.Equal(0, await CountAsync("historic_import"));
    }

    [Fact]
    public async Task An_unknown_column_or_a_header_with_no_rows_is_refused_at_once()
    {
        var header = string.Join(',', ClientLevelDataRow.Fields);
        var unknown = await Manager().PostAsync(Route, Body(header + ",Favourite_Colour\n"), Ct);
        Assert.Contains("Favourite_Colour", (await AssertProblem(unknown, HttpStatusCode.BadRequest))["errors"]!["file"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        await AssertProblem(await Manager().PostAsync(Route, Body(header + "\r\n"), Ct), HttpStatusCode.BadRequest);
        Assert.Equal(0, await CountAsync("historic_import"));
    }

    [Fact]
    public async Task A_file_over_the_size_cap_is_413()
    {
        await using var small = Api.CreateFactory("Testing", localIssuer: true,
            new Dictionary<string, string?> { ["HistoricImport:MaxFileBytes"] = "500", ["HistoricImport:WorkerEnabled"] = "false" });
        var client = small.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Api.TokenFor("Staff.Manager", "manager-1"));
        var response = await client.PostAsync(Route, Body(Csv(TwoPeople())), Ct);
        await AssertProblem(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, await CountAsync("historic_import"));
    }
}
