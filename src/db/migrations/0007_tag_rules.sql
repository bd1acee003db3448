-- Tag rules: data, not code. A rule is a condition (JSON AST, see src/modules/tags/tag-condition.ts) and a
-- tag template; the engine writes the tags it produces to customer_tags under source 'rule:<id>'.
-- Built-in rules are inserted at start by key (src/modules/tags/builtin-rules.ts) and never overwritten,
-- so a workspace's edits to them survive upgrades.
CREATE TABLE tag_rules (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- stable key of a built-in rule; NULL for custom rules
  builtin_key text UNIQUE,
  name text NOT NULL,
  -- folded name: "High value" and "high value" cannot both exist
  name_key text NOT NULL UNIQUE,
  description text,
  kind text NOT NULL CHECK (kind IN ('builtin', 'custom')),
  enabled boolean NOT NULL DEFAULT true,
  condition jsonb NOT NULL,
  tag_template text NOT NULL,
  -- display order of built-ins; custom rules sort after them by name
  position integer NOT NULL DEFAULT 1000,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'builtin') = (builtin_key IS NOT NULL))
);

CREATE INDEX customer_tags_source ON customer_tags (source, customer_id);

-- Re-evaluation of every customer (button in the UI, nightly job): progress for the UI to poll.
CREATE TABLE tag_evaluation_runs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- manual: the button; rule-change: a rule was created or edited; nightly; demo: the demo seed
  trigger text NOT NULL CHECK (trigger IN ('manual', 'rule-change', 'nightly', 'demo')),
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'completed', 'failed')),
  total integer NOT NULL DEFAULT 0,
  processed integer NOT NULL DEFAULT 0,
  -- customers whose tags changed
  changed integer NOT NULL DEFAULT 0,
  error text,
  requested_by uuid REFERENCES users (id) ON DELETE SET NULL,
  started_at timestamptz,
  finished_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tag_evaluation_runs_recent ON tag_evaluation_runs (created_at DESC, id);

