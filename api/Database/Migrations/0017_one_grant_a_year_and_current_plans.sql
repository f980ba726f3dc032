-- 0017: one grant a year, whatever the first had (issue #14, decision 0011). (The review queues' index on a carer's support plans is in 0013.)

-- A grant approved while the carer already had an approved or paid grant in the same financial year
-- is "later in the year", and a later grant needs an officer's override reason (the CHECK). Only one
-- grant a year can be the first (the partial unique index), so two approvals at once cannot both be
-- the first. The old index counted only grants without a reason, so a reason given on the first
-- grant let a second through without one.
ALTER TABLE grant_application ADD COLUMN later_in_year boolean NOT NULL DEFAULT false;

-- Grants already approved: the one without a reason (the old index allowed at most one) is the
-- first, else the earliest approved; every other one had a reason and is later.
UPDATE grant_application g SET later_in_year = true
FROM (
    SELECT id, row_number() OVER (PARTITION BY carer_id, financial_year
                                  ORDER BY override_reason IS NULL DESC, approved_on NULLS LAST, decided_at NULLS LAST, submitted_at, id) AS n
    FROM grant_application WHERE status IN ('approved', 'paid')
) o
WHERE g.id = o.id AND o.n > 1;

ALTER TABLE grant_application ADD CONSTRAINT grant_application_later_needs_reason CHECK (NOT later_in_year OR override_reason IS NOT NULL);
CREATE UNIQUE INDEX grant_application_first_in_year_key ON grant_application (carer_id, financial_year)
    WHERE status IN ('approved', 'paid') AND NOT later_in_year;
DROP INDEX grant_application_one_a_year_key;
