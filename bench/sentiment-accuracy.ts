// Per-language accuracy of the lexicon analyzer on bench/data/sentiment-labelled.ts, per split
// (held-out is the honest number; tuning was looked at while writing the word lists).
// Run: npx tsx bench/sentiment-accuracy.ts [--misses]
import { createNlpjsSentimentAnalyzer } from "../src/language/sentiment/nlpjs-sentiment-analyzer.js";
import { LABELLED, type Split } from "./data/sentiment-labelled.js";

interface Tally {
  n: number;
  ok: number;
  polar: number;
  polarOk: number;
}
const empty = (): Tally => ({ n: 0, ok: 0, polar: 0, polarOk: 0 });
const add = (a: Tally, b: Tally): Tally => ({ n: a.n + b.n, ok: a.ok + b.ok, polar: a.polar + b.polar, polarOk: a.polarOk + b.polarOk });

const analyzer = createNlpjsSentimentAnalyzer();
const tallies = new Map<string, Record<Split, Tally>>();
const misses: string[] = [];

for (const { language, label, text, split } of LABELLED) {
  const got = analyzer.analyzeSync(text, language);
  const hit = got.label === label;
  const row = tallies.get(language) ?? { tuning: empty(), "held-out": empty() };
  const one: Tally = { n: 1, ok: hit ? 1 : 0, polar: label === "neutral" ? 0 : 1, polarOk: label !== "neutral" && hit ? 1 : 0 };
  row[split] = add(row[split], one);
  tallies.set(language, row);
  if (!hit) {
    const why = analyzer.explain(text, language).map((h) => `${h.negated ? "¬" : ""}${h.words}=${h.value.toFixed(2)}`);
    misses.push(`[${split}] ${language} want ${label} got ${got.label} (${got.score}) ${text}  [${why.join(" ")}]`);
  }
}

const pct = (t: Tally) => (t.n === 0 ? "  -  " : `${((100 * t.ok) / t.n).toFixed(0)}%`.padStart(5));
const polarPct = (t: Tally) => (t.polar === 0 ? "  -  " : `${((100 * t.polarOk) / t.polar).toFixed(0)}%`.padStart(5));
const line = (name: string, r: Record<Split, Tally>) => {
  const all = add(r.tuning, r["held-out"]);
  return `${name.padEnd(5)} ${String(r["held-out"].n).padStart(4)} ${pct(r["held-out"])}   ${String(r.tuning.n).padStart(4)} ${pct(r.tuning)}   ${pct(all)} ${polarPct(all)}`;
};

console.log("lang  held-out n  acc   tuning n  acc   all acc  polar-only");
let total = { tuning: empty(), "held-out": empty() };
for (const [language, r] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(line(language, r));
  total = { tuning: add(total.tuning, r.tuning), "held-out": add(total["held-out"], r["held-out"]) };
}
console.log(line("all", total));
console.log("(accuracy counts 3 labels: positive/negative/neutral; polar-only leaves out the neutral texts)");
if (process.argv.includes("--misses")) for (const m of misses) console.log(m);
