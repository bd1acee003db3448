import type { LexiconSentiment, SentimentLabel } from "./sentiment-analyzer.js";

export interface SentimentToken {
  /** What the lexicon is keyed by: the stem for stemmed nlp.js lexicons, else the normalised form. */
  key: string;
  /** The normalised surface form, used for negators. */
  form: string;
}

/** A language's lexicon with everything needed to score a clause; built once per language. */
export interface CompiledLexicon {
  readonly language: string;
  /** Word or phrase (tokens joined by `joiner`) → score in [-1, 1]. */
  readonly entries: ReadonlyMap<string, number>;
  readonly maxWords: number;
  /** First words of the multi-word entries (spaced languages only), so most tokens skip phrase lookups. */
  readonly phraseStarts?: ReadonlySet<string>;
  readonly maxKeyLength: number;
  /** " " between words; "" for scripts written without spaces (zh, ja, th). */
  readonly joiner: string;
  readonly clauseBreak: RegExp;
  readonly preNegators: ReadonlySet<string>;
  readonly postNegators: ReadonlySet<string>;
  readonly postClauseFinal: boolean;
  readonly suffixNegation?: RegExp;
  readonly negatorPrefixes: readonly string[];
  /** Match entries that are a prefix of the token text (agglutinative or unspaced scripts); 0 = off. */
  readonly prefixMinLength: number;
  /** For surface-keyed dictionaries: single words looked up by stem when the form is not listed. */
  readonly stemFallback?: {
    entries: ReadonlyMap<string, number>;
    /** "" when the form is too short to look up by stem. */
    stem(form: string): string;
    /** Forms never looked up by stem (stop words). */
    skip: ReadonlySet<string>;
  };
  tokenize(clause: string): SentimentToken[];
}

// A negator reaches this many tokens ahead ("not very good", "no es nada bueno").
const NEGATION_SCOPE = 3;
// Tokens looked at after a polar word for a trailing negator ("gefällt mir nicht", "अच्छा नहीं").
const POST_SCOPE = 2;
// Negation flips and dampens: "not good" is milder than "bad" (the scalar VADER uses).
const NEGATED = -0.75;
// Compound normalisation s/√(s²+α) maps any sum into (-1, 1); α sets how fast it saturates
// (one strong word ≈ ±0.6, two ≈ ±0.85).
const ALPHA = 1;

/**
 * Label thresholds on the normalised score: ≥ 0.05 positive, ≤ -0.05 negative, else neutral.
 * Neutral therefore means "the lexicon found no or balanced polarity", never "no lexicon".
 */
export const POSITIVE_THRESHOLD = 0.05;
export const NEGATIVE_THRESHOLD = -0.05;

export const labelFor = (score: number): SentimentLabel =>
  score >= POSITIVE_THRESHOLD ? "positive" : score <= NEGATIVE_THRESHOLD ? "negative" : "neutral";

export const toSentiment = (sum: number): LexiconSentiment => {
  const raw = sum / Math.sqrt(sum * sum + ALPHA);
  // Rounded so equal inputs give byte-equal outputs and the label is computed from the returned score.
  const score = Math.round(raw * 1000) / 1000 || 0;
  return { label: labelFor(score), score };
};

interface Match {
  value: number;
  /** Index just past the last token the match used. */
  end: number;
  /** Unmatched tail of the last token, e.g. "없어요" after "재미". */
  remainder: string;
}

const exactMatch = (lex: CompiledLexicon, tokens: SentimentToken[], i: number, minWords: number): Match | null => {
  if (minWords > 1 && lex.phraseStarts && !lex.phraseStarts.has(tokens[i]!.key)) return null;
  for (let len = Math.min(lex.maxWords, tokens.length - i); len >= minWords; len -= 1) {
    const key = tokens
      .slice(i, i + len)
      .map((t) => t.key)
      .join(lex.joiner);
    const value = lex.entries.get(key);
    if (value !== undefined) return { value, end: i + len, remainder: "" };
  }
  return null;
};

