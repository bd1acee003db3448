-- Tags on customers, each with the reason it was applied. Every writer owns a `source`
-- ('rule:<uuid>', 'concept:<uuid>', 'manual') and replaces only its own rows, so re-evaluating one
-- rule set never touches another's tags.
CREATE TABLE customer_tags (
  customer_id uuid NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  name text NOT NULL,
  source text NOT NULL,
  reason text NOT NULL,
  -- what the reason refers to: matched term and language, order ids, dates…
  evidence jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (customer_id, source, name)
);
CREATE INDEX customer_tags_name ON customer_tags (name, customer_id);

-- Orders / purchases (API or CSV import); amount in minor-unit-free decimal of `currency`.
CREATE TABLE orders (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  customer_id uuid NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  external_id text,
  ordered_at timestamptz NOT NULL,
  amount numeric(14, 2) NOT NULL CHECK (amount >= 0),
  currency text NOT NULL,
  -- the amount converted into the workspace base currency at import time (rate recorded)
  amount_base numeric(14, 2) NOT NULL,
  fx_rate numeric(18, 8) NOT NULL,
  channel text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX orders_external ON orders (external_id) WHERE external_id IS NOT NULL;
CREATE INDEX orders_customer ON orders (customer_id, ordered_at DESC);
