-- Product and store reviews (imported or delivered by webhook), analysed by a job per review and grouped
-- into themes across languages on their translation into the working language.
CREATE TABLE review_themes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- stable identity across re-clustering: 'taxonomy:<entry id>' or 'emergent:<top terms>'
  key text NOT NULL UNIQUE,
  label text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('taxonomy', 'emergent')),
  taxonomy_id text,
  -- top terms of the theme's centroid, in the working language: [{term, weight}]
  keywords jsonb NOT NULL DEFAULT '[]'::jsonb,
  review_count integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE reviews (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  source text NOT NULL,
  external_id text,
  -- idempotency key within the source: 'id:<external id>', or 'hash:<sha256 of author, date and text>'
  dedupe_key text NOT NULL,
  rating smallint CHECK (rating BETWEEN 1 AND 5),
  original_text text NOT NULL,
  author text,
  customer_email text,
  customer_id uuid REFERENCES customers (id) ON DELETE SET NULL,
  product_id text,
  -- when the customer wrote it (the import's createdAt, else when it arrived)
  written_at timestamptz NOT NULL DEFAULT now(),
  state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'processed', 'failed')),
  state_error text,
  language text,
  language_confidence real,
  -- translated | not-needed (already in the working language) | untranslated (with the reason in translation_note)
  translation_status text CHECK (translation_status IN ('translated', 'not-needed', 'untranslated')),
  translation_text text,
  translation_to text,
  translation_provenance jsonb,
  translation_note text,
  -- the working language the review was analysed for; a change of working language re-analyses it
  analysed_for text,
  sentiment_label text,
  sentiment_score real,
  theme_id uuid REFERENCES review_themes (id) ON DELETE SET NULL,
  -- how strongly the review belongs to its theme, and the terms that put it there
  theme_score real,
  theme_terms jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- why a processed review is in no theme (e.g. 'not clustered: no translation engine for de')
  cluster_note text,
  search_text text NOT NULL DEFAULT '',
  processed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX reviews_dedupe ON reviews (source, dedupe_key);
CREATE INDEX reviews_recent ON reviews (written_at DESC, id);
CREATE INDEX reviews_theme ON reviews (theme_id, written_at DESC);
CREATE INDEX reviews_language ON reviews (language);
CREATE INDEX reviews_state ON reviews (state) WHERE state <> 'processed';
CREATE INDEX reviews_search ON reviews USING gin (search_text gin_trgm_ops);

-- The editable theme taxonomy, one per working language: [{id, name, keywords: [...]}].
CREATE TABLE review_taxonomies (
  language text PRIMARY KEY,
  entries jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- One row: when themes were last computed, and which analysed reviews they saw (how many, and the latest
-- processed_at), so "up to date" can be told apart from "a review committed while clustering read".
CREATE TABLE review_clustering (
  id smallint PRIMARY KEY CHECK (id = 1),
  clustered_at timestamptz NOT NULL,
  language text NOT NULL,
  review_count integer NOT NULL,
  last_processed_at timestamptz
);
