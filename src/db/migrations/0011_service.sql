-- Service centre (#6): SLA policies, teams and agents, tickets with their routing and SLA clock, macros.

-- Targets in business minutes per priority: {"urgent": {"firstResponse": 30, "resolution": 240}, ...}.
CREATE TABLE sla_policies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  name_key text NOT NULL UNIQUE,
  is_default boolean NOT NULL DEFAULT false,
  targets jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX sla_policies_one_default ON sla_policies (is_default) WHERE is_default;
INSERT INTO sla_policies (name, name_key, is_default, targets) VALUES ('Standard', 'standard', true, '{
  "urgent": {"firstResponse": 30, "resolution": 240},
  "high": {"firstResponse": 60, "resolution": 480},
  "normal": {"firstResponse": 240, "resolution": 1440},
  "low": {"firstResponse": 480, "resolution": 2400}
}');

CREATE TABLE teams (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  name_key text NOT NULL UNIQUE,
  -- ordered [{"language": "fr", "proficiency": "native" | "fluent" | "basic"}]
  languages jsonb NOT NULL DEFAULT '[]',
  time_zone text NOT NULL,
  -- {"mon": [{"start": "09:00", "end": "17:00"}], ..., "sun": []} in time_zone
  business_hours jsonb NOT NULL,
  -- ISO 3166 country whose public holidays (date-holidays) close the team, plus custom dates
  holiday_country text,
  holidays jsonb NOT NULL DEFAULT '[]',
  capacity_per_agent integer NOT NULL DEFAULT 10 CHECK (capacity_per_agent > 0),
  -- works through machine translation: takes any language when no team speaks it
  mt_assisted boolean NOT NULL DEFAULT false,
  sla_policy_id uuid REFERENCES sla_policies (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE team_members (
  team_id uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (team_id, user_id)
);
CREATE INDEX team_members_user ON team_members (user_id);

-- The languages an agent reads and writes, and the one they work in.
CREATE TABLE agent_profiles (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  languages jsonb NOT NULL DEFAULT '[]',
  working_language text,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE tickets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number integer GENERATED ALWAYS AS IDENTITY UNIQUE,
  subject text NOT NULL,
  text text NOT NULL,
  status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'open', 'pending', 'resolved', 'closed')),
  priority text NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
  language text,
  -- where the language came from: given, detected from the text, the conversation, the customer's preference
  language_source text CHECK (language_source IN ('given', 'detected', 'conversation', 'customer')),
  customer_id uuid REFERENCES customers (id) ON DELETE SET NULL,
  conversation_id uuid REFERENCES conversations (id) ON DELETE SET NULL,
  team_id uuid REFERENCES teams (id) ON DELETE SET NULL,
  assignee_id uuid REFERENCES users (id) ON DELETE SET NULL,
  tags jsonb NOT NULL DEFAULT '[]',
  -- the routing decision: {"reason": "...", team, assignee, skipped teams, ...}
  routing jsonb NOT NULL DEFAULT '{}',
  -- how it was made ('api', 'web', 'conversation', or a module such as 'faq-bot') and why
  source text NOT NULL DEFAULT 'api',
  source_reason text,
  sla_policy_id uuid REFERENCES sla_policies (id) ON DELETE SET NULL,
  first_response_due_at timestamptz,
  first_response_at timestamptz,
  resolution_due_at timestamptz,
  resolved_at timestamptz,
  closed_at timestamptz,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  search_text text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tickets_status ON tickets (status, created_at DESC);
CREATE INDEX tickets_team ON tickets (team_id, status);
CREATE INDEX tickets_assignee ON tickets (assignee_id, status);
CREATE INDEX tickets_customer ON tickets (customer_id, created_at DESC);
CREATE INDEX tickets_conversation ON tickets (conversation_id);
-- One unresolved ticket per conversation: a retried bot hand-off or a double click finds the same one.
CREATE UNIQUE INDEX tickets_active_conversation ON tickets (conversation_id)
  WHERE conversation_id IS NOT NULL AND status IN ('new', 'open', 'pending');
CREATE INDEX tickets_language ON tickets (language);
CREATE INDEX tickets_search_trgm ON tickets USING gin (search_text gin_trgm_ops);

-- Replies and internal notes. A reply on a ticket linked to a conversation is sent through the
-- conversation (message_id); otherwise it is kept here only.
CREATE TABLE ticket_comments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- insertion order, for rows written at the same instant
  seq integer GENERATED ALWAYS AS IDENTITY,
  ticket_id uuid NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
  author_id uuid REFERENCES users (id) ON DELETE SET NULL,
  kind text NOT NULL CHECK (kind IN ('reply', 'note')),
  body text NOT NULL,
  -- the customer-language text of a reply, when it differs from body
  translation text,
  translation_to text,
  message_id uuid REFERENCES messages (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ticket_comments_ticket ON ticket_comments (ticket_id, created_at, seq);

-- What happened to a ticket, for its timeline and service metrics: created, status, priority, team,
-- assignee, tags, reply, note; data holds {from, to} or details.
CREATE TABLE ticket_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  seq integer GENERATED ALWAYS AS IDENTITY,
  ticket_id uuid NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
  actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
  kind text NOT NULL,
  data jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, created_at, seq);
CREATE INDEX ticket_events_kind ON ticket_events (kind, created_at);

-- Canned replies: written once in one language, with a variant per customer language.
CREATE TABLE macros (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  name_key text NOT NULL UNIQUE,
  language text NOT NULL,
  body text NOT NULL,
  search_text text NOT NULL DEFAULT '',
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE macro_variants (
  macro_id uuid NOT NULL REFERENCES macros (id) ON DELETE CASCADE,
  language text NOT NULL,
  body text NOT NULL,
  -- 'machine' (drafted through the translation gateway, provenance kept) or 'human' (written or edited)
  origin text NOT NULL CHECK (origin IN ('machine', 'human')),
  provenance jsonb,
  -- the source body changed after this variant was written
  stale boolean NOT NULL DEFAULT false,
  updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (macro_id, language)
);
