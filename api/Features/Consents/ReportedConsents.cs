namespace Carers.Api.Features.Consents;

/// <summary>
/// The consent a partner reports when it refers a carer the council already knows (decision
/// 0024). It waits in reported_consent until the carer confirms it (AnswerPartnerReferral) or
/// staff record the carer's consent from a conversation (RecordConsentForCarer); only then is a
/// consent row in force, and only that row lets the partner see the carer (PartnerAccess.Visible).
/// </summary>
public static class ReportedConsents
{
    /// <summary>
    /// Records the reported consent of a referral; an earlier one still awaiting the carer for the
    /// same purpose is superseded, so the carer answers the latest. Parameters: @ReferralId,
    /// @CarerId, @Partner, @Purpose, @Basis, @GivenOn, @ReferredBy.
    /// </summary>
    public const string ReportSql = """
        UPDATE reported_consent SET status = 'superseded', answered_at = now(), answered_by = @ReferredBy
        WHERE carer_id = @CarerId AND purpose = @Purpose AND status = 'awaiting';
        INSERT INTO reported_consent (referral_id, carer_id, partner, purpose, basis, given_on, reported_by)
        VALUES (@ReferralId, @CarerId, @Partner, @Purpose, @Basis, @GivenOn, @ReferredBy);
        """;

    /// <summary>
    /// Once the carer's consent for a purpose is in force (@ConsentId), the reported consent
    /// awaiting it is confirmed and the partner is told with carer.referred (its referral id, so
    /// it learns the carer's id only now). Parameters: @CarerId, @Purpose, @ConsentId, @Subject.
    /// </summary>
    public const string ConfirmAwaitingSql = """
        WITH confirmed AS (
            UPDATE reported_consent SET status = 'confirmed', consent_id = @ConsentId, answered_at = now(), answered_by = @Subject
            WHERE carer_id = @CarerId AND purpose = @Purpose AND status = 'awaiting'
            RETURNING referral_id, partner, carer_id
        )
        INSERT INTO outbox_message (event_type, partner, carer_id, payload)
        SELECT 'carer.referred', partner, carer_id, jsonb_build_object('carerId', carer_id, 'referralId', referral_id) FROM confirmed
        """;

    /// <summary>
    /// For the merge of @Drop into @Keep (CarerMerge runs it before the merge moves consents; @By is
    /// the member of staff). Reported consents move to the kept
    /// record (one awaiting per purpose: the kept record's wins). A consent in force only because a
    /// partner referred a person nobody knew (consent.referral_id set) was the partner's report,
    /// about the data the partner itself gave: on a merged record it would open the council's
    /// record to the partner behind the carer's back, so it is withdrawn and becomes a reported
    /// consent awaiting the carer, unless the carer's own consent (no referral) is in force for
    /// that purpose on either record.
    /// </summary>
    public const string MergeSql = """
        UPDATE reported_consent d SET status = 'superseded', answered_at = now(), answered_by = 'merge:' || @By
        WHERE d.carer_id = @Drop AND d.status = 'awaiting'
          AND EXISTS (SELECT 1 FROM reported_consent k WHERE k.carer_id = @Keep AND k.purpose = d.purpose AND k.status = 'awaiting');
        UPDATE reported_consent SET carer_id = @Keep WHERE carer_id = @Drop;
        WITH reported AS (
            UPDATE consent d SET withdrawn_at = now(), withdrawn_on = current_date, withdrawn_by = 'merge:' || @By
            WHERE d.carer_id IN (@Keep, @Drop) AND d.withdrawn_at IS NULL AND d.referral_id IS NOT NULL
            RETURNING d.purpose, d.basis, d.given_on, d.given_by, d.referral_id
        )
        INSERT INTO reported_consent (referral_id, carer_id, partner, purpose, basis, given_on, reported_by)
        SELECT r.referral_id, @Keep, CASE r.purpose WHEN 'shareWithCarersCentral' THEN 'CarersCentral' ELSE 'Chums' END,
               r.purpose, r.basis, r.given_on, r.given_by
        FROM reported r
        WHERE NOT EXISTS (SELECT 1 FROM consent k WHERE k.carer_id IN (@Keep, @Drop) AND k.purpose = r.purpose
                                                    AND k.withdrawn_at IS NULL AND k.referral_id IS NULL)
        ON CONFLICT (carer_id, purpose) WHERE status = 'awaiting' DO NOTHING;
        """;
}
