import type { CompiledLexicon, SentimentToken } from "./lexicon-scorer.js";
import { OWN_LEXICONS } from "./lexicons/own-lexicons.js";
import { NEUTRAL_WORDS } from "./lexicons/neutral-words.js";
import { SUPPLEMENT_LEXICONS } from "./lexicons/supplement-lexicons.js";
import { NEGATION_RULES } from "./negation-words.js";
import { loadNlpjsLanguage, loadNlpjsTextTools, NLPJS_LEXICON_LANGUAGES } from "./nlpjs-lexicon-source.js";

// How a language's text becomes tokens. Whitespace tokenising fails on scripts written without spaces
// (zh, ja, th) and on Korean eojeols (stem + particles), so those go through Intl.Segmenter; Vietnamese
// is split into syllables and its words are matched as syllable n-grams ("hài lòng", "thất vọng").
type Tokenization = "nlpjs" | "segmenter" | "syllables";

interface LanguagePlan {
  tokenization: Tokenization;
  joiner: string;
  /** See CompiledLexicon.prefixMinLength. */
  prefixMinLength: number;
}

const PLANS: Readonly<Record<string, LanguagePlan>> = {
  zh: { tokenization: "segmenter", joiner: "", prefixMinLength: 2 },
  ja: { tokenization: "segmenter", joiner: "", prefixMinLength: 2 },
  th: { tokenization: "segmenter", joiner: "", prefixMinLength: 3 },
  ko: { tokenization: "segmenter", joiner: " ", prefixMinLength: 2 },
  vi: { tokenization: "syllables", joiner: " ", prefixMinLength: 0 },
  // Agglutinative: "memnunum", "harikaydı" start with the lexicon word.
  tr: { tokenization: "nlpjs", joiner: " ", prefixMinLength: 4 },
  hu: { tokenization: "nlpjs", joiner: " ", prefixMinLength: 4 },
};
const DEFAULT_PLAN: LanguagePlan = { tokenization: "nlpjs", joiner: " ", prefixMinLength: 0 };

