import { performance } from "node:perf_hooks";
import { sql } from "kysely";
import { buildApp } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import type { Database } from "../src/db/database.js";
import { InlineJobQueue } from "../src/jobs/inline-job-queue.js";
import { createJobQueue } from "../src/jobs/create-job-queue.js";
import { createLanguageRuntime } from "../src/language/create-language-runtime.js";
import { createLanguageStores } from "../src/modules/language/index.js";

export interface IngestBenchRow {
  database: string;
  operation: string;
  count: number;
  baselineMs: number;
  mundoMs: number;
}

const SUBJECTS = ["mi pedido", "la factura", "el paquete", "mi cuenta", "la entrega", "el reembolso"];
const STATES = ["no ha llegado", "llegó roto", "está incompleto", "tiene un error", "sigue pendiente"];
/** Distinct short Spanish customer messages. */
export function spanishMessages(n: number, salt: string): string[] {
  return Array.from({ length: n }, (_, i) => `Hola, ${SUBJECTS[i % SUBJECTS.length]} ${STATES[Math.floor(i / SUBJECTS.length) % STATES.length]}, referencia ${salt}${i}.`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

// Ingest + the whole pipeline (detect, translate — a memory hit here — sentiment, customer) until every
// message is processed, against raw INSERTs of the same rows; and chat latency through Apertium.
export async function benchIngest(database: Database, label: string): Promise<{ rows: IngestBenchRow[]; latency: { p50: number; p95: number; n: number } }> {
  const config = loadConfig({ MUNDO_TRANSLATION_ENGINES: "apertium", MUNDO_SMTP_PORT: "off", LOG_LEVEL: "silent" });
  const stores = createLanguageStores(database.db);
  const runtime = await createLanguageRuntime(config.translation, { memory: stores.memory.store, glossary: stores.glossary.store });
  const jobs = database.kind === "postgres" ? createJobQueue("pg-boss", database) : new InlineJobQueue(database.db);
  const { app, services } = await buildApp({ database, jobs, sessionTtlHours: 1, logLevel: "silent", webDist: null, language: { runtime, stores } });
  await jobs.start();
  try {
    const n = 300;
    const texts = spanishMessages(n, "t");
    // Warm the memory so every pipeline translation is a memory hit.
    for (let i = 0; i < n; i += 50) await runtime.gateway.translate({ texts: texts.slice(i, i + 50), from: "es", to: "en" });

    const conversation = (await sql<{ id: string }>`INSERT INTO conversations (channel) VALUES ('bench') RETURNING id`.execute(database.db)).rows[0]!.id;
    let t0 = performance.now();
    for (const [i, text] of texts.entries()) {
      await database.db
        .insertInto("messages")
        .values({ conversation_id: conversation, channel: "bench", external_id: `raw-${i}`, direction: "in", sender: "{}", original_text: text, metadata: "{}", sent_at: new Date() })
        .execute();
    }
    const raw = performance.now() - t0;

    const done = new Set<string>();
    const off = services.events.on("message.updated", ({ message }) => void done.add(message.id));
    t0 = performance.now();
    for (const [i, text] of texts.entries()) {
      await services.messages.ingest.ingest({ channel: "api", externalId: `bench-${i}`, customer: { email: `c${i % 40}@bench.example` }, text });
    }
    while (done.size < n) await new Promise((r) => setTimeout(r, 20));
    const pipeline = performance.now() - t0;
    off();

    // Chat: fresh sentences (no memory hits), one at a time, from accept to the stored translation.
    const fresh = spanishMessages(40, "chat");
    const latencies: number[] = [];
    for (const [i, text] of fresh.entries()) {
      const start = performance.now();
      const translated = new Promise<void>((resolve) => {
        const stop = services.events.on("message.updated", ({ message }) => {
          if ((message as { externalId?: string }).externalId === `v:${i}`) {
            stop();
            resolve();
          }
        });
      });
      await services.messages.ingest.ingest({ channel: "chat", externalId: `v:${i}`, customer: { handle: `chat:visitor-${i}` }, text, threadKey: `visitor-${i}` });
      await translated;
      latencies.push(performance.now() - start);
    }
    latencies.sort((a, b) => a - b);
    return {
      rows: [{ database: label, operation: "ingest + pipeline to processed, memory hits (vs raw INSERT of the same rows)", count: n, baselineMs: raw, mundoMs: pipeline }],
      latency: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), n: latencies.length },
    };
  } finally {
    await app.close();
    await jobs.stop();
    await runtime.close();
  }
}
