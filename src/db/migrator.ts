import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Database } from "./database.js";

const MIGRATIONS_DIR = fileURLToPath(new URL("./migrations/", import.meta.url));
// Arbitrary constant: serialises migrations when several PostgreSQL-backed instances start at once.
const MIGRATION_LOCK_KEY = 7_270_736_901;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, 4)),
      name: file.replace(/\.sql$/, ""),
      sql: readFileSync(new URL(file, `file://${dir}`), "utf8"),
    }));
}

/** Applies pending migrations in order, each in its own transaction. Returns the names applied. */
export async function migrate(database: Database, migrations = listMigrations()): Promise<string[]> {
  return database.withSession(async (s) => {
    await s.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      await s.exec(`CREATE TABLE IF NOT EXISTS mundo_migrations (
        version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
      const done = new Set(
        (await s.query<{ version: number }>("SELECT version FROM mundo_migrations")).map((r) => r.version),
      );
      const applied: string[] = [];
      for (const m of migrations) {
        if (done.has(m.version)) continue;
        try {
          await s.exec(`BEGIN;\n${m.sql}\n;INSERT INTO mundo_migrations (version, name) VALUES (${m.version}, '${m.name}');\nCOMMIT;`);
        } catch (err) {
          await s.exec("ROLLBACK").catch(() => undefined);
          throw new Error(`Migration ${m.name} failed: ${(err as Error).message}`);
        }
        applied.push(m.name);
      }
      return applied;
    } finally {
      await s.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  });
}
