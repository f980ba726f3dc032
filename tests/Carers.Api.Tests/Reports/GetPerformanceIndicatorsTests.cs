using System.Net;
using System.Text.RegularExpressions;
using Carers.Api.Infrastructure;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using static Carers.Api.Tests.Reports.ReportRecords;

namespace Carers.Api.Tests.Reports;

/// <summary>Managers read the indicators for a year as JSON or CSV; nobody else may; bad input is 400; every definition is the one in docs/indicators.md.</summary>
public sealed partial class GetPerformanceIndicatorsTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task An_empty_year_answers_every_indicator_with_zeros_and_no_rates()
    {
        var set = await ReadAsync(Manager(), 2012);

        Assert.Equal(2012, set["year"]!.GetValue<int>());
        Assert.Equal("2012/13", set["label"]!.GetValue<string>());
        Assert.Equal("2012-04-01", set["from"]!.GetValue<string>());
        Assert.Equal("2013-03-31", set["to"]!.GetValue<string>());
        Assert.Equal(0m, Value(set, "carersIdentified"));
        Assert.Null(Value(set, "adultCarersAssessed"));
        Assert.Equal((0m, 0m), Fraction(set, "adultCarersAssessed"));
        Assert.Equal(0m, Part(set, "carersIdentified", "imported"));
        Assert.Equal(0m, Part(set, "carersIdentified", "gpFlag"));
        Assert.Equal(8, set["indicators"]!.AsArray().Select(i => i!["group"]!.GetValue<string>()).Distinct().Count());
    }

    [Fact]
    public async Task The_csv_has_a_header_then_a_line_for_every_indicator_and_every_part()
    {
        var response = await Manager().GetAsync($"{Route}?year=2012&format=csv", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("indicators-2012-13.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var lines = (await response.Content.ReadAsStringAsync(Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("financial_year,group,id,part,title,unit,value,numerator,denominator,definition", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("2012/13,identification,carersIdentified,,Carers identified in the year,count,0,,,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("2012/13,identification,carersIdentified,gpFlag,GP flag,count,0,,,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_managers_may_read_the_indicators()
    {
        foreach (var client in new[] { Carer(NewSubject()), Assessor(), Partner("CarersCentral"), Api.ClientAs("Staff.GrantsOfficer", "officer-1") })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"{Route}?year=2012", Ct)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous().GetAsync($"{Route}?year=2012", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("year=1999", "year")]
    [InlineData("year=2100", "year")]
    [InlineData("year=2012&format=xml", "format")]
    public async Task A_year_out_of_range_or_an_unknown_format_is_400(string query, string field)
    {
        var problem = await AssertProblem(await Manager().GetAsync($"{Route}?{query}", Ct), HttpStatusCode.BadRequest);
        Assert.Equal([field], ErrorKeys(problem));
    }

    [Fact]
    public async Task Every_definition_is_written_once_in_docs_indicators_md_with_the_same_words()
    {
        var docs = await File.ReadAllTextAsync(Path.Combine(TestDatabase.RepositoryRoot(), "docs", "indicators.md"), Ct);
        var written = Heading().Matches(docs).ToDictionary(m => m.Groups["id"].Value, m => m.Groups["text"].Value.Trim());
        var set = await ReadAsync(Manager(), 2012);

        var ids = set["indicators"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(ids, written.Keys);
        foreach (var indicator in set["indicators"]!.AsArray())
        {
            Assert.Equal(indicator!["definition"]!.GetValue<string>(), written[indicator["id"]!.GetValue<string>()]);
        }
    }

    [Fact]
    public async Task Reports_read_in_one_read_only_repeatable_read_snapshot_from_the_reports_connection_when_it_is_set_with_a_longer_timeout()
    {
        await using var replica = Api.CreateFactory("Testing", localIssuer: true, new Dictionary<string, string?>
        {
            ["Carers:MigrateOnStartup"] = "false",
            ["ConnectionStrings:CarersReports"] = Api.ConnectionString + ";Application Name=carers-reports-replica",
        });

        var (connection, transaction) = await replica.Services.GetRequiredService<ReportingDataSource>().BeginSnapshotAsync(Ct);
        await using (connection)
        await using (transaction)
        {
            Assert.Equal("carers-reports-replica", await connection.ExecuteScalarAsync<string>("SELECT current_setting('application_name')", transaction: transaction));
            Assert.Equal(300, connection.CommandTimeout);
            Assert.Equal("repeatable read", await connection.ExecuteScalarAsync<string>("SHOW transaction_isolation", transaction: transaction));
            Assert.Equal("on", await connection.ExecuteScalarAsync<string>("SHOW transaction_read_only", transaction: transaction));
            Assert.Equal("0", await connection.ExecuteScalarAsync<string>("SHOW max_parallel_workers_per_gather", transaction: transaction));
            var write = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => connection.ExecuteAsync(
                "INSERT INTO survey_year (financial_year, closes_on, opened_by) VALUES (2013, '2014-03-01', 'x')", transaction: transaction));
            Assert.Equal("25006", write.SqlState);
        }

        var (primary, primaryTransaction) = await Api.Factory.Services.GetRequiredService<ReportingDataSource>().BeginSnapshotAsync(Ct);
        await using (primary)
        await using (primaryTransaction)
        {
            Assert.NotEqual("carers-reports-replica", await primary.ExecuteScalarAsync<string>("SELECT current_setting('application_name')", transaction: primaryTransaction));
            Assert.Equal(300, primary.CommandTimeout);
        }

        await using var given = Api.CreateFactory("Testing", localIssuer: true, new Dictionary<string, string?>
        {
            ["Carers:MigrateOnStartup"] = "false",
            ["ConnectionStrings:CarersReports"] = Api.ConnectionString + ";Command Timeout=45",
        });
        var (timed, timedTransaction) = await given.Services.GetRequiredService<ReportingDataSource>().BeginSnapshotAsync(Ct);
        await using (timed)
        await using (timedTransaction)
        {
            Assert.Equal(45, timed.CommandTimeout);
        }
    }

    [GeneratedRegex(@"^### `(?<id>[A-Za-z]+)`[^\n]*\n\n(?<text>[^\n]+)\n", RegexOptions.Multiline)]
    private static partial Regex Heading();
}
