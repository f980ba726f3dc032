using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;
using Carers.Api.Infrastructure;

namespace Carers.Api.Features.Webhooks;

/// <summary>
/// What every event a partner receives carries (decision 0042): the event's id (also the webhook-id header, to dedupe
/// on), its type and the version of that type's schema, when it happened and to which partner it is addressed. Payloads
/// are thin, ids only: the partner reads the record through the API, where its consent is checked again.
/// </summary>
public abstract record PartnerEvent
{
    /// <summary>The event's id: the same on every attempt and on a replay. Also sent as the webhook-id header.</summary>
    [Required]
    public Guid Id { get; init; }

    /// <summary>What happened, e.g. carer.referred.</summary>
    [Required, MaxLength(50)]
    public string Type { get; init; } = "";

    /// <summary>The version of this type's schema. A breaking change to an event is a new version, sent alongside the old one for a year.</summary>
    [Required, Range(1, 1)]
    public int Version { get; init; }

    /// <summary>When the change was made (UTC).</summary>
    [Required]
    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>The partner the event is for: CarersCentral or Chums.</summary>
    [Required, AllowedValues("CarersCentral", "Chums"), MaxLength(20)]
    public string Partner { get; init; } = "";
}

/// <summary>An event with its typed data.</summary>
public abstract record PartnerEvent<TData> : PartnerEvent where TData : class
{
    /// <summary>The event's data: ids only; read the records through the API.</summary>
    [Required, JsonPropertyOrder(10)]
    public TData Data { get; init; } = null!;
}

/// <summary>
/// carer.referred: you may now see a carer you referred. Sent at once for a person the council did not know; for a carer
/// it already knew, only once the carer confirms the consent you reported (until then you get 404 and no events).
/// </summary>
public sealed record CarerReferredEvent : PartnerEvent<CarerReferredEvent.Payload>
{
    /// <param name="CarerId">The carer's id: read them with GetPartnerCarer.</param>
    /// <param name="ReferralId">The id ReferCarer answered for your referral.</param>
    public sealed record Payload(Guid CarerId, Guid ReferralId)
    {
        public static Payload Example { get; } = new(Examples.PartnerCarerId, Examples.ReferralId);
    }

    public static CarerReferredEvent Example { get; } = PartnerEventCatalogue.ExampleOf<CarerReferredEvent, Payload>("carer.referred", Payload.Example);
}

/// <summary>carer.updated: a carer who shares with you changed their details or the people they care for. Read them again.</summary>
public sealed record CarerUpdatedEvent : PartnerEvent<CarerUpdatedEvent.Payload>
{
    /// <param name="CarerId">The carer's id: read them with GetPartnerCarer.</param>
    public sealed record Payload(Guid CarerId)
    {
        public static Payload Example { get; } = new(Examples.PartnerCarerId);
    }

    public static CarerUpdatedEvent Example { get; } = PartnerEventCatalogue.ExampleOf<CarerUpdatedEvent, Payload>("carer.updated", Payload.Example);
}

/// <summary>
/// consent.withdrawn: the carer withdrew their consent to share with you. From now on you get 404 for them and no events;
/// delete what the consent covered, as your agreement with the council says.
/// </summary>
public sealed record ConsentWithdrawnEvent : PartnerEvent<ConsentWithdrawnEvent.Payload>
{
    /// <param name="CarerId">The carer's id (you can no longer read them).</param>
    /// <param name="Purpose">The consent withdrawn: shareWithCarersCentral or shareWithChums.</param>
    /// <param name="WithdrawnOn">The day it was withdrawn (Europe/London).</param>
    public sealed record Payload(Guid CarerId, [property: AllowedValues("shareWithCarersCentral", "shareWithChums"), MaxLength(30)] string Purpose, DateOnly WithdrawnOn)
    {
        public static Payload Example { get; } = new(Examples.PartnerCarerId, "shareWithCarersCentral", new DateOnly(2026, 11, 30));
    }

    public static ConsentWithdrawnEvent Example { get; } = PartnerEventCatalogue.ExampleOf<ConsentWithdrawnEvent, Payload>("consent.withdrawn", Payload.Example);
}

/// <summary>assessment.completed: the council finished a carer's assessment (or a young carer's needs assessment).</summary>
public sealed record AssessmentCompletedEvent : PartnerEvent<AssessmentCompletedEvent.Payload>
{
    /// <param name="CarerId">The carer's id.</param>
    /// <param name="AssessmentId">The assessment's id.</param>
    /// <param name="Eligible">Whether the carer has eligible needs (a young carer: support needs).</param>
    public sealed record Payload(Guid CarerId, Guid AssessmentId, bool Eligible)
    {
        public static Payload Example { get; } = new(Examples.PartnerCarerId, Guid.Parse("0b9a8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d"), true);
    }

    public static AssessmentCompletedEvent Example { get; } = PartnerEventCatalogue.ExampleOf<AssessmentCompletedEvent, Payload>("assessment.completed", Payload.Example);
}

