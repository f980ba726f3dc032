using System.Net;
using System.Net.Http.Json;

namespace Carers.Api.Tests.Assessments;

/// <summary>
/// The assessment changes as a careful client makes them: read the assessment, then send the change with
/// the ETag it came with in If-Match (every change to an assessment needs one; decision 0028).
/// </summary>
public static class AssessmentCalls
{
    public static string StaffRoute(string id) => $"/api/assessments/{id}";

    public static string MyRoute(string id) => $"/api/me/carer/assessments/{id}";

    /// <summary>A request with a JSON body (or none) and, when given, If-Match.</summary>
    public static HttpRequestMessage WithIfMatch(HttpMethod method, string url, object? body, string? etag)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (etag is not null) request.Headers.TryAddWithoutValidation("If-Match", etag);
        return request;
    }

    /// <summary>The ETag the assessment has now, read the way the caller reads it (staff: GetAssessment; a carer: GetMyAssessment).</summary>
    public static async Task<string> AssessmentETagAsync(this HttpClient client, string url, CancellationToken ct)
    {
        var response = await client.GetAsync(url, ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
        return response.Headers.ETag!.ToString();
    }

    private static async Task<HttpResponseMessage> ChangeAsync(HttpClient client, string route, HttpMethod method, string step, object? body, CancellationToken ct) =>
        await client.SendAsync(WithIfMatch(method, $"{route}/{step}", body, await client.AssessmentETagAsync(route, ct)), ct);

    public static Task<HttpResponseMessage> MoveAsync(this HttpClient staff, string id, object body, CancellationToken ct) =>
        ChangeAsync(staff, StaffRoute(id), HttpMethod.Post, "moves", body, ct);

    public static Task<HttpResponseMessage> AllocateAsync(this HttpClient staff, string id, object body, CancellationToken ct) =>
        ChangeAsync(staff, StaffRoute(id), HttpMethod.Post, "allocation", body, ct);

    public static Task<HttpResponseMessage> CompleteAsync(this HttpClient staff, string id, object body, CancellationToken ct) =>
        ChangeAsync(staff, StaffRoute(id), HttpMethod.Post, "completion", body, ct);

    public static Task<HttpResponseMessage> RecordPlanAsync(this HttpClient staff, string id, object body, CancellationToken ct) =>
        ChangeAsync(staff, StaffRoute(id), HttpMethod.Put, "support-plan", body, ct);

    public static Task<HttpResponseMessage> ReviewAsync(this HttpClient staff, string id, object body, CancellationToken ct) =>
        ChangeAsync(staff, StaffRoute(id), HttpMethod.Post, "review", body, ct);

    public static Task<HttpResponseMessage> SaveAnswersAsync(this HttpClient carer, string id, object body, CancellationToken ct) =>
        ChangeAsync(carer, MyRoute(id), HttpMethod.Put, "answers", body, ct);

    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient carer, string id, CancellationToken ct) =>
        ChangeAsync(carer, MyRoute(id), HttpMethod.Post, "submission", null, ct);

    public static Task<HttpResponseMessage> DeclineAsync(this HttpClient carer, string id, object body, CancellationToken ct) =>
        ChangeAsync(carer, MyRoute(id), HttpMethod.Post, "decline", body, ct);
}
