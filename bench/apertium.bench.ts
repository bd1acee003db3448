import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { ApertiumEngine } from "../src/language/translation/engines/apertium-engine.js";
import { startApy } from "../src/language/translation/engines/apy-supervisor.js";

export interface ApertiumBenchRow {
  method: string;
  requests: number;
  ms: number;
}

export interface ApertiumBenchResult {
  sentences: number;
  words: number;
  rows: ApertiumBenchRow[];
}

const SUBJECTS = ["The customer", "Our team", "The manager", "My colleague", "The supplier", "Your company"];
const VERBS = ["needs", "sent", "wants", "received", "checked", "paid"];
const OBJECTS = ["a new invoice", "the order", "the contract", "an answer", "the delivery", "the price list", "a meeting"];
const TAILS = ["today.", "before Friday.", "last week.", "as soon as possible.", "for the next month."];

/** 200 short, distinct English sentences (by default) built from templates. */
export function benchSentences(count = 200): string[] {
  return Array.from({ length: count }, (_, i) => {
    const pick = <T>(list: T[], k: number) => list[k % list.length] as T;
    return `${pick(SUBJECTS, i)} ${pick(VERBS, i >> 1)} ${pick(OBJECTS, i >> 2)} ${pick(TAILS, i >> 3)}`;
  });
}

async function rawTranslate(url: string, q: string): Promise<string> {
  const body = new URLSearchParams({ langpair: "eng|spa", q, markUnknown: "no" }); // APy's default HTML deformatter
  const res = await fetch(`${url}/translate`, { method: "POST", body });
  if (!res.ok) throw new Error(`APy answered HTTP ${res.status}`);
  return ((await res.json()) as { responseData: { translatedText: string } }).responseData.translatedText;
}

async function timed(fn: () => Promise<void>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/**
 * en→es throughput against a running APy: ApertiumEngine.translate for the whole batch, against raw HTTP
 * calls doing the same work the naive way (one request per sentence) and the batched way (one request,
 * sentences separated by block tags, as the engine does minus its checks). Best of `rounds` interleaved rounds.
 */
export async function benchApertium(url: string, count = 200, rounds = 7): Promise<ApertiumBenchResult> {
  const sentences = benchSentences(count);
  const engine = new ApertiumEngine({ url });
  await engine.translate({ texts: sentences.slice(0, 5), from: "en", to: "es", format: "text" }); // starts the pipeline

  let requests = 0;
  const countRequests = <T>(p: Promise<T>) => {
    requests++;
    return p;
  };
  const realFetch = globalThis.fetch;
  globalThis.fetch = (input, init) => (String(input).endsWith("/translate") ? countRequests(realFetch(input, init)) : realFetch(input, init));

  const methods: Array<{ method: string; rounds: number; run: () => Promise<void> }> = [
    {
      method: "ApertiumEngine.translate (batched)",
      rounds,
      run: async () => {
        const out = await engine.translate({ texts: sentences, from: "en", to: "es", format: "text" });
        if (out.length !== count) throw new Error("engine lost outputs");
      },
    },
    {
      method: "raw HTTP, one request per sentence",
      rounds: Math.min(rounds, 2), // 200 sequential requests take seconds; two rounds are enough
      run: async () => {
        for (const s of sentences) await rawTranslate(url, s);
      },
    },
    {
      method: "raw HTTP, one request, <hr> separated",
      rounds,
      run: async () => {
        const q = sentences.map((s, i) => `${s}<hr data-mundo-sep="${i + 1}">`).join("");
        const out = (await rawTranslate(url, q)).split(/<hr data-mundo-sep="\d+">/).slice(0, -1);
        if (out.length !== count) throw new Error(`raw batch came back in ${out.length} parts`);
      },
    },
  ];
  // Rounds interleave the methods so a burst of load elsewhere hits all of them; the best round counts.
  const rows = methods.map(({ method }) => ({ method, requests: 0, ms: Number.POSITIVE_INFINITY }));
  try {
    for (let r = 0; r < rounds; r++) {
      for (const [i, m] of methods.entries()) {
        if (r >= m.rounds) continue;
        requests = 0;
        const ms = await timed(m.run);
        const row = rows[i] as ApertiumBenchRow;
        row.ms = Math.min(row.ms, ms);
        row.requests = requests;
      }
    }
    return { sentences: count, words: sentences.join(" ").split(/\s+/).length, rows };
  } finally {
    globalThis.fetch = realFetch;
  }
}

/** Markdown table; ratio = engine time / that method's time, as in the README's benches. */
export function apertiumBenchTable({ sentences, words, rows }: ApertiumBenchResult): string {
  const engineMs = rows[0]?.ms ?? Number.NaN;
  const lines = [
    `en→es, ${sentences} sentences, ${words} words`,
    "",
    "| method | requests | ms | ms/sentence | words/s | engine ms / this ms |",
    "|---|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.method} | ${r.requests} | ${r.ms.toFixed(0)} | ${(r.ms / sentences).toFixed(2)} | ${Math.round((words / r.ms) * 1000)} | ${(engineMs / r.ms).toFixed(2)}× |`,
    ),
  ];
  return lines.join("\n");
}

// Standalone: `npx tsx bench/apertium.bench.ts` starts its own APy (127.0.0.1, free port) and stops it.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const apy = await startApy();
  try {
    console.log(apertiumBenchTable(await benchApertium(apy.url)));
  } finally {
    await apy.stop();
  }
}
