import { pathToFileURL } from "node:url";
import { createLanguageDetection, detectMany } from "../src/language/detection/detection.service.js";
import { loadFastText } from "../src/language/detection/fasttext-detector.js";
import { loadSamples } from "./detection-accuracy.js";

// Throughput of the composite detector against bare fastText (model prediction only, no cleaning, rules or
// franc) on the same short texts, on one core (detection is synchronous work on the main thread). Rates
// are per second of this process's CPU time, so other load on the machine does not skew them; wall-clock
// time is shown beside.
// Run: npx tsx bench/detection.bench.ts

export interface DetectionBenchRow {
  detector: string;
  texts: number;
  /** Wall-clock and CPU milliseconds for all texts. */
  ms: number;
  cpuMs: number;
  /** Texts per CPU second. */
  perSecond: number;
}

interface Timing {
  texts: number;
  ms: number;
  cpuMs: number;
}

/** Short texts (4–15 words, or 20–40 characters in unspaced scripts) in the 130 udhr languages lid.176 knows. */
export async function shortTexts(): Promise<string[]> {
  const samples = await loadSamples(Array.from({ length: 18 }, (_, i) => i + 3));
  return samples.flatMap((s, i) =>
    s.snippets.map((snippet, j) => {
      // vary the length: every other snippet gets the next one appended
      const next = s.snippets[(j + 1) % s.snippets.length] ?? "";
      return (i + j) % 2 === 0 ? snippet : `${snippet} ${next}`;
    }),
  );
}

async function timeRuns(run: () => Promise<void> | void, count: number, minMs: number): Promise<Timing> {
  await run(); // warm-up: model load, lazily parsed profiles, JIT
  let texts = 0;
  const start = performance.now();
  const cpu = process.cpuUsage();
  do {
    await run();
    texts += count;
  } while (performance.now() - start < minMs);
  const used = process.cpuUsage(cpu);
  return { texts, ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

export async function benchDetection(texts?: string[], minMs = 3000): Promise<DetectionBenchRow[]> {
  const inputs = texts ?? (await shortTexts());
  const lid = await loadFastText();
  const composite = createLanguageDetection();
  const withoutFranc = createLanguageDetection({ useFranc: false });

  const bare = await timeRuns(
    () => {
      for (const text of inputs) lid.predict(text.replace(/\n/g, " "), 1);
    },
    inputs.length,
    minMs,
  );
  const mundo = await timeRuns(
    async () => {
      await detectMany(composite, inputs);
    },
    inputs.length,
    minMs,
  );
  const row = (detector: string, r: Timing): DetectionBenchRow => ({ detector, ...r, perSecond: (r.texts / r.cpuMs) * 1000 });
  const noFranc = await timeRuns(
    async () => {
      await detectMany(withoutFranc, inputs);
    },
    inputs.length,
    minMs,
  );
  return [row("fastText (bare predict)", bare), row("mundo (composite)", mundo), row("mundo without franc", noFranc)];
}

async function main(): Promise<void> {
  const texts = await shortTexts();
  const rows = await benchDetection(texts);
  const baseline = rows[0]!;
  console.log(`${texts.length} distinct short texts, ${Math.round(texts.reduce((n, t) => n + t.length, 0) / texts.length)} characters on average; one core\n`);
  console.log("| detector | texts | texts/s (CPU) | µs/text (CPU) | µs/text (wall) | ratio |");
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    const cpu = (r.cpuMs * 1000) / r.texts;
    const wall = (r.ms * 1000) / r.texts;
    const ratio = baseline.perSecond / r.perSecond;
    console.log(`| ${r.detector} | ${r.texts} | ${Math.round(r.perSecond)} | ${cpu.toFixed(1)} | ${wall.toFixed(1)} | ${ratio.toFixed(2)}× |`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
