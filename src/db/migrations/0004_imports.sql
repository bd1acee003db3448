-- Historical imports of past interactions (CSV or JSON), ingested row by row by the import.run job.
CREATE TABLE imports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  format text NOT NULL CHECK (format IN ('csv', 'json')),
  -- default channel for rows without one
  channel text NOT NULL,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'completed', 'failed')),
  total integer NOT NULL,
  -- progress checkpoint: rows before `processed` are done, and the counters below cover exactly them
  processed integer NOT NULL DEFAULT 0,
  imported integer NOT NULL DEFAULT 0,
  duplicates integer NOT NULL DEFAULT 0,
  skipped integer NOT NULL DEFAULT 0,
  failed integer NOT NULL DEFAULT 0,
  -- the first 100 row problems: [{row, message}]
  errors jsonb NOT NULL DEFAULT '[]',
  -- the validated rows still to ingest; emptied when the import ends so customer data lives only in messages
  rows jsonb NOT NULL DEFAULT '[]',
  -- why the whole import failed
  error text,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  started_at timestamptz,
  finished_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX imports_recent ON imports (created_at DESC, id);
