-- Issue 16: a partner's webhook registration is changed only by someone who saw the current one
-- (If-Match on RegisterPartnerWebhook once it exists; ListWebhookDeliveries hands out the eTag).
ALTER TABLE webhook_subscription ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version > 0);
