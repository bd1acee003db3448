-- Dynamic customer segments: a saved filter (JSON AST, see src/modules/segments/segment-filter.ts)
-- evaluated on every read, so membership and counts are always current.
CREATE TABLE segments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  -- folded name, so "VIP France" and "vip france" cannot both exist
  name_key text NOT NULL UNIQUE,
  description text,
  filter jsonb NOT NULL,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

