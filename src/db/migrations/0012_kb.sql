-- Knowledge base: an article family (one topic) has versions per language, each human-written or
-- machine-drafted (and marked so), draft or published; a version is text or an uploaded PDF whose
-- extracted text is indexed. Each version is indexed with its language's text-search configuration
-- (kept in ts_config so queries use the same one); segmented languages (zh, ja, th…) store
-- Intl.Segmenter tokens in a 'simple' tsvector. search_text is the folded text for substring
-- matching of compound parts ("richtlinie" in "Rückerstattungsrichtlinie").
CREATE TABLE kb_families (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  title text NOT NULL,
  slug text NOT NULL UNIQUE,
  tags jsonb NOT NULL DEFAULT '[]'::jsonb,
  search_text text NOT NULL,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX kb_families_search_trgm ON kb_families USING gin (search_text gin_trgm_ops);

CREATE TABLE kb_versions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  family_id uuid NOT NULL REFERENCES kb_families (id) ON DELETE CASCADE,
  language text NOT NULL,
  title text NOT NULL,
  body text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('text', 'pdf')),
  origin text NOT NULL CHECK (origin IN ('human', 'machine')),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
  -- machine drafts: {engine, pivot?, sourceVersionId, sourceLanguage}
  provenance jsonb,
  ts_config text NOT NULL,
  tsv tsvector NOT NULL,
  search_text text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (family_id, language, kind)
);
CREATE INDEX kb_versions_family ON kb_versions (family_id);
CREATE INDEX kb_versions_language ON kb_versions (language, status);
CREATE INDEX kb_versions_tsv ON kb_versions USING gin (tsv);
CREATE INDEX kb_versions_search_trgm ON kb_versions USING gin (search_text gin_trgm_ops);

-- The uploaded PDF of a 'pdf' version, served at /api/v1/kb/files/:id.
CREATE TABLE kb_files (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  version_id uuid NOT NULL UNIQUE REFERENCES kb_versions (id) ON DELETE CASCADE,
  filename text NOT NULL,
  content_type text NOT NULL,
  size integer NOT NULL,
  sha256 text NOT NULL,
  page_count integer NOT NULL,
  data bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
