using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.DataRights;

/// <summary>The data protection team produces the carer's export for a request: the same export, audited with the reason dataProtectionRequest.</summary>
public sealed class ExportSubjectAccessRequestTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task The_export_for_a_request_is_the_carers_export_and_is_audited_with_the_carer_and_the_reason()
    {
        var (record, _) = await RegisterAsync(Carer(NewSubject()), ValidRegistration("Sadia", "Requestson"));
        var carer = Guid.Parse(record["id"]!.GetValue<string>());
        await DataRightsRecords.SeedEverythingAsync(Api.ConnectionString, carer, "SarTag", "9434765919", "300000000003");
        var dpo = Api.DataProtection("dpo-export");
        var request = await dpo.RecordAsync(SubjectAccessRequestCalls.Valid(carer, DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), Ct);
        var id = request["id"]!.GetValue<string>();

        var json = await dpo.GetAsync($"{SubjectAccessRequestCalls.Route}/{id}/export", Ct);
        var html = await dpo.GetAsync($"{SubjectAccessRequestCalls.Route}/{id}/export?format=html", Ct);

        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        var export = JsonNode.Parse(await json.Content.ReadAsStringAsync(Ct))!.AsObject();
        Assert.All(DataRightsRecords.Sections, s => Assert.True(export.ContainsKey(s), s));
        Assert.Equal(("Sadia", "dataProtectionRequest"), (export["carer"]!["givenName"]!.GetValue<string>(), export["about"]!["producedFor"]!.GetValue<string>()));
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Requestson", await html.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal("attachment", html.Content.Headers.ContentDisposition?.DispositionType);

        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        var audits = (await connection.QueryAsync<(Guid? CarerId, string? AccessReason, string RecordId)>(
            "SELECT carer_id, access_reason, record_id FROM audit_event WHERE action = 'ExportSubjectAccessRequest' AND actor_subject = 'dpo-export' AND id > @AuditSince", new { AuditSince })).ToList();
        Assert.Equal(2, audits.Count);
        Assert.All(audits, a => Assert.Equal((carer, "dataProtectionRequest", id), (a.CarerId!.Value, a.AccessReason!, a.RecordId)));
    }

    [Fact]
    public async Task An_unknown_request_is_404_and_other_roles_are_refused()
    {
        var route = $"{SubjectAccessRequestCalls.Route}/{Guid.NewGuid()}/export";

        await AssertProblem(await Api.DataProtection().GetAsync(route, Ct), HttpStatusCode.NotFound);
        await AssertProblem(await Assessor().GetAsync(route, Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await Manager().GetAsync(route, Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await Partner(PartnerNames.Chums).GetAsync(route, Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await Carer(NewSubject()).GetAsync(route, Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await Api.DataProtection().GetAsync(route + "?format=xml", Ct), HttpStatusCode.BadRequest);
    }
}
