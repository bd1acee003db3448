-- Live-captioned calls: each belongs to a conversation; segments are what each side said, with the
-- translation into the other side's language.
CREATE TABLE calls (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  conversation_id uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  agent_id uuid REFERENCES users (id) ON DELETE SET NULL,
  agent_language text NOT NULL,
  -- unknown until given or heard from the customer
  customer_language text,
  -- SHA-256 of the key the customer's caption page uses; the key itself is shown once, at creation
  customer_key_hash text NOT NULL,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'ended')),
  -- the transcript message stored in the conversation when the call ended
  message_id uuid REFERENCES messages (id) ON DELETE SET NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  ended_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX calls_conversation ON calls (conversation_id, started_at DESC);
CREATE INDEX calls_active ON calls (started_at DESC) WHERE status = 'active';

CREATE TABLE call_segments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  call_id uuid NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
  speaker text NOT NULL CHECK (speaker IN ('agent', 'customer')),
  source text NOT NULL CHECK (source IN ('text', 'audio')),
  text text NOT NULL,
  language text NOT NULL,
  translation_text text,
  translation_to text,
  translation_provenance jsonb,
  -- why there is no translation (same language, no engine for the pair, other side's language unknown)
  note text,
  -- milliseconds from the call's start
  started_ms integer NOT NULL CHECK (started_ms >= 0),
  duration_ms integer CHECK (duration_ms > 0),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX call_segments_call ON call_segments (call_id, started_ms, created_at, id);
