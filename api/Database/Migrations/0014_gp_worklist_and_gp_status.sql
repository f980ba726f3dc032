-- 0014: people a GP identified become a staff worklist with a history of contact attempts; a
-- carer record carries the GP status its latest flag set (SPEC §2: the latest flag by date wins).

-- Each contact attempt is kept; the worklist shows the latest and the count. "registered" is
-- written by the staff registration that created the carer, never posted on its own.
CREATE TABLE gp_contact_attempt (
    id           uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    nhs_number   char(10)    NOT NULL REFERENCES gp_identified_person (nhs_number),
    outcome      text        NOT NULL CHECK (outcome IN ('registered', 'declined', 'notACarer', 'couldNotReach')),
    note         text        CHECK (char_length(note) BETWEEN 1 AND 1000),
    attempted_by text        NOT NULL,
    attempted_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX gp_contact_attempt_person_idx ON gp_contact_attempt (nhs_number, attempted_at DESC, id);

-- "declined" and "not a carer" take a person off the worklist; "contacted" (could not reach) keeps them on.
ALTER TABLE gp_identified_person DROP CONSTRAINT gp_identified_person_status_check;
ALTER TABLE gp_identified_person ADD CONSTRAINT gp_identified_person_status_check
    CHECK (status IN ('awaitingContact', 'contacted', 'registered', 'noLongerACarer', 'declined', 'notACarer'));
-- The worklist: oldest first, optionally one practice.
CREATE INDEX gp_identified_person_worklist_idx ON gp_identified_person (first_flagged_at, nhs_number)
    WHERE status IN ('awaitingContact', 'contacted');
CREATE INDEX gp_identified_person_practice_idx ON gp_identified_person (ods_code, first_flagged_at, nhs_number)
    WHERE status IN ('awaitingContact', 'contacted');

-- What the latest GP flag (by recorded_on) says of a known carer, the date it was recorded and the practice.
ALTER TABLE carer
    ADD COLUMN gp_carer_status    text CHECK (gp_carer_status IN ('identifiedAsCarer', 'noLongerACarer', 'flagInactive')),
    ADD COLUMN gp_status_on       date,
    ADD COLUMN gp_status_ods_code text,
    ADD CONSTRAINT carer_gp_status_complete CHECK (
        (gp_carer_status IS NULL AND gp_status_on IS NULL AND gp_status_ods_code IS NULL)
        OR (gp_carer_status IS NOT NULL AND gp_status_on IS NOT NULL AND gp_status_ods_code IS NOT NULL));

-- Flags already held for known carers set their status now; on one date, a flag that is not
-- "is a carer" wins (the cautious reading).
UPDATE carer c SET gp_carer_status = f.gp_carer_status, gp_status_on = f.recorded_on, gp_status_ods_code = f.ods_code
FROM (
    SELECT DISTINCT ON (carer_id) carer_id, recorded_on, ods_code,
           CASE WHEN status = 'inactive' THEN 'flagInactive' WHEN is_carer THEN 'identifiedAsCarer' ELSE 'noLongerACarer' END AS gp_carer_status
    FROM gp_flag WHERE carer_id IS NOT NULL
    ORDER BY carer_id, recorded_on DESC, (is_carer AND status = 'active'), id DESC
) f
WHERE c.id = f.carer_id;
