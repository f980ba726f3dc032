using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Carers.Api.Tests.DataRights;

/// <summary>Calls the subject access request operations make.</summary>
public static class SubjectAccessRequestCalls
{
    public const string Route = "/api/subject-access-requests";

    public static object Valid(Guid carerId, string receivedOn, string receivedBy = "post") => new
    {
        carerId,
        receivedOn,
        receivedBy,
        requester = "carer",
        identityVerifiedBy = "Letter signed; date of birth and address match the record",
    };

    public static async Task<JsonObject> RecordAsync(this HttpClient dpo, object body, CancellationToken ct)
    {
        var response = await dpo.PostAsJsonAsync(Route, body, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return JsonNode.Parse(text)!.AsObject();
    }
}