-- Reference exchange rates, as units of each currency per 1 EUR (the ECB's convention). No network here,
-- so these are a small editable table (GET/PUT /api/v1/fx-rates): approximately the ECB euro reference
-- rates of 31 December 2024; currencies the ECB does not publish are derived from their US dollar rate of
-- that day (pegs for the Gulf currencies and XOF/XAF, market rates for the others). Rounded; for reporting
-- and RFM, not accounting.
CREATE TABLE fx_rates (
  currency text PRIMARY KEY,
  per_eur numeric(20, 8) NOT NULL CHECK (per_eur > 0),
  as_of date NOT NULL,
  source text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO fx_rates (currency, per_eur, as_of, source) VALUES
  ('EUR', 1, '2024-12-31', 'reference currency'),
  ('USD', 1.0389, '2024-12-31', 'ECB reference rate (approx.)'),
  ('JPY', 163.06, '2024-12-31', 'ECB reference rate (approx.)'),
  ('GBP', 0.82918, '2024-12-31', 'ECB reference rate (approx.)'),
  ('CHF', 0.9412, '2024-12-31', 'ECB reference rate (approx.)'),
  ('CNY', 7.5833, '2024-12-31', 'ECB reference rate (approx.)'),
  ('SEK', 11.459, '2024-12-31', 'ECB reference rate (approx.)'),
  ('NOK', 11.795, '2024-12-31', 'ECB reference rate (approx.)'),
  ('DKK', 7.4578, '2024-12-31', 'ECB reference rate (approx.)'),
  ('PLN', 4.275, '2024-12-31', 'ECB reference rate (approx.)'),
  ('CZK', 25.185, '2024-12-31', 'ECB reference rate (approx.)'),
  ('HUF', 411.35, '2024-12-31', 'ECB reference rate (approx.)'),
  ('RON', 4.9743, '2024-12-31', 'ECB reference rate (approx.)'),
  ('BGN', 1.9558, '2024-12-31', 'ECB reference rate (approx.)'),
  ('TRY', 36.737, '2024-12-31', 'ECB reference rate (approx.)'),
  ('AUD', 1.6772, '2024-12-31', 'ECB reference rate (approx.)'),
  ('CAD', 1.4948, '2024-12-31', 'ECB reference rate (approx.)'),
  ('NZD', 1.8532, '2024-12-31', 'ECB reference rate (approx.)'),
  ('SGD', 1.4164, '2024-12-31', 'ECB reference rate (approx.)'),
  ('HKD', 8.0686, '2024-12-31', 'ECB reference rate (approx.)'),
  ('INR', 88.9335, '2024-12-31', 'ECB reference rate (approx.)'),
  ('IDR', 16820.88, '2024-12-31', 'ECB reference rate (approx.)'),
  ('KRW', 1532.15, '2024-12-31', 'ECB reference rate (approx.)'),
  ('MYR', 4.6454, '2024-12-31', 'ECB reference rate (approx.)'),
  ('PHP', 60.195, '2024-12-31', 'ECB reference rate (approx.)'),
  ('THB', 35.676, '2024-12-31', 'ECB reference rate (approx.)'),
  ('ZAR', 19.6188, '2024-12-31', 'ECB reference rate (approx.)'),
  ('ILS', 3.7837, '2024-12-31', 'ECB reference rate (approx.)'),
  ('BRL', 6.4253, '2024-12-31', 'ECB reference rate (approx.)'),
  ('MXN', 21.5504, '2024-12-31', 'ECB reference rate (approx.)'),
  ('ISK', 144.1, '2024-12-31', 'ECB reference rate (approx.)'),
  ('SAR', 3.896, '2024-12-31', 'USD peg 3.75 × EUR/USD'),
  ('AED', 3.8154, '2024-12-31', 'USD peg 3.6725 × EUR/USD'),
  ('QAR', 3.7816, '2024-12-31', 'USD peg 3.64 × EUR/USD'),
  ('BHD', 0.3906, '2024-12-31', 'USD peg 0.376 × EUR/USD'),
  ('OMR', 0.3995, '2024-12-31', 'USD peg 0.3845 × EUR/USD'),
  ('JOD', 0.7366, '2024-12-31', 'USD peg 0.709 × EUR/USD'),
  ('KWD', 0.3203, '2024-12-31', 'USD rate × EUR/USD (approx.)'),
  ('XOF', 655.957, '2024-12-31', 'fixed parity with the euro'),
  ('XAF', 655.957, '2024-12-31', 'fixed parity with the euro'),
  ('EGP', 52.78, '2024-12-31', 'USD rate × EUR/USD (approx.)'),
  ('MAD', 10.49, '2024-12-31', 'USD rate × EUR/USD (approx.)'),
  ('TWD', 34.06, '2024-12-31', 'USD rate × EUR/USD (approx.)'),
  ('UAH', 43.6, '2024-12-31', 'USD rate × EUR/USD (approx.)'),
  ('RUB', 106.1, '2024-12-31', 'Bank of Russia EUR rate (approx.)'),
  ('VND', 26476, '2024-12-31', 'USD rate × EUR/USD (approx.)'),
  ('NGN', 1595, '2024-12-31', 'USD rate × EUR/USD (approx.)'),
  ('KES', 134.3, '2024-12-31', 'USD rate × EUR/USD (approx.)'),
  ('PKR', 289.3, '2024-12-31', 'USD rate × EUR/USD (approx.)'),
  ('BDT', 124.2, '2024-12-31', 'USD rate × EUR/USD (approx.)'),
  ('ARS', 1072, '2024-12-31', 'USD rate × EUR/USD (approx.)'),
  ('CLP', 1033, '2024-12-31', 'USD rate × EUR/USD (approx.)'),
  ('COP', 4580, '2024-12-31', 'USD rate × EUR/USD (approx.)'),
  ('PEN', 3.906, '2024-12-31', 'USD rate × EUR/USD (approx.)');

-- The base currency each order was converted into: if the workspace base currency changes later, older
-- orders are converted again from their original amount with the current table (see orders.repository.ts).
ALTER TABLE orders ADD COLUMN base_currency text;
UPDATE orders SET base_currency = (SELECT base_currency FROM workspace_settings WHERE id = 1);
ALTER TABLE orders ALTER COLUMN base_currency SET NOT NULL;