const stemMatch = (lex: CompiledLexicon, token: SentimentToken, i: number): Match | null => {
  if (!lex.stemFallback || lex.stemFallback.skip.has(token.form)) return null;
  const stem = lex.stemFallback.stem(token.form);
  const value = stem === "" ? undefined : lex.stemFallback.entries.get(stem);
  return value === undefined ? null : { value, end: i + 1, remainder: "" };
};

// Longest entry that is a prefix of the text from token i; a match ending inside a token must be
// long enough that it is not a chance prefix ("好" in "好像").
const prefixMatch = (lex: CompiledLexicon, tokens: SentimentToken[], i: number, offset = 0): Match | null => {
  const span = lex.joiner === "" ? tokens.slice(i, i + 4) : tokens.slice(i, i + 1);
  const text = span
    .map((t) => t.form)
    .join("")
    .slice(offset);
  for (let len = Math.min(text.length, lex.maxKeyLength); len >= 1; len -= 1) {
    const value = lex.entries.get(text.slice(0, len));
    if (value === undefined) continue;
    let consumed = -offset;
    for (let k = 0; k < span.length; k += 1) {
      consumed += span[k]!.form.length;
      if (consumed >= len) {
        const remainder = span[k]!.form.slice(span[k]!.form.length - (consumed - len));
        if (remainder !== "" && len < lex.prefixMinLength) break;
        return { value, end: i + k + 1, remainder };
      }
    }
  }
  return null;
};

const postNegated = (lex: CompiledLexicon, tokens: SentimentToken[], match: Match): boolean => {
  const following = tokens.slice(match.end, match.end + 4).map((t) => t.form);
  if (lex.suffixNegation) {
    const gap = [match.remainder, ...following].filter((s) => s !== "").join(lex.joiner);
    if (lex.suffixNegation.test(gap)) return true;
  }
  if (lex.postNegators.size === 0) return false;
  for (let k = match.end; k < Math.min(tokens.length, match.end + POST_SCOPE); k += 1) {
    if (!lex.postNegators.has(tokens[k]!.form)) continue;
    if (!lex.postClauseFinal || k === tokens.length - 1) return true;
  }
  return false;
};

export interface WordScores {
  sum: number;
  hits: number;
}

export interface WordHit {
  words: string;
  value: number;
  negated: boolean;
}

/** Sums lexicon hits over the clauses of `text`, with negation scoped to its clause. */
export const scoreWords = (lex: CompiledLexicon, text: string, onHit?: (hit: WordHit) => void): WordScores => {
  let sum = 0;
  let hits = 0;
  for (const clause of text.split(lex.clauseBreak)) {
    if (clause.trim() === "") continue;
    const tokens = lex.tokenize(clause);
    let negatedUntil = -1;
    let i = 0;
    while (i < tokens.length) {
      const token = tokens[i]!;
      // Phrases first: they may contain a negator themselves ("no problem", "pas mal", "没问题").
      let match = exactMatch(lex, tokens, i, 2);
      if (!match && lex.preNegators.has(token.form)) {
        negatedUntil = i + NEGATION_SCOPE;
        i += 1;
        continue;
      }
      // A trailing negator acts on the word before it (postNegated); it is not a polar word itself.
      if (!match && lex.postNegators.has(token.form)) {
        i += 1;
        continue;
      }
      match ??= exactMatch(lex, tokens, i, 1) ?? stemMatch(lex, token, i);
      if (!match && lex.prefixMinLength > 0) match = prefixMatch(lex, tokens, i);
      let negated = i <= negatedUntil;
      if (!match) {
        const prefix = lex.negatorPrefixes.find((p) => token.form.startsWith(p) && token.form.length > p.length);
        if (prefix !== undefined) {
          match = prefixMatch(lex, tokens, i, prefix.length);
          negated = true;
        }
      }
      if (!match) {
        i += 1;
        continue;
      }
      if (!negated) negated = postNegated(lex, tokens, match);
      sum += negated ? match.value * NEGATED : match.value;
      onHit?.({ words: tokens.slice(i, match.end).map((t) => t.form).join(lex.joiner), value: match.value, negated });
      hits += 1;
      i = match.end;
    }
  }
  return { sum, hits };
};