/// <summary>grant.approved: the council approved a carer's grant application.</summary>
public sealed record GrantApprovedEvent : PartnerEvent<GrantApprovedEvent.Payload>
{
    /// <param name="CarerId">The carer's id.</param>
    /// <param name="GrantId">The grant application's id.</param>
    public sealed record Payload(Guid CarerId, Guid GrantId)
    {
        public static Payload Example { get; } = new(Examples.PartnerCarerId, Guid.Parse("5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a"));
    }

    public static GrantApprovedEvent Example { get; } = PartnerEventCatalogue.ExampleOf<GrantApprovedEvent, Payload>("grant.approved", Payload.Example);
}

/// <summary>break.confirmed: a short break the council arranged for a carer is confirmed with the provider.</summary>
public sealed record BreakConfirmedEvent : PartnerEvent<BreakConfirmedEvent.Payload>
{
    /// <param name="CarerId">The carer's id.</param>
    /// <param name="BreakId">The break booking's id.</param>
    public sealed record Payload(Guid CarerId, Guid BreakId)
    {
        public static Payload Example { get; } = new(Examples.PartnerCarerId, Guid.Parse("9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"));
    }

    public static BreakConfirmedEvent Example { get; } = PartnerEventCatalogue.ExampleOf<BreakConfirmedEvent, Payload>("break.confirmed", Payload.Example);
}

/// <summary>
/// Every event type the API sends partners, with the C# type that is its schema (served in the contract as a callback of
/// RegisterPartnerWebhook and listed in docs/events.md; tests fail when either drifts). The outbox rows' payloads are
/// read into these types strictly before they are sent, so a payload that does not fit its schema is never sent.
/// </summary>
public static class PartnerEventCatalogue
{
    public const int CurrentVersion = 1;

    public sealed record Entry(string Type, int Version, Type EventType, Type PayloadType, Func<Guid, DateTimeOffset, string, JsonElement, PartnerEvent> Build)
    {
        public PartnerEvent Example => (PartnerEvent)EventType.GetProperty("Example")!.GetValue(null)!;
    }

    public static IReadOnlyList<Entry> All { get; } =
    [
        Define<CarerReferredEvent, CarerReferredEvent.Payload>("carer.referred"),
        Define<CarerUpdatedEvent, CarerUpdatedEvent.Payload>("carer.updated"),
        Define<ConsentWithdrawnEvent, ConsentWithdrawnEvent.Payload>("consent.withdrawn"),
        Define<AssessmentCompletedEvent, AssessmentCompletedEvent.Payload>("assessment.completed"),
        Define<GrantApprovedEvent, GrantApprovedEvent.Payload>("grant.approved"),
        Define<BreakConfirmedEvent, BreakConfirmedEvent.Payload>("break.confirmed"),
    ];

    /// <summary>Outbox payloads are read strictly: a field missing, extra or of the wrong type is a fault, not an event sent half right.</summary>
    private static readonly JsonSerializerOptions Strict = CreateStrict();

    /// <summary>How events are written on the wire: the API's JSON words (camelCase, enums as strings).</summary>
    public static JsonSerializerOptions Wire { get; } = CreateWire();

    public static Entry? Find(string type) => All.FirstOrDefault(e => e.Type == type);

    /// <summary>The body sent for an outbox row: its envelope and its payload read into the event's type.</summary>
    public static string Body(Guid id, string type, DateTimeOffset occurredAt, string partner, string payloadJson)
    {
        var entry = Find(type) ?? throw new InvalidOperationException($"The outbox holds an event type the catalogue does not know: {type}.");
        using var payload = JsonDocument.Parse(payloadJson);
        var built = entry.Build(id, occurredAt, partner, payload.RootElement);
        return JsonSerializer.Serialize(built, entry.EventType, Wire);
    }

    internal static TEvent ExampleOf<TEvent, TData>(string type, TData data) where TEvent : PartnerEvent<TData>, new() where TData : class => new()
    {
        Id = Guid.Parse("01890a5d-ac96-774b-bcce-b302099a8057"),
        Type = type,
        Version = CurrentVersion,
        OccurredAt = new DateTimeOffset(2026, 11, 30, 14, 5, 0, TimeSpan.Zero),
        Partner = "CarersCentral",
        Data = data,
    };

    private static Entry Define<TEvent, TData>(string type) where TEvent : PartnerEvent<TData>, new() where TData : class =>
        new(type, CurrentVersion, typeof(TEvent), typeof(TData), (id, at, partner, payload) => new TEvent
        {
            Id = id,
            Type = type,
            Version = CurrentVersion,
            OccurredAt = at,
            Partner = partner,
            Data = payload.Deserialize<TData>(Strict) ?? throw new JsonException($"The payload of a {type} event is null."),
        });

    private static JsonSerializerOptions CreateStrict()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        JsonSetup.Configure(options);
        options.RespectRequiredConstructorParameters = true;
        options.RespectNullableAnnotations = true;
        return options;
    }

    private static JsonSerializerOptions CreateWire()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        JsonSetup.Configure(options);
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        return options;
    }
}
