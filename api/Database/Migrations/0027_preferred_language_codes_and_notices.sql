-- Issue 18 (decision 0037): a carer's preferred language becomes an ISO 639-1 code, and the notices we send carers
-- (GOV.UK Notify: email, text message, letter) are written to an outbox in the transaction of the change they tell of.

-- Preferred language was free text that nothing read. Stored names become their code (case and spaces ignored);
-- a value that is already a code stays; anything else (a blank, a dialect with no ISO 639-1 code such as British Sign
-- Language, a typo) becomes 'en', as decision 0037 says: staff can correct it on the record. Each changed record moves
-- its version on (an ETag read before is stale) and its updated_at (partners' changedSince picks it up).
WITH codes (code) AS (SELECT unnest(ARRAY[
    'aa', 'ab', 'ae', 'af', 'ak', 'am', 'an', 'ar', 'as', 'av', 'ay', 'az', 'ba', 'be', 'bg', 'bi', 'bm', 'bn', 'bo', 'br',
    'bs', 'ca', 'ce', 'ch', 'co', 'cr', 'cs', 'cu', 'cv', 'cy', 'da', 'de', 'dv', 'dz', 'ee', 'el', 'en', 'eo', 'es', 'et',
    'eu', 'fa', 'ff', 'fi', 'fj', 'fo', 'fr', 'fy', 'ga', 'gd', 'gl', 'gn', 'gu', 'gv', 'ha', 'he', 'hi', 'ho', 'hr', 'ht',
    'hu', 'hy', 'hz', 'ia', 'id', 'ie', 'ig', 'ii', 'ik', 'io', 'is', 'it', 'iu', 'ja', 'jv', 'ka', 'kg', 'ki', 'kj', 'kk',
    'kl', 'km', 'kn', 'ko', 'kr', 'ks', 'ku', 'kv', 'kw', 'ky', 'la', 'lb', 'lg', 'li', 'ln', 'lo', 'lt', 'lu', 'lv', 'mg',
    'mh', 'mi', 'mk', 'ml', 'mn', 'mr', 'ms', 'mt', 'my', 'na', 'nb', 'nd', 'ne', 'ng', 'nl', 'nn', 'no', 'nr', 'nv', 'ny',
    'oc', 'oj', 'om', 'or', 'os', 'pa', 'pi', 'pl', 'ps', 'pt', 'qu', 'rm', 'rn', 'ro', 'ru', 'rw', 'sa', 'sc', 'sd', 'se',
    'sg', 'si', 'sk', 'sl', 'sm', 'sn', 'so', 'sq', 'sr', 'ss', 'st', 'su', 'sv', 'sw', 'ta', 'te', 'tg', 'th', 'ti', 'tk',
    'tl', 'tn', 'to', 'tr', 'ts', 'tt', 'tw', 'ty', 'ug', 'uk', 'ur', 'uz', 've', 'vi', 'vo', 'wa', 'wo', 'xh', 'yi', 'yo',
    'za', 'zh', 'zu'
    ]::text[])),
names (name, code) AS (VALUES
    ('english', 'en'), ('urdu', 'ur'), ('polish', 'pl'), ('romanian', 'ro'), ('bengali', 'bn'), ('bangla', 'bn'),
    ('sylheti', 'bn'), ('punjabi', 'pa'), ('panjabi', 'pa'), ('gujarati', 'gu'), ('arabic', 'ar'), ('somali', 'so'),
    ('portuguese', 'pt'), ('pashto', 'ps'), ('pushto', 'ps'), ('persian', 'fa'), ('farsi', 'fa'), ('dari', 'fa'),
    ('kurdish', 'ku'), ('tigrinya', 'ti'), ('turkish', 'tr'), ('lithuanian', 'lt'), ('bulgarian', 'bg'), ('slovak', 'sk'),
    ('hindi', 'hi'), ('tamil', 'ta'), ('chinese', 'zh'), ('mandarin', 'zh'), ('cantonese', 'zh'), ('spanish', 'es'),
    ('french', 'fr'), ('italian', 'it'), ('german', 'de'), ('russian', 'ru'), ('ukrainian', 'uk'), ('latvian', 'lv'),
    ('albanian', 'sq'), ('czech', 'cs'), ('hungarian', 'hu'), ('greek', 'el'), ('swahili', 'sw'), ('amharic', 'am'),
    ('nepali', 'ne'), ('sinhala', 'si'), ('sinhalese', 'si'), ('malayalam', 'ml'), ('telugu', 'te'), ('vietnamese', 'vi'),
    ('thai', 'th'), ('tagalog', 'tl'), ('filipino', 'tl'), ('welsh', 'cy'), ('irish', 'ga'), ('dutch', 'nl'),
    ('twi', 'tw'), ('akan', 'ak'), ('yoruba', 'yo'), ('igbo', 'ig'), ('shona', 'sn'), ('lingala', 'ln'),
    ('hebrew', 'he'), ('japanese', 'ja'), ('korean', 'ko'), ('estonian', 'et'), ('croatian', 'hr'), ('serbian', 'sr'),
    ('bosnian', 'bs'), ('slovenian', 'sl'), ('macedonian', 'mk'), ('hausa', 'ha'), ('oromo', 'om'), ('kashmiri', 'ks'),
    ('sindhi', 'sd'), ('marathi', 'mr'), ('kannada', 'kn'), ('malay', 'ms'), ('indonesian', 'id'), ('swedish', 'sv'),
    ('danish', 'da'), ('norwegian', 'no'), ('finnish', 'fi'))
UPDATE carer c SET
    preferred_language = COALESCE(
        (SELECT code FROM codes WHERE code = lower(btrim(c.preferred_language))),
        (SELECT code FROM names WHERE name = lower(btrim(c.preferred_language))),
        'en'),
    version = c.version + 1, updated_at = now()
WHERE c.preferred_language NOT IN (SELECT code FROM codes);

ALTER TABLE carer ADD CONSTRAINT carer_preferred_language_iso_639_1 CHECK (preferred_language = ANY (ARRAY[
    'aa', 'ab', 'ae', 'af', 'ak', 'am', 'an', 'ar', 'as', 'av', 'ay', 'az', 'ba', 'be', 'bg', 'bi', 'bm', 'bn', 'bo', 'br',
    'bs', 'ca', 'ce', 'ch', 'co', 'cr', 'cs', 'cu', 'cv', 'cy', 'da', 'de', 'dv', 'dz', 'ee', 'el', 'en', 'eo', 'es', 'et',
    'eu', 'fa', 'ff', 'fi', 'fj', 'fo', 'fr', 'fy', 'ga', 'gd', 'gl', 'gn', 'gu', 'gv', 'ha', 'he', 'hi', 'ho', 'hr', 'ht',
    'hu', 'hy', 'hz', 'ia', 'id', 'ie', 'ig', 'ii', 'ik', 'io', 'is', 'it', 'iu', 'ja', 'jv', 'ka', 'kg', 'ki', 'kj', 'kk',
    'kl', 'km', 'kn', 'ko', 'kr', 'ks', 'ku', 'kv', 'kw', 'ky', 'la', 'lb', 'lg', 'li', 'ln', 'lo', 'lt', 'lu', 'lv', 'mg',
    'mh', 'mi', 'mk', 'ml', 'mn', 'mr', 'ms', 'mt', 'my', 'na', 'nb', 'nd', 'ne', 'ng', 'nl', 'nn', 'no', 'nr', 'nv', 'ny',
    'oc', 'oj', 'om', 'or', 'os', 'pa', 'pi', 'pl', 'ps', 'pt', 'qu', 'rm', 'rn', 'ro', 'ru', 'rw', 'sa', 'sc', 'sd', 'se',
    'sg', 'si', 'sk', 'sl', 'sm', 'sn', 'so', 'sq', 'sr', 'ss', 'st', 'su', 'sv', 'sw', 'ta', 'te', 'tg', 'th', 'ti', 'tk',
    'tl', 'tn', 'to', 'tr', 'ts', 'tt', 'tw', 'ty', 'ug', 'uk', 'ur', 'uz', 've', 'vi', 'vo', 'wa', 'wo', 'xh', 'yi', 'yo',
    'za', 'zh', 'zu'
    ]::text[]));

-- One row a notice: what the carer is told, how (channel and format decided when it is queued, from the record then),
-- in which language, and where it is in its sending. (kind, source_key) names the event it tells of, so the same event
-- never makes two notices however often the code that queues it runs. A notice that cannot reach the carer (no usable
-- address of any kind) is kept as 'undeliverable' with the reason staff see; one Notify refuses for good is 'failed'.
CREATE TABLE carer_notice (
    id              uuid        PRIMARY KEY,
    carer_id        uuid        NOT NULL REFERENCES carer (id),
    kind            text        NOT NULL CHECK (kind IN ('registrationReceived', 'assessmentOffered', 'assessmentScheduled', 'assessmentDecided', 'supportPlanReady', 'reviewDue', 'grantApproved', 'grantDeclined', 'grantPaid', 'breakConfirmed', 'breakCancelled', 'emergencyPlanReviewDue', 'partnerReferralAwaitingConfirmation', 'complaintAcknowledged')),
    source_key      text        NOT NULL CHECK (source_key ~ '^[A-Za-z0-9:._-]{1,200}$'),
    channel         text        CHECK (channel IN ('email', 'sms', 'letter')),
    format          text        NOT NULL CHECK (format IN ('standard', 'easyRead', 'largePrint', 'largePrintEasyRead')),
    -- The language the notice is written in: the carer's preferred language where a translation exists, else 'en'.
    language        text        NOT NULL CHECK (language ~ '^[a-z]{2}$'),
    recipient       text        CHECK (length(recipient) BETWEEN 1 AND 254),
    address_lines   text[],
    subject         text        NOT NULL CHECK (length(subject) BETWEEN 1 AND 300),
    body            text        NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
    status          text        NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'undeliverable', 'failed')),
    attempts        integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    claimed_by      text,
    lease_until     timestamptz,
    notify_id       uuid,
    sent_at         timestamptz,
    -- Why it was not or cannot be sent, in words staff read; never a value from the record.
    failure_reason  text        CHECK (length(failure_reason) BETWEEN 1 AND 300),
    -- The last attempt's fault (an HTTP status or an exception's type), for the operator.
    last_error      text        CHECK (length(last_error) <= 300),
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT carer_notice_once UNIQUE (kind, source_key),
    CONSTRAINT carer_notice_sent CHECK ((status = 'sent') = (sent_at IS NOT NULL AND notify_id IS NOT NULL)),
    CONSTRAINT carer_notice_reason CHECK ((status IN ('undeliverable', 'failed')) = (failure_reason IS NOT NULL)),
    CONSTRAINT carer_notice_channel CHECK ((status = 'undeliverable') = (channel IS NULL)),
    CONSTRAINT carer_notice_recipient CHECK (
        channel IS NULL AND recipient IS NULL AND address_lines IS NULL
        OR channel = 'letter' AND recipient IS NULL AND cardinality(address_lines) BETWEEN 3 AND 7
        OR channel IN ('email', 'sms') AND recipient IS NOT NULL AND address_lines IS NULL),
    -- Large print is a letter's; a screen's text is as large as its reader makes it.
    CONSTRAINT carer_notice_large_print CHECK (format IN ('standard', 'easyRead') OR channel IS NULL OR channel = 'letter')
);
CREATE INDEX carer_notice_due_idx ON carer_notice (next_attempt_at) WHERE status = 'queued';
CREATE INDEX carer_notice_carer_idx ON carer_notice (carer_id, created_at DESC, id DESC);
