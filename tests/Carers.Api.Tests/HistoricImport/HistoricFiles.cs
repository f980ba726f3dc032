using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Carers.Api.Features.StatutoryReturns;

namespace Carers.Api.Tests.HistoricImport;

/// <summary>Historic files in the CLD layout (written with the extract's own row model), and uploading one and waiting for its end.</summary>
public static class HistoricFiles
{
    public const string Route = "/api/historic-imports";

    public static DateOnly D(string day) => DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A person's row with nothing of the event yet.</summary>
    public static ClientLevelDataRow Person(string personId, string dateOfBirth = "1960-05-01", string? nhsNumber = null, string postcode = "LU1 1AA") => new()
    {
        ReportingPeriodStartDate = D("2019-04-01"),
        ReportingPeriodEndDate = D("2020-03-31"),
        LaPersonUniqueIdentifier = personId,
        NhsNumber = nhsNumber,
        DateOfBirth = D(dateOfBirth),
        Postcode = postcode,
    };

    public static ClientLevelDataRow Request(this ClientLevelDataRow person, string reference, string start, string end, bool declined = false) => person with
    {
        EventType = CldEventType.Request, EventReference = reference, EventStartDate = D(start), EventEndDate = D(end),
        EventOutcome = declined ? CldEventOutcome.SupportDeclined : CldEventOutcome.ProgressToAssessment,
        RequestRouteOfAccess = CldRouteOfAccess.CommunityOrOtherRoute,
    };

    public static ClientLevelDataRow Assessment(this ClientLevelDataRow person, string reference, string start, string end, bool eligible = true) => person with
    {
        EventType = CldEventType.Assessment, EventReference = reference, EventStartDate = D(start), EventEndDate = D(end),
        EventOutcome = eligible ? CldEventOutcome.ProgressToSupportPlanningOrServices : CldEventOutcome.InformationAndAdviceOnly,
        AssessmentType = CldCodes.CarerAssessmentType, EligibleNeedsIdentified = eligible, MethodOfAssessment = CldMethod.FaceToFace,
    };

    public static ClientLevelDataRow Review(this ClientLevelDataRow person, string reference, string on) => person with
    {
        EventType = CldEventType.Review, EventReference = reference, EventStartDate = D(on), EventEndDate = D(on),
        EventOutcome = CldEventOutcome.NoChangeInPackage, ReviewReason = CldCodes.PlannedReview, MethodOfReview = CldMethod.FaceToFace,
    };

    public static ClientLevelDataRow Service(this ClientLevelDataRow person, string reference, CldServiceComponent component, string start, string? end = null) => person with
    {
        EventType = CldEventType.Service, EventReference = reference, EventStartDate = D(start), EventEndDate = D(end ?? start),
        EventOutcome = component == CldServiceComponent.CarerUniversalServices ? CldEventOutcome.InformationAndAdviceOnly : CldEventOutcome.ServiceEndedAsPlanned,
        ServiceType = CldServiceType.CarerSupportDirectToCarer, ServiceComponent = component,
        DeliveryMechanism = component switch
        {
            CldServiceComponent.DirectPayment => CldDeliveryMechanism.DirectPayment,
            CldServiceComponent.CarerRespite => CldDeliveryMechanism.CassrCommissionedSupport,
            _ => null,
        },
    };

    /// <summary>The file: the CLD columns as the extract writes them, with Family_Name and Given_Name added when any row has names.</summary>
    public static string Csv(IEnumerable<ClientLevelDataRow> rows, IReadOnlyDictionary<string, (string Given, string Family)>? names = null)
    {
        var header = names is null ? ClientLevelDataRow.Fields : [.. ClientLevelDataRow.Fields, "Given_Name", "Family_Name"];
        var lines = rows.Select(r => names is null ? r.Values()
            : (IReadOnlyList<string>)[.. r.Values(), names.TryGetValue(r.LaPersonUniqueIdentifier, out var n) ? n.Given : "", names.TryGetValue(r.LaPersonUniqueIdentifier, out var m) ? m.Family : ""]);
        return Encoding.UTF8.GetString(CarerEventReader.Csv(header, lines));
    }

    public static StringContent Body(string csv) => new(csv, Encoding.UTF8, "text/csv");

    /// <summary>Uploads and polls the import until it is no longer queued or running; returns its last status.</summary>
    public static async Task<JsonObject> ImportAsync(HttpClient manager, string csv, CancellationToken ct)
    {
        var response = await manager.PostAsync(Route, Body(csv), ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        var id = JsonNode.Parse(text)!["id"]!.GetValue<string>();
        return await WaitAsync(manager, id, ct);
    }

    public static async Task<JsonObject> WaitAsync(HttpClient manager, string id, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            var status = JsonNode.Parse(await manager.GetStringAsync($"{Route}/{id}", ct))!.AsObject();
            if (status["status"]!.GetValue<string>() is "completed" or "refused" or "failed") return status;
            Assert.True(DateTime.UtcNow < deadline, "The import did not finish in 120 seconds.");
            await Task.Delay(100, ct);
        }
    }

    public static int Int(JsonObject status, string name) => status[name]!.GetValue<int>();
}
