import { openDatabase } from "../src/db/database.js";
import { migrate } from "../src/db/migrator.js";
import { startPostgresCluster } from "../test/support/postgres-cluster.js";
import { type BenchRow, benchCustomers } from "./customers.bench.js";

// `npm run bench`: PGlite in memory, and PostgreSQL (MUNDO_BENCH_DATABASE_URL, else a throwaway cluster).
const rows: BenchRow[] = [];

const pglite = await openDatabase({ kind: "pglite", dataDir: null });
await migrate(pglite);
rows.push(...(await benchCustomers(pglite, "PGlite")));
await pglite.close();

const cluster = process.env.MUNDO_BENCH_DATABASE_URL ? null : await startPostgresCluster().catch(() => null);
const url = process.env.MUNDO_BENCH_DATABASE_URL ?? cluster?.url;
if (url) {
  const pg = await openDatabase({ kind: "postgres", url });
  await migrate(pg);
  rows.push(...(await benchCustomers(pg, "PostgreSQL")));
  await pg.close();
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
