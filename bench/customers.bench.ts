import { performance } from "node:perf_hooks";
import { sql } from "kysely";
import { createServices } from "../src/app.js";
import type { Database } from "../src/db/database.js";
import { demoCustomers } from "../src/db/seed/demo-data.js";

export interface BenchRow {
  database: string;
  operation: string;
  count: number;
  baselineMs: number;
  mundoMs: number;
}

async function time(fn: () => Promise<void>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

// Customer writes through the service (validation, phone parsing, identities, search keys, transaction)
// against raw single-row inserts of the same rows; search through the service against the bare query.
export async function benchCustomers(database: Database, label: string, rounds = 4): Promise<BenchRow[]> {
  const services = createServices(database, 1);
  const people = demoCustomers();
  const batch = people.length;
  let raw = 0;
  let pipeline = 0;
  for (let r = 0; r < rounds; r++) {
    raw += await time(async () => {
      for (const p of people) {
        await database.db
          .insertInto("customers")
          .values({
            name: p.name,
            emails: JSON.stringify(p.emails),
            phones: JSON.stringify(p.phones),
            country: p.country,
            preferred_languages: JSON.stringify(p.preferredLanguages),
            consent: JSON.stringify(p.consent),
            tags: JSON.stringify(p.tags),
            search_text: p.name,
          })
          .execute();
      }
    });
    await sql`TRUNCATE customers CASCADE`.execute(database.db);
    pipeline += await time(async () => {
      for (const { companyDomain: _c, ...p } of people) await services.customers.create(p);
    });
    if (r < rounds - 1) await sql`TRUNCATE customers CASCADE`.execute(database.db);
  }

  const queries = ["ива", "山", "garcía", "+52", "ng"];
  const searchRounds = 40;
  const bare = await time(async () => {
    for (let i = 0; i < searchRounds; i++) {
      for (const q of queries) {
        await sql`SELECT * FROM customers WHERE search_text LIKE ${`%${q}%`} ORDER BY name COLLATE "und-x-icu" LIMIT 25`.execute(database.db);
      }
    }
  });
  const service = await time(async () => {
    for (let i = 0; i < searchRounds; i++) {
      for (const q of queries) await services.customers.list({ q, limit: 25, offset: 0 });
    }
  });
  return [
    { database: label, operation: "create customer (service vs raw INSERT)", count: batch * rounds, baselineMs: raw, mundoMs: pipeline },
    { database: label, operation: "search page of 25 + total (service vs bare SELECT)", count: searchRounds * queries.length, baselineMs: bare, mundoMs: service },
  ];
}
