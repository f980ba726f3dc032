using System.Net;
using Carers.Api.Tests.Infrastructure;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;

namespace Carers.Api.Tests.GpFlags;

/// <summary>The latest GP flag wins for known carers too (issue #14): their record shows the GP status, to staff.</summary>
public sealed class GpCarerStatusTests(ApiFixture api) : ApiTest(api)
{
    private const string Nhs = "9434765919";

    private async Task<string> KnownCarerAsync()
    {
        var (record, _) = await RegisterAsync(Carer(NewSubject()), ValidRegistration(nhsNumber: Nhs));
        return record["id"]!.GetValue<string>();
    }

    private async Task<(string? Status, string? On)> GpStatusAsync(string id)
    {
        var status = (await ReadJson(await Assessor().GetAsync($"/api/carers/{id}", Ct)))["gpStatus"];
        return (status?["status"]!.GetValue<string>(), status?["recordedOn"]!.GetValue<string>());
    }

    [Fact]
    public async Task No_longer_a_carer_and_an_inactive_flag_change_the_status_staff_see()
    {
        var id = await KnownCarerAsync();
        Assert.Equal((null, null), await GpStatusAsync(id));

        await GpWorklistSeed.FlagAsync(Api, Nhs, recordedOn: "2025-01-01", consentToContact: false);
        Assert.Equal(("identifiedAsCarer", "2025-01-01"), await GpStatusAsync(id));

        await GpWorklistSeed.FlagAsync(Api, Nhs, recordedOn: "2025-03-01", code: "199361000000101", consentToContact: false);
        Assert.Equal(("noLongerACarer", "2025-03-01"), await GpStatusAsync(id));

        await GpWorklistSeed.FlagAsync(Api, Nhs, recordedOn: "2025-05-01", status: Flag.FlagStatus.Inactive, consentToContact: false);
        Assert.Equal(("flagInactive", "2025-05-01"), await GpStatusAsync(id));
    }

    [Fact]
    public async Task An_older_flag_arriving_late_does_not_override_a_newer_one()
    {
        var id = await KnownCarerAsync();
        await GpWorklistSeed.FlagAsync(Api, Nhs, recordedOn: "2025-03-01", code: "199361000000101");

        await GpWorklistSeed.FlagAsync(Api, Nhs, recordedOn: "2024-06-01", code: "224484003");

        Assert.Equal(("noLongerACarer", "2025-03-01"), await GpStatusAsync(id));
    }

    [Fact]
    public async Task A_flag_from_another_practice_is_shown_with_that_practice()
    {
        var id = await KnownCarerAsync();
        await GpWorklistSeed.FlagAsync(Api, Nhs, ods: "B54321", recordedOn: "2025-04-01");
        var status = (await ReadJson(await Assessor().GetAsync($"/api/carers/{id}", Ct)))["gpStatus"]!;
        Assert.Equal("B54321", status["odsCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task Partners_do_not_see_the_GP_status()
    {
        var id = await ReferAsync(Partner("CarersCentral"), Referral(nhsNumber: Nhs));
        await GpWorklistSeed.FlagAsync(Api, Nhs, recordedOn: "2025-01-01");

        var response = await Partner("CarersCentral").GetAsync($"/api/partner/carers/{id}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("gpStatus", text, StringComparison.Ordinal);
        Assert.DoesNotContain("identifiedAsCarer", text, StringComparison.Ordinal);
        Assert.Equal("identifiedAsCarer", (await ReadJson(await Assessor().GetAsync($"/api/carers/{id}", Ct)))["gpStatus"]!["status"]!.GetValue<string>());
    }
}
