import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { type Database, openDatabase } from "../../src/db/database.js";
import { migrate } from "../../src/db/migrator.js";

export type TestDbKind = "pglite" | "postgres";
export const testDbKind = (): TestDbKind => (process.env.MUNDO_TEST_DB === "postgres" ? "postgres" : "pglite");

export interface TestDatabase {
  database: Database;
  /** Connection URL of this test's own database (postgres) or null (in-memory PGlite). */
  url: string | null;
  dispose(): Promise<void>;
}

/** A fresh, migrated database: in-memory PGlite, or a new database on the test PostgreSQL cluster. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDbKind() === "pglite") {
    const database = await openDatabase({ kind: "pglite", dataDir: null });
    await migrate(database);
    return { database, url: null, dispose: () => database.close() };
  }
  const adminUrl = inject("postgresUrl");
  const name = `mundo_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: "postgres", url: url.toString() });
  await migrate(database);
  return {
    database,
    url: url.toString(),
    async dispose() {
      await database.close();
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