const CLAUSE_BREAK = /[.,;:!?¡¿…。，、；：！？\n\r()[\]{}"“”«»「」『』【】،؛؟|•·–—]+/u;
// Thai separates phrases with spaces, so a space also ends a negation's reach there.
const CLAUSE_BREAK_THAI = /[\s.,;:!?…"“”()[\]|•–—]+/u;

export const LEXICON_LANGUAGES: readonly string[] = [...NLPJS_LEXICON_LANGUAGES, ...Object.keys(OWN_LEXICONS)].sort();

interface TextPipeline {
  normalize(text: string): string;
  tokenize(normalized: string): string[];
  stem?: (word: string) => string;
  stopwords?: string[];
}

const segmenterPipeline = (code: string): TextPipeline => {
  const segmenter = new Intl.Segmenter(code, { granularity: "word" });
  return {
    normalize: (text) => text.normalize("NFC").toLowerCase(),
    tokenize: (text) => {
      const words: string[] = [];
      for (const s of segmenter.segment(text)) if (s.isWordLike) words.push(s.segment);
      return words;
    },
  };
};

const syllablePipeline = (): TextPipeline => ({
  normalize: (text) => text.normalize("NFC").toLowerCase(),
  tokenize: (text) => text.split(/[^\p{L}\p{M}\p{N}]+/u).filter((s) => s !== ""),
});

const clamp = (n: number) => Math.max(-1, Math.min(1, n));

// Inflected forms the surface-keyed dictionaries lack ("okropna" when only "okropny" is listed) are
// matched by stem. Entries whose stems collide with opposite signs are dropped from this index.
const MIN_STEM_LENGTH = 4;
// Letters only: the Arabic normaliser leaves hamza as a combining mark, which is not a letter.
const letterCount = (s: string) => s.replace(/\p{M}/gu, "").length;
const buildStemFallback = (
  entries: ReadonlyMap<string, number>,
  stem: (w: string) => string,
  joiner: string,
  stopForms: ReadonlySet<string>,
) => {
  const byStem = new Map<string, number[]>();
  for (const [key, value] of entries) {
    if (key.includes(joiner)) continue;
    const s = stem(key);
    if (letterCount(s) >= MIN_STEM_LENGTH) byStem.set(s, [...(byStem.get(s) ?? []), value]);
  }
  const fallback = new Map<string, number>();
  for (const [s, values] of byStem) {
    const polar = values.filter((v) => v !== 0);
    if (polar.length > 0 && !polar.some((v) => Math.sign(v) !== Math.sign(polar[0]!))) {
      fallback.set(s, polar.reduce((a, b) => a + b, 0) / polar.length);
    }
  }
  // Aggressive stemmers (Arabic) collapse function words onto polar stems: "أنا" (I) would score.
  return { entries: fallback, stem: (w: string) => (letterCount(w) >= MIN_STEM_LENGTH ? stem(w) : ""), skip: stopForms };
};

/** Builds the lexicon of one language; throws if the language has none (callers check LEXICON_LANGUAGES). */
export const compileLexicon = (code: string): CompiledLexicon => {
  const plan = PLANS[code] ?? DEFAULT_PLAN;
  const own = OWN_LEXICONS[code];
  const nlpjs = own ? undefined : loadNlpjsLanguage(code);
  if (!own && !nlpjs?.dictionaries.length) throw new Error(`no sentiment lexicon for ${code}`);
  const stemmed = nlpjs?.stemmed === true && plan.tokenization === "nlpjs";
  const pipeline: TextPipeline =
    plan.tokenization === "segmenter"
      ? segmenterPipeline(code)
      : plan.tokenization === "syllables"
        ? syllablePipeline()
        : loadNlpjsTextTools(code);
  const words = (text: string) => pipeline.tokenize(pipeline.normalize(text));
  // Lexicon keys go through the same normaliser and tokenizer as the text, so "teşekkürler" in the
  // Turkish AFINN meets "tesekkurler" from the Turkish normaliser.
  const keyOf = (text: string, stem: boolean) =>
    (plan.joiner === "" ? [pipeline.normalize(text).replace(/\s+/g, "")] : words(text))
      .map((w) => (stem && pipeline.stem ? pipeline.stem(w) : w))
      .join(plan.joiner);

  // The dictionaries score function words ("и" +0.34 in Russian, "sono" -0.25 in Italian); nlp.js's
  // own stop-word lists say which ones to drop.
  const stopKeys = new Set((pipeline.stopwords ?? []).flatMap((w) => [keyOf(w, false), keyOf(w, stemmed)]));
  const entries = new Map<string, number>();
  for (const dictionary of nlpjs?.dictionaries ?? []) {
    for (const [word, raw] of Object.entries(dictionary.entries)) {
      const score = Number(raw);
      // Symbols are scored by emoji-sentiment.ts; the AFINN ports carry noisy ones ("🔧": -4).
      if (!Number.isFinite(score) || score === 0 || !/\p{L}/u.test(word)) continue;
      // Stemmed dictionaries are keyed by stems already.
      const key = keyOf(word, false);
      if (key !== "" && !stopKeys.has(key) && !entries.has(key)) entries.set(key, clamp(score / dictionary.scale));
    }
  }
  // Our own entries (AFINN scale) override nlp.js's: they are written for customer messages.
  const neutral = Object.fromEntries((NEUTRAL_WORDS[code] ?? []).map((w) => [w, 0]));
  for (const [word, score] of Object.entries({ ...neutral, ...own, ...SUPPLEMENT_LEXICONS[code] })) {
    const key = keyOf(word, stemmed);
    if (key !== "") entries.set(key, clamp(score / 5));
  }

  const rules = NEGATION_RULES[code] ?? {};
  const stopForms = new Set((pipeline.stopwords ?? []).map((w) => keyOf(w, false)));
  const stemFallback =
    !stemmed && pipeline.stem ? buildStemFallback(entries, pipeline.stem, plan.joiner, stopForms) : undefined;
  const negatorKey = (w: string) => keyOf(w, false);
  const nlpjsNegations = nlpjs?.negations ?? [];
  const pre = [...(rules.pre ?? []), ...(rules.nlpjsListIsPost ? [] : nlpjsNegations)];
  const post = [...(rules.post ?? []), ...(rules.nlpjsListIsPost ? nlpjsNegations : [])];
  let maxWords = plan.joiner === "" ? 4 : 1;
  let maxKeyLength = 1;
  const phraseStarts = plan.joiner === "" ? undefined : new Set<string>();
  for (const key of entries.keys()) {
    if (phraseStarts) {
      const parts = key.split(plan.joiner);
      maxWords = Math.max(maxWords, parts.length);
      if (parts.length > 1) phraseStarts.add(parts[0]!);
    }
    maxKeyLength = Math.max(maxKeyLength, key.length);
  }

  return {
    language: code,
    entries,
    maxWords: Math.min(maxWords, 5),
    phraseStarts,
    maxKeyLength: Math.min(maxKeyLength, 16),
    joiner: plan.joiner,
    clauseBreak: code === "th" ? CLAUSE_BREAK_THAI : CLAUSE_BREAK,
    preNegators: new Set(pre.map(negatorKey)),
    postNegators: new Set(post.map(negatorKey)),
    postClauseFinal: rules.postClauseFinal === true,
    suffixNegation: rules.suffix,
    negatorPrefixes: (rules.prefixes ?? []).map((p) => pipeline.normalize(p)),
    prefixMinLength: plan.prefixMinLength,
    stemFallback,
    tokenize: (clause: string): SentimentToken[] =>
      words(clause).map((form) => ({ form, key: stemmed && pipeline.stem ? pipeline.stem(form) : form })),
  };
};
