using System.Net;
using System.Text;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Hl7.Fhir.Serialization;
using Npgsql;

namespace Carers.Api.Tests.GpFlags;

/// <summary>Puts people on the GP worklist the way the feed does (FHIR flags with consent to contact), then dates them.</summary>
public static class GpWorklistSeed
{
    public static HttpClient Gp(ApiFixture api, string ods) => api.ClientAs("GpSystem", $"gp-{ods}", odsCode: ods);

    public static async Task FlagAsync(ApiFixture api, string nhsNumber, string ods = "A12345", string recordedOn = "2025-01-15",
        string code = "224484003", bool consentToContact = true, Hl7.Fhir.Model.Flag.FlagStatus status = Hl7.Fhir.Model.Flag.FlagStatus.Active)
    {
        var flag = FhirFlagTests.CarerFlag(nhsNumber, code, recordedOn, ods, status, consentToContact);
        var response = await Gp(api, ods).PostAsync("/fhir/Flag",
            new StringContent(flag.ToJson(), Encoding.UTF8, "application/fhir+json"), TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>A GP-identified person awaiting contact, first flagged at the given time.</summary>
    public static async Task PersonAsync(ApiFixture api, string nhsNumber, string ods, string firstFlaggedAt)
    {
        await FlagAsync(api, nhsNumber, ods);
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.ExecuteAsync("UPDATE gp_identified_person SET first_flagged_at = @At::timestamptz WHERE nhs_number = @Nhs",
            new { At = firstFlaggedAt, Nhs = nhsNumber });
    }
}
