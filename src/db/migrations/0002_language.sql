-- Translation memory and glossary (language layer).
CREATE TABLE translation_memory (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  source_lang text NOT NULL,
  target_lang text NOT NULL,
  format text NOT NULL DEFAULT 'text' CHECK (format IN ('text', 'html')),
  source_text text NOT NULL,
  -- whitespace-normalised source, the exact-match key
  source_key text NOT NULL,
  target_text text NOT NULL,
  origin text NOT NULL CHECK (origin IN ('human', 'machine', 'import')),
  -- human-approved entries win over machine ones for the same source
  approved boolean NOT NULL DEFAULT false,
  engine text,
  pivot text,
  hits integer NOT NULL DEFAULT 0,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX translation_memory_key ON translation_memory (source_lang, target_lang, format, approved, md5(source_key));
CREATE INDEX translation_memory_pair ON translation_memory (source_lang, target_lang, updated_at);
-- fuzzy matching only reuses human-approved entries
CREATE INDEX translation_memory_fuzzy ON translation_memory USING gin (source_key gin_trgm_ops) WHERE approved;

CREATE TABLE glossary_terms (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  term text NOT NULL,
  -- null: the term is matched in any source language
  source_lang text,
  kind text NOT NULL CHECK (kind IN ('keep', 'translate')),
  -- for kind 'translate': target language → forced translation
  translations jsonb NOT NULL DEFAULT '{}',
  case_sensitive boolean NOT NULL DEFAULT false,
  note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX glossary_terms_key ON glossary_terms (term, coalesce(source_lang, '*'));
