-- Keyword concepts across languages (#5): a concept is defined in one language with example terms and
-- a tag; each language has its own term list, written by a human or drafted by machine translation.
CREATE TABLE concepts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- stable key of a built-in concept ('wholesale', 'refund', …); NULL for concepts users add
  key text UNIQUE,
  name text NOT NULL,
  description text,
  -- the tag a match applies to the sender, e.g. 'wholesale interest'
  tag text NOT NULL,
  -- the language the concept is defined in (the working language when it was created)
  language text NOT NULL,
  enabled boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE concept_terms (
  concept_id uuid NOT NULL REFERENCES concepts (id) ON DELETE CASCADE,
  language text NOT NULL,
  -- [{text, origin: 'human'|'machine', engine?, pivot?}]
  terms jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- who wrote the list as a whole: 'human' once a person saved it, 'machine' while it is an untouched draft
  origin text NOT NULL CHECK (origin IN ('human', 'machine')),
  updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (concept_id, language)
);

CREATE TABLE concept_matches (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  concept_id uuid NOT NULL REFERENCES concepts (id) ON DELETE CASCADE,
  message_id uuid NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
  conversation_id uuid REFERENCES conversations (id) ON DELETE CASCADE,
  customer_id uuid REFERENCES customers (id) ON DELETE SET NULL,
  -- the language of the text that matched: the message's for 'original', the translation's for 'translation'
  language text NOT NULL,
  term text NOT NULL,
  found_in text NOT NULL CHECK (found_in IN ('original', 'translation')),
  -- a few words around the match, as evidence
  excerpt text NOT NULL,
  message_sent_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
-- Idempotency of the pipeline hook: a retried message job stores each match once.
CREATE UNIQUE INDEX concept_matches_unique ON concept_matches (concept_id, message_id, found_in, term);
CREATE INDEX concept_matches_recent ON concept_matches (concept_id, message_sent_at DESC, id);
CREATE INDEX concept_matches_customer ON concept_matches (customer_id);

-- Sentiment alerts (#5).
CREATE TABLE alert_rules (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- 'default-negative' for the seeded rule; NULL for rules users add
  key text UNIQUE,
  kind text NOT NULL CHECK (kind IN ('negative-message', 'negative-streak')),
  name text NOT NULL,
  enabled boolean NOT NULL DEFAULT true,
  -- a message counts as clearly negative when labelled negative with a score at or below this
  threshold real NOT NULL DEFAULT -0.5,
  -- negative-message: only messages in this language (NULL = any)
  language text,
  -- negative-streak: `min_count` negative messages within `window_days` from a customer tagged `tag`
  tag text,
  min_count integer CHECK (min_count IS NULL OR min_count >= 1),
  window_days integer CHECK (window_days IS NULL OR window_days >= 1),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE alerts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL,
  rule_id uuid REFERENCES alert_rules (id) ON DELETE SET NULL,
  customer_id uuid REFERENCES customers (id) ON DELETE SET NULL,
  message_id uuid REFERENCES messages (id) ON DELETE SET NULL,
  conversation_id uuid REFERENCES conversations (id) ON DELETE SET NULL,
  language text,
  reason text NOT NULL,
  -- what the message said when the alert was raised: {original, translation, sentiment, customerName}
  snapshot jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  acknowledged_at timestamptz,
  acknowledged_by uuid REFERENCES users (id) ON DELETE SET NULL
);
-- One alert per (rule, message): the pipeline hook may run again for the same message.
CREATE UNIQUE INDEX alerts_rule_message ON alerts (rule_id, message_id);
CREATE INDEX alerts_recent ON alerts (created_at DESC, id);
CREATE INDEX alerts_open ON alerts (created_at DESC) WHERE acknowledged_at IS NULL;

-- One row: who gets alert emails, and the address of this Mundo for links in notifications.
CREATE TABLE alert_settings (
  id integer PRIMARY KEY CHECK (id = 1),
  email_recipients jsonb NOT NULL DEFAULT '[]'::jsonb,
  public_url text,
  updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO alert_settings (id) VALUES (1);

CREATE TABLE alert_webhooks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  url text NOT NULL,
  -- kept in clear: it signs every delivery (HMAC-SHA256); shown to people once, at creation
  secret text NOT NULL,
  description text,
  enabled boolean NOT NULL DEFAULT true,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE alert_deliveries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  alert_id uuid NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
  channel text NOT NULL CHECK (channel IN ('webhook', 'email')),
  webhook_id uuid REFERENCES alert_webhooks (id) ON DELETE SET NULL,
  -- the webhook id, or 'email': one delivery per alert and target
  target_key text NOT NULL,
  -- the URL or the recipients, kept after a webhook is deleted
  target text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'retrying', 'delivered', 'failed', 'skipped')),
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  response_code integer,
  delivered_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX alert_deliveries_target ON alert_deliveries (alert_id, target_key);
CREATE INDEX alert_deliveries_recent ON alert_deliveries (created_at DESC, id);
CREATE INDEX alert_deliveries_webhook ON alert_deliveries (webhook_id, created_at DESC);
