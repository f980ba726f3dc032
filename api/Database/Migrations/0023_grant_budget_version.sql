-- 0023: a financial year's budget carries a version (issue 16, decision 0030), so that two officers setting it
-- cannot overwrite each other: GetGrantBudget answers it as the ETag and SetGrantBudget needs it in If-Match.
-- Both pots of a year are set together and share one version; commitments and payments do not change it.
ALTER TABLE grant_pot ADD COLUMN version integer NOT NULL DEFAULT 1;
