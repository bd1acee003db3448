-- Omnichannel conversations and messages.
CREATE TABLE conversations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  customer_id uuid REFERENCES customers (id) ON DELETE SET NULL,
  channel text NOT NULL,
  -- channel-specific grouping key: email thread root, chat session, social thread
  thread_key text,
  subject text,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'pending', 'closed')),
  assignee_id uuid REFERENCES users (id) ON DELETE SET NULL,
  language text,
  last_message_at timestamptz NOT NULL DEFAULT now(),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX conversations_thread ON conversations (channel, thread_key) WHERE thread_key IS NOT NULL;
CREATE INDEX conversations_recent ON conversations (last_message_at DESC, id);
CREATE INDEX conversations_customer ON conversations (customer_id);

CREATE TABLE messages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  conversation_id uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  customer_id uuid REFERENCES customers (id) ON DELETE SET NULL,
  channel text NOT NULL,
  external_id text NOT NULL,
  direction text NOT NULL CHECK (direction IN ('in', 'out')),
  -- who sent it: {email?, phone?, handle?, name?} for customers, the agent for replies
  sender jsonb NOT NULL DEFAULT '{}',
  author_id uuid REFERENCES users (id) ON DELETE SET NULL,
  original_text text NOT NULL,
  original_html text,
  subject text,
  language text,
  language_confidence real,
  translation_text text,
  translation_to text,
  translation_provenance jsonb,
  -- why there is no translation (e.g. no engine for the pair)
  translation_note text,
  sentiment_label text,
  sentiment_score real,
  -- pipeline state: received → processed (or failed after retries; retried on restart while received)
  state text NOT NULL DEFAULT 'received' CHECK (state IN ('received', 'processed', 'failed')),
  state_error text,
  delivery text CHECK (delivery IN ('pending', 'sent', 'failed')),
  delivery_error text,
  metadata jsonb NOT NULL DEFAULT '{}',
  sent_at timestamptz NOT NULL DEFAULT now(),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- Idempotency: the same channel message delivered twice is one row.
CREATE UNIQUE INDEX messages_external ON messages (channel, external_id);
CREATE INDEX messages_conversation ON messages (conversation_id, sent_at, id);
CREATE INDEX messages_recent ON messages (created_at DESC, id);
CREATE INDEX messages_state ON messages (state) WHERE state <> 'processed';
CREATE INDEX messages_customer ON messages (customer_id);

CREATE TABLE attachments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  message_id uuid NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
  filename text,
  content_type text NOT NULL,
  size integer NOT NULL,
  content bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX attachments_message ON attachments (message_id);
