using System.Net;
using System.Net.Http.Json;
using Carers.Api.Features.Notices;
using Carers.Api.Tests.Assessments;
using Carers.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Carers.Api.Tests.Notices;

/// <summary>The daily scan tells a carer of a support plan review or an emergency plan review coming up, once per review date.</summary>
public sealed class NoticeReviewScanTests(ApiFixture api) : AssessmentChangeTest(api)
{
    [Fact]
    public async Task Reviews_due_within_28_days_are_told_of_once_however_often_the_scan_runs()
    {
        var id = await CompletedAsync(planned: true);
        var today = DateOnly.FromDateTime(DateTime.Today);
        await ScalarAsync<int>($"UPDATE support_plan SET next_review_on = current_date + 10 WHERE assessment_id = '{Guid.Parse(id)}' RETURNING 1");
        var subject = NewSubject();
        var carer = Carer(subject);
        await RegisterAsync(carer);
        var person = await ReadJson(await carer.PostAsJsonAsync("/api/me/carer/cared-for-people", ValidCaredForPerson(), Ct));
        var carerId = await NoticeRows.CarerIdOfAsync(Api.ConnectionString, subject);
        await ScalarAsync<int>($"""
            INSERT INTO emergency_plan (carer_id, relationship_id, content, reviewed_on, next_review_on)
            VALUES ('{carerId}', '{Guid.Parse(person["relationshipId"]!.GetValue<string>())}', '{"{}"}', current_date - 340, current_date + 25) RETURNING 1
            """);
        var scan = Api.Factory.Services.GetRequiredService<NoticeReviewScan>();

        Assert.Equal(2, await scan.ScanAsync(today, Ct));
        Assert.Equal(0, await scan.ScanAsync(today, Ct));
        Assert.Equal(0, await scan.ScanAsync(today.AddDays(1), Ct));

        var review = Assert.Single(await NoticeRows.OfKindAsync(Api.ConnectionString, "reviewDue"));
        Assert.Equal($"supportPlan:{id}:review:{today.AddDays(10):yyyy-MM-dd}", review.source_key);
        Assert.Single(await NoticeRows.OfKindAsync(Api.ConnectionString, "emergencyPlanReviewDue"));
        Assert.Equal(HttpStatusCode.OK, (await carer.GetAsync("/api/me/notices", Ct)).StatusCode);
    }
}
