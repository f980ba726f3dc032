-- 0013: merges that move everything a carer holds (issue 14, decision 0021). Forward-only.

-- An open match naming a record that a merge closes is moved to the kept record; when that would
-- pair the kept record with itself or repeat a pair already queued, it is closed as superseded.
ALTER TABLE match_candidate DROP CONSTRAINT match_candidate_status_check;
ALTER TABLE match_candidate ADD CONSTRAINT match_candidate_status_check
    CHECK (status IN ('open', 'merged', 'keptApart', 'superseded'));

-- A merge moves rows by carer, and the match queue counts them by carer: these two had no index on it.
-- The review queues also find a carer's latest support plan with the first (created_at, id).
CREATE INDEX support_plan_carer_idx ON support_plan (carer_id, created_at, id);
CREATE INDEX gp_flag_carer_idx ON gp_flag (carer_id) WHERE carer_id IS NOT NULL;
