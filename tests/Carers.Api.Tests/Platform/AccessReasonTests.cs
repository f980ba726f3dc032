using System.Net;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Platform;

/// <summary>Staff reads carry a reason (decision 0025): required outside a queue, a default in one, kept on the audit row.</summary>
public sealed class AccessReasonTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task Opening_a_carer_without_a_reason_is_refused_and_reads_nothing()
    {
        var (record, _) = await RegisterAsync(Carer(NewSubject()));
        var subject = NewSubject("assessor");
        var assessor = StaffWithoutReason(Roles.Assessor, subject);

        var problem = await AssertProblem(await assessor.GetAsync($"/api/carers/{record["id"]}", Ct), HttpStatusCode.BadRequest);
        Assert.Equal(["Access-Reason"], ErrorKeys(problem));
        await AssertProblem(await assessor.GetAsync("/api/carers?name=testcarer", Ct), HttpStatusCode.BadRequest);
        await AssertProblem(await assessor.GetAsync($"/api/carers/{record["id"]}/other-carers", Ct), HttpStatusCode.BadRequest);

        Assert.Empty(await AuditFor(subject));
    }

    [Theory]
    [InlineData("nosy")]
    [InlineData("Casework ")]
    [InlineData("3")]
    public async Task An_unknown_reason_is_refused_with_the_header_named(string reason)
    {
        var (record, _) = await RegisterAsync(Carer(NewSubject()));
        var assessor = StaffWithoutReason(Roles.Assessor, NewSubject("assessor"));
        assessor.DefaultRequestHeaders.Add("Access-Reason", reason);

        var problem = await AssertProblem(await assessor.GetAsync($"/api/carers/{record["id"]}", Ct), HttpStatusCode.BadRequest);
        Assert.Equal(["Access-Reason"], ErrorKeys(problem));
        problem = await AssertProblem(await assessor.GetAsync("/api/assessment-queues/newRequests", Ct), HttpStatusCode.BadRequest);
        Assert.Equal(["Access-Reason"], ErrorKeys(problem));
    }

    [Fact]
    public async Task The_reason_given_is_kept_on_the_audit_row_with_the_carer()
    {
        var (record, _) = await RegisterAsync(Carer(NewSubject()));
        var carerId = Guid.Parse(record["id"]!.GetValue<string>());
        var subject = NewSubject("assessor");
        var assessor = StaffWithoutReason(Roles.Assessor, subject);
        assessor.DefaultRequestHeaders.Add("Access-Reason", "safeguarding");

        Assert.Equal(HttpStatusCode.OK, (await assessor.GetAsync($"/api/carers/{carerId}", Ct)).StatusCode);

        var row = Assert.Single(await AuditDetailFor(subject, "GetCarer"));
        Assert.Equal(("success", carerId, "safeguarding"), (row.outcome, row.carer_id, row.access_reason));
    }

    [Fact]
    public async Task A_queue_read_without_a_reason_keeps_the_queue_default()
    {
        var subject = NewSubject("assessor");

        Assert.Equal(HttpStatusCode.OK, (await StaffWithoutReason(Roles.Assessor, subject).GetAsync("/api/assessment-queues/newRequests", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StaffWithoutReason(Roles.Assessor, subject).GetAsync("/api/emergency-plans/overdue", Ct)).StatusCode);

        Assert.Equal("casework", Assert.Single(await AuditDetailFor(subject, "ListAssessmentQueue")).access_reason);
        Assert.Equal("review", Assert.Single(await AuditDetailFor(subject, "ListOverdueEmergencyPlans")).access_reason);
    }

    [Fact]
    public async Task A_queue_read_with_a_reason_keeps_that_reason()
    {
        var subject = NewSubject("assessor");
        var assessor = StaffWithoutReason(Roles.Assessor, subject);
        assessor.DefaultRequestHeaders.Add("Access-Reason", "review");

        Assert.Equal(HttpStatusCode.OK, (await assessor.GetAsync("/api/assessment-queues/reviewsDue", Ct)).StatusCode);

        Assert.Equal("review", Assert.Single(await AuditDetailFor(subject, "ListAssessmentQueue")).access_reason);
    }

    [Fact]
    public async Task A_carer_reading_their_own_record_gives_no_reason()
    {
        var subject = NewSubject();
        await RegisterAsync(Carer(subject));

        Assert.Equal(HttpStatusCode.OK, (await Carer(subject).GetAsync("/api/me/carer", Ct)).StatusCode);

        Assert.Null(Assert.Single(await AuditDetailFor(subject, "GetMyCarerRecord")).access_reason);
    }
}
