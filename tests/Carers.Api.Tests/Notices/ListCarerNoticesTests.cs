using System.Net;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Notices;

/// <summary>Staff read a carer's notices, and why one could not be sent, with an Access-Reason, audited; carers and partners cannot.</summary>
public sealed class ListCarerNoticesTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task An_assessor_reads_a_carers_notices_including_an_undeliverable_one_and_the_read_is_audited_with_its_reason()
    {
        var subject = NewSubject();
        var carer = Carer(subject);
        await RegisterAsync(carer, new
        {
            registeringAs = "self", givenName = "Amara", familyName = "Testcarer", dateOfBirth = "1975-03-14", postcode = "LU1 3AB",
            preferredLanguage = "pl", preferredContactChannel = "phone", phone = "01582 123456",
        });
        var carerId = await NoticeRows.CarerIdOfAsync(Api.ConnectionString, subject);
        var assessor = NewSubject("assessor");

        var page = await ReadJson(await Assessor(assessor).GetAsync($"/api/carers/{carerId}/notices", Ct));

        var notice = Assert.Single(page["items"]!.AsArray())!.AsObject();
        Assert.Equal(("undeliverable", "pl"), (notice["status"]!.GetValue<string>(), notice["language"]!.GetValue<string>()));
        Assert.Null(notice["channel"]);
        Assert.Contains("no postal address", notice["failureReason"]!.GetValue<string>(), StringComparison.Ordinal);
        var audit = Assert.Single(await AuditDetailFor(assessor, "ListCarerNotices"));
        Assert.Equal((carerId, "casework", "success"), (audit.carer_id!.Value, audit.access_reason, audit.outcome));
    }

    [Fact]
    public async Task Without_an_Access_Reason_it_is_refused_and_a_carer_or_a_partner_cannot_read_it()
    {
        var subject = NewSubject();
        await RegisterAsync(Carer(subject));
        var carerId = await NoticeRows.CarerIdOfAsync(Api.ConnectionString, subject);

        Assert.Equal(HttpStatusCode.BadRequest, (await StaffWithoutReason("Staff.Assessor", NewSubject("assessor")).GetAsync($"/api/carers/{carerId}/notices", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Carer(subject).GetAsync($"/api/carers/{carerId}/notices", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Partner("Chums").GetAsync($"/api/carers/{carerId}/notices", Ct)).StatusCode);
        await AssertProblem(await Assessor().GetAsync($"/api/carers/{Guid.NewGuid()}/notices", Ct), HttpStatusCode.NotFound);
    }
}
