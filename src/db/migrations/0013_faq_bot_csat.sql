-- Service centre (#6): the FAQ bot's settings and decisions, CSAT/NPS surveys and their responses.

-- One row (id = 1): where the bot answers, and how sure it must be.
CREATE TABLE faq_bot_settings (
  id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  enabled_chat boolean NOT NULL DEFAULT true,
  enabled_email boolean NOT NULL DEFAULT false,
  min_confidence real NOT NULL DEFAULT 0.6 CHECK (min_confidence >= 0 AND min_confidence <= 1),
  -- the address customers reach Mundo at (help-centre links); null: the server's own address
  public_url text,
  updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO faq_bot_settings (id) VALUES (1);

-- One decision per inbound message (the unique message_id makes the pipeline hook idempotent).
CREATE TABLE faq_bot_decisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  message_id uuid NOT NULL UNIQUE REFERENCES messages (id) ON DELETE CASCADE,
  conversation_id uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  customer_id uuid REFERENCES customers (id) ON DELETE SET NULL,
  channel text NOT NULL,
  language text NOT NULL,
  -- what the pipeline analysed (quotes and signatures stripped) and its translation
  query text NOT NULL,
  translation_text text,
  translation_to text,
  -- pending until the decision job ran
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed')),
  decision text CHECK (decision IN ('answered', 'handoff', 'no_answer', 'skipped')),
  reason text,
  confidence real,
  kb_family_id text,
  kb_version_id text,
  machine_translated boolean NOT NULL DEFAULT false,
  reply_language text,
  reply_message_id uuid REFERENCES messages (id) ON DELETE SET NULL,
  ticket_id uuid,
  error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  decided_at timestamptz
);
CREATE INDEX faq_bot_decisions_recent ON faq_bot_decisions (created_at DESC, id);
CREATE INDEX faq_bot_decisions_conversation ON faq_bot_decisions (conversation_id, decision);

-- One row (id = 1): survey sending.
CREATE TABLE survey_settings (
  id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  enabled boolean NOT NULL DEFAULT true,
  expires_days integer NOT NULL DEFAULT 30 CHECK (expires_days BETWEEN 1 AND 365),
  -- the address customers reach Mundo at (survey links); null: the server's own address
  public_url text,
  updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO survey_settings (id) VALUES (1);

-- One survey per resolved ticket; the token in its link is the only credential of the public page.
CREATE TABLE surveys (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  ticket_id uuid NOT NULL UNIQUE,
  token text NOT NULL UNIQUE,
  customer_id uuid REFERENCES customers (id) ON DELETE SET NULL,
  conversation_id uuid REFERENCES conversations (id) ON DELETE SET NULL,
  team_id uuid,
  language text NOT NULL,
  -- written: by people; machine: through the gateway; english: neither was possible (see text_note)
  text_source text NOT NULL CHECK (text_source IN ('written', 'machine', 'english')),
  text_note text,
  email_status text NOT NULL DEFAULT 'pending' CHECK (email_status IN ('pending', 'sent', 'skipped', 'failed')),
  email_note text,
  email_to text,
  chat_status text NOT NULL DEFAULT 'pending' CHECK (chat_status IN ('pending', 'sent', 'skipped', 'failed')),
  chat_note text,
  chat_message_id uuid REFERENCES messages (id) ON DELETE SET NULL,
  expires_at timestamptz NOT NULL,
  sent_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX surveys_recent ON surveys (created_at DESC, id);

CREATE TABLE survey_responses (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  survey_id uuid NOT NULL UNIQUE REFERENCES surveys (id) ON DELETE CASCADE,
  ticket_id uuid NOT NULL,
  customer_id uuid REFERENCES customers (id) ON DELETE SET NULL,
  team_id uuid,
  language text NOT NULL,
  csat smallint NOT NULL CHECK (csat BETWEEN 1 AND 5),
  nps smallint CHECK (nps BETWEEN 0 AND 10),
  comment text,
  -- page (the HTML form) or api (JSON)
  via text NOT NULL CHECK (via IN ('page', 'api')),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX survey_responses_recent ON survey_responses (created_at DESC, id);
CREATE INDEX survey_responses_ticket ON survey_responses (ticket_id);
