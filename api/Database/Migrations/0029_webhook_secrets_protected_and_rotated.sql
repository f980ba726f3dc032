-- Issue 19, Standard Webhooks (decision 0042). A partner's signing secret is kept encrypted with ASP.NET Core Data
-- Protection (protected_secret), whose keys are never in the database. SQL cannot encrypt with those keys, so the
-- secrets kept in plain text until now stay in plain_secret only until the API starts after this migration: it
-- encrypts each one (respelt as Standard Webhooks spells a secret, same key bytes) and empties plain_secret, in the
-- same start-up step that runs the migrations (WebhookSecrets.ProtectPlainSecretsAsync). A row holds one or the other.
ALTER TABLE webhook_subscription RENAME COLUMN secret TO plain_secret;
ALTER TABLE webhook_subscription ALTER COLUMN plain_secret DROP NOT NULL;
ALTER TABLE webhook_subscription
    ADD COLUMN protected_secret text,
    -- A rotated-out secret keeps signing (beside the new one) until previous_secret_until: the partner's overlap.
    ADD COLUMN previous_protected_secret text,
    ADD COLUMN previous_secret_until timestamptz,
    ADD CONSTRAINT webhook_subscription_one_secret CHECK ((plain_secret IS NULL) <> (protected_secret IS NULL)),
    -- Data Protection's output is base64url and never begins like a secret: a plain secret in these columns is refused.
    ADD CONSTRAINT webhook_subscription_secret_protected CHECK (protected_secret NOT LIKE 'whsec%' AND previous_protected_secret NOT LIKE 'whsec%'),
    ADD CONSTRAINT webhook_subscription_previous_has_end CHECK ((previous_protected_secret IS NULL) = (previous_secret_until IS NULL));

-- Every event type the API sends partners: PartnerEventCatalogue lists the same, and a test fails when they differ.
ALTER TABLE outbox_message ADD CONSTRAINT outbox_message_event_type_known
    CHECK (event_type IN ('carer.referred', 'carer.updated', 'consent.withdrawn', 'assessment.completed', 'grant.approved', 'break.confirmed'));
