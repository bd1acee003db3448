import { openDatabase } from "../src/db/database.js";
import { migrate } from "../src/db/migrator.js";
import { startPostgresCluster } from "../test/support/postgres-cluster.js";
import { type BenchRow, benchCustomers } from "./customers.bench.js";
import { benchIngest } from "./ingest.bench.js";
import { benchTranslation } from "./translation.bench.js";

// `npm run bench`: each operation against a baseline in the same process, on PGlite (in memory) and
// PostgreSQL (MUNDO_BENCH_DATABASE_URL, else a throwaway cluster). Detection, sentiment and Apertium have
// their own scripts (bench/detection.bench.ts, bench/sentiment.bench.ts, bench/apertium.bench.ts).
const rows: BenchRow[] = [];
const latencies: string[] = [];

async function onDatabase(kind: "pglite" | "postgres", url?: string) {
  const label = kind === "pglite" ? "PGlite" : "PostgreSQL";
  const fresh = async () => {
    const db = await openDatabase(kind === "pglite" ? { kind, dataDir: null } : { kind, url: url! });
    await migrate(db);
    return db;
  };
  let db = await fresh();
  rows.push(...(await benchCustomers(db, label)));
  rows.push(...(await benchTranslation(db, label)));
  await db.close();
  if (kind === "postgres") {
    // A clean schema for the ingest run (the previous runs filled the tables).
    const pg = await import("pg");
    const c = new pg.default.Client({ connectionString: url });
    await c.connect();
    await c.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public; DROP SCHEMA IF EXISTS pgboss CASCADE");
    await c.end();
  }
  db = await fresh();
  const ingest = await benchIngest(db, label);
  rows.push(...ingest.rows);
  latencies.push(`| ${label} | ${ingest.latency.n} | ${ingest.latency.p50.toFixed(0)} ms | ${ingest.latency.p95.toFixed(0)} ms |`);
  await db.close();
}

await onDatabase("pglite");
const cluster = process.env.MUNDO_BENCH_DATABASE_URL ? null : await startPostgresCluster().catch(() => null);
const url = process.env.MUNDO_BENCH_DATABASE_URL ?? cluster?.url;
if (url) {
  await onDatabase("postgres", url);
  cluster?.stop();
} else {
  console.log("PostgreSQL: no server (set MUNDO_BENCH_DATABASE_URL or install postgresql) — skipped");
}

console.log("| database | operation | n | baseline ms/op | Mundo ms/op | ratio |");
console.log("|---|---|---:|---:|---:|---:|");
for (const r of rows) {
  const per = (ms: number) => (ms / r.count).toFixed(3);
  console.log(`| ${r.database} | ${r.operation} | ${r.count} | ${per(r.baselineMs)} | ${per(r.mundoMs)} | ${(r.mundoMs / r.baselineMs).toFixed(2)}× |`);
}
console.log("\nChat message accepted → translated by Apertium and stored (fresh sentences, one at a time):\n");
console.log("| database | n | p50 | p95 |");
console.log("|---|---:|---:|---:|");
for (const l of latencies) console.log(l);
