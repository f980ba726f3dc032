-- Issue #14, decision 0023: the NHS-number oracle. A carer who types an NHS number that another
-- record already holds (registering, or changing their own details) keeps it on their own record
-- here, unverified and outside carer_nhs_number_key, so their own view shows it exactly as it
-- would show a free number. Staff see it as claimed; indicators, returns, partner views and GP
-- matching read only nhs_number, never this. A merge or a staff change settles it.
ALTER TABLE carer
    ADD COLUMN claimed_nhs_number char(10) CHECK (claimed_nhs_number ~ '^[0-9]{10}$'),
    ADD CONSTRAINT carer_one_nhs_number CHECK (nhs_number IS NULL OR claimed_nhs_number IS NULL);
