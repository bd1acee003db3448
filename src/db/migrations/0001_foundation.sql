-- Foundation: users and tokens, workspace settings, companies, customers, durable jobs.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL,
  email_key text NOT NULL UNIQUE,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'manager', 'agent')),
  password_hash text NOT NULL,
  ui_language text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE auth_tokens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('session', 'api')),
  name text,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  expires_at timestamptz
);
CREATE INDEX auth_tokens_user ON auth_tokens (user_id, kind);

CREATE TABLE workspace_settings (
  id integer PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  working_language text NOT NULL DEFAULT 'en',
  base_currency text NOT NULL DEFAULT 'EUR',
  time_zone text NOT NULL DEFAULT 'UTC',
  business_hours jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO workspace_settings (id, business_hours) VALUES (1, '{
  "mon": [{"start": "09:00", "end": "17:00"}], "tue": [{"start": "09:00", "end": "17:00"}],
  "wed": [{"start": "09:00", "end": "17:00"}], "thu": [{"start": "09:00", "end": "17:00"}],
  "fri": [{"start": "09:00", "end": "17:00"}], "sat": [], "sun": []
}') ON CONFLICT (id) DO NOTHING;

CREATE TABLE companies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  name_key text NOT NULL UNIQUE,
  domain text,
  country text,
  search_text text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX companies_search_trgm ON companies USING gin (search_text gin_trgm_ops);

CREATE TABLE customers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  emails jsonb NOT NULL DEFAULT '[]',
  phones jsonb NOT NULL DEFAULT '[]',
  country text,
  preferred_languages jsonb NOT NULL DEFAULT '[]',
  time_zone text,
  -- where time_zone came from: given explicitly, or derived from the country or the first phone
  time_zone_source text CHECK (time_zone_source IN ('explicit', 'country', 'phone')),
  company_id uuid REFERENCES companies (id) ON DELETE SET NULL,
  consent jsonb NOT NULL DEFAULT '{"email": false, "sms": false, "phone": false}',
  tags jsonb NOT NULL DEFAULT '[]',
  notes text,
  search_text text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX customers_search_trgm ON customers USING gin (search_text gin_trgm_ops);
-- Human (ICU root) order for names in any script; the database default collation may be C.
CREATE INDEX customers_name_icu ON customers ((name COLLATE "und-x-icu"), id);
CREATE INDEX customers_updated ON customers (updated_at, id);
CREATE INDEX customers_country ON customers (country);
CREATE INDEX customers_company ON customers (company_id);

-- Contact points that identify one customer (later: matching inbound messages to customers).
CREATE TABLE customer_identities (
  kind text NOT NULL CHECK (kind IN ('email', 'phone', 'handle')),
  value text NOT NULL,
  customer_id uuid NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  PRIMARY KEY (kind, value)
);
CREATE INDEX customer_identities_customer ON customer_identities (customer_id);

-- Durable queue of the inline job driver (PGlite); pg-boss keeps its own schema on PostgreSQL.
CREATE TABLE jobs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  payload jsonb NOT NULL,
  state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'active', 'completed', 'failed')),
  attempt integer NOT NULL DEFAULT 0,
  max_attempts integer NOT NULL,
  retry_delay_ms integer NOT NULL,
  run_at timestamptz NOT NULL DEFAULT now(),
  singleton_key text,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX jobs_due ON jobs (state, run_at);
CREATE UNIQUE INDEX jobs_singleton ON jobs (name, singleton_key) WHERE singleton_key IS NOT NULL AND state = 'queued';
