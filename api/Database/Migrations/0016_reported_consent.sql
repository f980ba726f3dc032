-- Consent a partner reports when it refers a carer the council already knows (decision 0024).
-- It is not consent in force: the partner sees the carer only once the carer confirms it in
-- their account, or staff record the carer's consent from a conversation. One row per
-- referral; at most one awaits the carer's answer per carer and purpose.
CREATE TABLE reported_consent (
    referral_id uuid        PRIMARY KEY REFERENCES partner_referral (id),
    carer_id    uuid        NOT NULL REFERENCES carer (id),
    partner     text        NOT NULL CHECK (partner IN ('CarersCentral', 'Chums')),
    purpose     text        NOT NULL CHECK (purpose IN ('shareWithCarersCentral', 'shareWithChums')),
    basis       text        NOT NULL CHECK (basis IN ('self', 'parentForChild', 'bestInterests', 'lastingPowerOfAttorney')),
    given_on    date        NOT NULL,
    reported_by text        NOT NULL,
    reported_at timestamptz NOT NULL DEFAULT now(),
    status      text        NOT NULL DEFAULT 'awaiting' CHECK (status IN ('awaiting', 'confirmed', 'refused', 'superseded')),
    answered_at timestamptz,
    answered_by text,
    -- The consent in force that the confirmation gave (or found already given).
    consent_id  uuid        REFERENCES consent (id),
    CHECK ((partner = 'CarersCentral') = (purpose = 'shareWithCarersCentral')),
    CHECK ((status = 'awaiting') = (answered_at IS NULL) AND (answered_at IS NULL) = (answered_by IS NULL)),
    CHECK ((status = 'confirmed') = (consent_id IS NOT NULL))
);
CREATE UNIQUE INDEX reported_consent_awaiting_key ON reported_consent (carer_id, purpose) WHERE status = 'awaiting';
CREATE INDEX reported_consent_carer_idx ON reported_consent (carer_id, reported_at DESC);

-- A consent put in force by a partner's referral of a person nobody knew carries the referral:
-- it is the partner's report, never confirmed by the carer, and a merge into a record the
-- council already held turns it back into a reported consent awaiting the carer.
ALTER TABLE consent ADD COLUMN referral_id uuid REFERENCES partner_referral (id);
