-- 0028: the review and re-offer queues at a million carers (issue 17, decision 0036). Forward-only.
--
-- The queues list a carer's current support plan (no later plan for the same carer) and declined
-- assessments with no later assessment. Walking the date indexes and asking "is there a later one?"
-- for each row read more and more rows as superseded plans and settled re-offers piled up at the
-- head of the index: at a million carers the re-offers queue read thousands of settled rows for 50
-- answers. Each row now says whether a later one has come, kept by the database itself (the triggers
-- below, so every way a row arrives is covered: the API, imports, merges), and the queues walk partial
-- indexes of the rows that are not superseded. The queries still ask "is there a later one?", so a flag
-- that has not caught up yet (two plans committed at once) can only slow a queue, never hide a row.

ALTER TABLE support_plan ADD COLUMN superseded boolean NOT NULL DEFAULT false;
ALTER TABLE assessment ADD COLUMN superseded boolean NOT NULL DEFAULT false;

UPDATE support_plan p SET superseded = true
WHERE EXISTS (SELECT 1 FROM support_plan later WHERE later.carer_id = p.carer_id AND (later.created_at, later.id) > (p.created_at, p.id));

UPDATE assessment a SET superseded = true
WHERE EXISTS (SELECT 1 FROM assessment later WHERE later.carer_id = a.carer_id AND later.requested_at > a.requested_at);

-- A plan arriving for a carer (new, or moved to them by a merge) supersedes their earlier plans, and is
-- itself superseded if a later one is already there.
CREATE FUNCTION support_plan_mark_superseded() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE support_plan SET superseded = true
    WHERE carer_id = NEW.carer_id AND NOT superseded AND (created_at, id) < (NEW.created_at, NEW.id);
    IF EXISTS (SELECT 1 FROM support_plan WHERE carer_id = NEW.carer_id AND (created_at, id) > (NEW.created_at, NEW.id)) THEN
        UPDATE support_plan SET superseded = true WHERE id = NEW.id AND NOT superseded;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER support_plan_superseded AFTER INSERT OR UPDATE OF carer_id ON support_plan
    FOR EACH ROW EXECUTE FUNCTION support_plan_mark_superseded();

CREATE FUNCTION assessment_mark_superseded() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE assessment SET superseded = true
    WHERE carer_id = NEW.carer_id AND NOT superseded AND requested_at < NEW.requested_at;
    IF EXISTS (SELECT 1 FROM assessment WHERE carer_id = NEW.carer_id AND requested_at > NEW.requested_at) THEN
        UPDATE assessment SET superseded = true WHERE id = NEW.id AND NOT superseded;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER assessment_superseded AFTER INSERT OR UPDATE OF carer_id ON assessment
    FOR EACH ROW EXECUTE FUNCTION assessment_mark_superseded();

-- The queues' order is (date, assessment): the old review index was (date, plan id), so every plan in
-- range was read and sorted before the first 50 came out.
CREATE INDEX support_plan_current_review_idx ON support_plan (next_review_on, assessment_id) WHERE NOT superseded;
DROP INDEX support_plan_review_idx;
CREATE INDEX assessment_current_reoffer_idx ON assessment (reoffer_on, id) WHERE status = 'declined' AND NOT superseded;
DROP INDEX assessment_reoffer_idx;
