// Throughput of lexicon sentiment against a baseline of only tokenising the same texts with the
// same per-language tokenizer (nlp.js, Intl.Segmenter or Vietnamese syllables), so the ratio is the
// cost of emoji scanning, lexicon lookup and negation on top of tokenising.
// Run: npx tsx bench/sentiment.bench.ts
import { performance } from "node:perf_hooks";
import { compileLexicon } from "../src/language/sentiment/lexicon-compiler.js";
import type { CompiledLexicon } from "../src/language/sentiment/lexicon-scorer.js";
import { createNlpjsSentimentAnalyzer } from "../src/language/sentiment/nlpjs-sentiment-analyzer.js";
import { LABELLED } from "./data/sentiment-labelled.js";

const ROUNDS = 60;
const texts = LABELLED.map(({ text, language }) => ({ text, language }));
const languages = [...new Set(texts.map((t) => t.language))];

// Cold start: building each language's lexicon once (loading nlp.js data, normalising keys).
const analyzer = createNlpjsSentimentAnalyzer();
const cold: string[] = [];
for (const language of languages) {
  const t0 = performance.now();
  analyzer.analyzeSync("", language);
  cold.push(`${language} ${(performance.now() - t0).toFixed(0)} ms`);
}
const lexicons = new Map<string, CompiledLexicon>(languages.map((l) => [l, compileLexicon(l)]));

type Fn = (text: string, language: string) => unknown;
const timeOnce = (fn: Fn, subset = texts): number => {
  const t0 = performance.now();
  for (let r = 0; r < ROUNDS; r += 1) for (const { text, language } of subset) fn(text, language);
  return performance.now() - t0;
};
// Best of three, alternating, after a warm-up of each: JIT and stemmer memos settle first.
const compare = (fns: Fn[], subset = texts): number[] => {
  for (const fn of fns) timeOnce(fn, subset);
  const best = fns.map(() => Number.POSITIVE_INFINITY);
  for (let k = 0; k < 3; k += 1) {
    fns.forEach((fn, i) => {
      best[i] = Math.min(best[i]!, timeOnce(fn, subset));
    });
  }
  return best;
};

const tokenizeOnly: Fn = (text, language) => lexicons.get(language)!.tokenize(text);
const analyzeSync: Fn = (text, language) => analyzer.analyzeSync(text, language);
const [baselineMs, analyzeMs] = compare([tokenizeOnly, analyzeSync]) as [number, number];
// analyze() is analyzeSync() behind a promise; this shows what the await per text costs.
let asyncMs = Number.POSITIVE_INFINITY;
for (let k = 0; k < 3; k += 1) {
  const t0 = performance.now();
  for (let r = 0; r < ROUNDS; r += 1) for (const { text, language } of texts) await analyzer.analyze(text, language);
  asyncMs = Math.min(asyncMs, performance.now() - t0);
}

const n = texts.length * ROUNDS;
const perSecond = (ms: number) => Math.round((n / ms) * 1000).toLocaleString("en");
console.log(`lexicon build (first call per language): ${cold.join(", ")}`);
console.log(`${texts.length} texts × ${ROUNDS} rounds = ${n} analyses, ${languages.length} languages`);
console.log("| operation | texts/s | ms/text | ratio |");
console.log("|---|---:|---:|---:|");
const row = (name: string, ms: number) =>
  console.log(`| ${name} | ${perSecond(ms)} | ${(ms / n).toFixed(4)} | ${(ms / baselineMs).toFixed(2)}× |`);
row("tokenise only (baseline)", baselineMs);
row("analyzeSync", analyzeMs);
row("analyze (async)", asyncMs);

// Per script family, since Intl.Segmenter languages cost more to tokenise than space-separated ones.
const families: Record<string, string[]> = {
  "nlp.js tokenizer": ["en", "es", "fr", "de", "pt", "it", "nl", "ru", "pl", "tr", "ar"],
  "Intl.Segmenter": ["zh", "ja", "ko", "th"],
  syllables: ["vi"],
};
for (const [family, members] of Object.entries(families)) {
  const subset = texts.filter((t) => members.includes(t.language));
  const [base, full] = compare([tokenizeOnly, analyzeSync], subset) as [number, number];
  const k = subset.length * ROUNDS;
  console.log(
    `| ${family}: analyzeSync | ${Math.round((k / full) * 1000).toLocaleString("en")} | ${(full / k).toFixed(4)} | ${(full / base).toFixed(2)}× |`,
  );
}
