-- Issue #14, decision 0023: a self-registration that matches a record without a sign-in is a
-- sign-in claim. It never links by itself: it waits in the match queue for staff to confirm who
-- the person is through the contact details already on the existing record.
ALTER TABLE match_candidate
    ADD COLUMN kind text NOT NULL DEFAULT 'probable' CHECK (kind IN ('probable', 'signInClaim')),
    -- The NHS number the claimant typed when another record already holds it: kept aside for
    -- staff, never stored on the claimant's own record (the number is unique there).
    ADD COLUMN claimed_nhs_number char(10),
    ADD CONSTRAINT match_candidate_claimed_nhs_only_on_claims CHECK (claimed_nhs_number IS NULL OR kind = 'signInClaim');

-- A cared-for person may have several carers (two siblings caring for their mother): one row,
-- linked from each carer's caring relationship. An NHS number names one person only.
CREATE UNIQUE INDEX cared_for_person_nhs_number_key ON cared_for_person (nhs_number) WHERE nhs_number IS NOT NULL;
CREATE INDEX cared_for_person_probable_match_idx ON cared_for_person (lower(family_name), date_of_birth, postcode);

-- What each carer told us about the person they care for: their own view shows these, never
-- what another carer of the same person entered. Null on relationships made before this.
ALTER TABLE caring_relationship
    ADD COLUMN given_name  text,
    ADD COLUMN family_name text,
    ADD COLUMN postcode    text;
