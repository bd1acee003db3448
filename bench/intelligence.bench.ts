import { performance } from "node:perf_hooks";
import { sql } from "kysely";
import { buildApp } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { openDatabase } from "../src/db/database.js";
import { migrate } from "../src/db/migrator.js";
import { seedDemoKb } from "../src/db/seed/demo-kb.js";
import { seedDemoOrders } from "../src/db/seed/demo-orders.js";
import { seedDemo } from "../src/db/seed/demo-seed.js";
import { InlineJobQueue } from "../src/jobs/inline-job-queue.js";
import { createLanguageRuntime } from "../src/language/create-language-runtime.js";
import { createLanguageStores } from "../src/modules/language/index.js";

// `npx tsx bench/intelligence.bench.ts`: #5/#6 read paths on the demo workspace (PGlite in memory, Apertium
// when installed), each against the bare query it is built on, in the same process.
const database = await openDatabase({ kind: "pglite", dataDir: null });
await migrate(database);
const config = loadConfig({ MUNDO_TRANSLATION_ENGINES: "apertium", MUNDO_SMTP_PORT: "off", LOG_LEVEL: "silent" });
const stores = createLanguageStores(database.db);
const runtime = await createLanguageRuntime(config.translation, { memory: stores.memory.store, glossary: stores.glossary.store });
const jobs = new InlineJobQueue(database.db);
const { app, services } = await buildApp({ database, jobs, sessionTtlHours: 1, logLevel: "silent", webDist: null, language: { runtime, stores } });
await jobs.start();
await seedDemo(services);
await seedDemoOrders(services);
await seedDemoKb(services);

async function time(n: number, fn: (i: number) => Promise<unknown>): Promise<number> {
  await fn(0); // warm caches (prepared plans, dictionaries) outside the measurement
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await fn(i);
  return performance.now() - t0;
}

const rows: Array<{ operation: string; n: number; baseline: number; mundo: number }> = [];
const customers = (await database.db.selectFrom("customers").select("id").execute()).map((r) => r.id);

// A segment: French speakers who spent more than 500 in the base currency (filter AST → one query).
const filter = { all: [{ field: "language", op: "eq", value: "fr" }, { field: "total_spend", op: "gt", value: 500 }] };
const parsed = services.segments.parseFilter(filter);
rows.push({
  operation: "segment count, JSON filter compiled (vs hand-written SQL COUNT)",
  n: 100,
  baseline: await time(100, () =>
    sql`SELECT count(*) FROM customers c WHERE EXISTS (SELECT 1 FROM jsonb_array_elements_text(c.preferred_languages) l WHERE l = 'fr' OR l LIKE 'fr-%')
        AND (SELECT coalesce(sum(o.amount_base), 0) FROM orders o WHERE o.customer_id = c.id) > 500`.execute(database.db),
  ),
  mundo: await time(100, () => services.segments.service.preview(parsed, 0)),
});

rows.push({
  operation: "evaluate all tag rules for one customer (vs SELECT of the customer row)",
  n: 200,
  baseline: await time(200, (i) => database.db.selectFrom("customers").selectAll().where("id", "=", customers[i % customers.length]!).executeTakeFirst()),
  mundo: await time(200, (i) => services.tags.evaluateCustomer(customers[i % customers.length]!)),
});

rows.push({
  operation: "KB search 退款政策 across languages (vs one English full-text query)",
  n: 50,
  baseline: await time(50, () =>
    sql`SELECT family_id, ts_rank(tsv, q) FROM kb_versions, plainto_tsquery('english', 'refund policy') q WHERE tsv @@ q ORDER BY 2 DESC LIMIT 10`.execute(database.db),
  ),
  mundo: await time(50, () => services.kb.search("退款政策")),
});

console.log("| operation (PGlite, demo data) | n | baseline ms/op | Mundo ms/op | ratio |");
console.log("|---|---:|---:|---:|---:|");
for (const r of rows) {
  console.log(`| ${r.operation} | ${r.n} | ${(r.baseline / r.n).toFixed(3)} | ${(r.mundo / r.n).toFixed(3)} | ${(r.mundo / r.baseline).toFixed(1)}× |`);
}
await app.close();
await jobs.stop();
await runtime.close();
await database.close();
