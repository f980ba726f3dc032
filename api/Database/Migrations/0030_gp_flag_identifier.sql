-- 0030: a practice's own identifier for each flag, for FHIR conditional create (issue 19, decision 0043). Forward-only.
--
-- A GP system may give a Flag a business identifier (Flag.identifier: its own system and value). With
-- If-None-Exist: identifier=<system>|<value>, a resubmission finds the flag already stored and creates
-- nothing, with or without an Idempotency-Key. The database is the guard: within one practice an
-- identifier names at most one flag, so fifty identical conditional creates racing each other store one.
-- Value first in the index, so a search on the value alone (identifier=<value>) walks it too. Flags
-- sent without an identifier (all those before this migration, and every CSV extract) keep none.

ALTER TABLE gp_flag
    ADD COLUMN identifier_system text,
    ADD COLUMN identifier_value  text,
    ADD CONSTRAINT gp_flag_identifier_whole CHECK ((identifier_system IS NULL) = (identifier_value IS NULL)),
    ADD CONSTRAINT gp_flag_identifier_size CHECK (length(identifier_system) BETWEEN 1 AND 1024 AND length(identifier_value) BETWEEN 1 AND 256);

CREATE UNIQUE INDEX gp_flag_identifier_key ON gp_flag (ods_code, identifier_value, identifier_system) WHERE identifier_value IS NOT NULL;
