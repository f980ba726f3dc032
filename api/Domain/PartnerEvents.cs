namespace Carers.Api.Domain;

/// <summary>
/// Events for partners go to the outbox in the same transaction as the change (SPEC §8). The
/// payload is thin (ids only): a partner reads the record through the API, where its consent is
/// checked again, so an event never carries data the partner can no longer see.
/// </summary>
public static class PartnerEvents
{
    /// <summary>carer.updated to every partner the carer shares with. Parameter: @CarerId.</summary>
    public const string CarerUpdatedSql = """
        INSERT INTO outbox_message (event_type, partner, carer_id, payload)
        SELECT 'carer.updated', CASE k.purpose WHEN 'shareWithCarersCentral' THEN 'CarersCentral' ELSE 'Chums' END, k.carer_id,
               jsonb_build_object('carerId', k.carer_id)
        FROM consent k
        WHERE k.carer_id = @CarerId AND k.purpose IN ('shareWithCarersCentral', 'shareWithChums') AND k.withdrawn_at IS NULL
        """;
}
