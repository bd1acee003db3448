import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { Kysely, PostgresDialect } from "kysely";
import { PGliteDialect } from "kysely-pglite-dialect";
import pg from "pg";
import { acquireDataDirLock, type DataDirLock } from "./data-dir-lock.js";
import type { DB } from "./schema.js";

export type DatabaseKind = "pglite" | "postgres";

/** One dedicated connection, for work that needs session state (advisory locks, multi-statement scripts). */
export interface DbSession {
  exec(script: string): Promise<void>;
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface Database {
  kind: DatabaseKind;
  db: Kysely<DB>;
  /** Connection string for drivers that open their own pool (pg-boss); null on PGlite. */
  url: string | null;
  withSession<T>(fn: (session: DbSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { kind: "pglite"; dataDir: string | null /* null: in memory, for tests */ }
  | { kind: "postgres"; url: string };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.kind === "postgres" ? openPostgres(target.url) : openPglite(target.dataDir);
}

async function openPglite(dataDir: string | null): Promise<Database> {
  let lock: DataDirLock | null = null;
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    lock = acquireDataDirLock(dataDir);
  }
  let client: PGlite;
  try {
    client = await PGlite.create(dataDir ? join(resolve(dataDir), "pglite") : "memory://", {
      extensions: { pg_trgm },
    });
  } catch (err) {
    lock?.release();
    throw err;
  }
  const db = new Kysely<DB>({ dialect: new PGliteDialect(client) });
  // PGlite is a single connection: serialise sessions so they never interleave with each other.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    kind: "pglite",
    db,
    url: null,
    withSession(fn) {
      const session: DbSession = {
        exec: async (script) => {
          await client.exec(script);
        },
        query: async (text, params) => (await client.query(text, params)).rows as never,
      };
      const run = queue.then(() => fn(session));
      queue = run.catch(() => undefined);
      return run;
    },
    async close() {
      await db.destroy();
      if (!client.closed) await client.close();
      lock?.release();
    },
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // Fail fast with the server's own message when the URL is wrong.
  const probe = await pool.connect();
  probe.release();
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: "postgres",
    db,
    url,
    async withSession(fn) {
      const client = await pool.connect();
      try {
        return await fn({
          exec: async (script) => {
            await client.query(script);
          },
          query: async (text, params) => (await client.query(text, params as unknown[])).rows,
        });
      } finally {
        client.release();
      }
    },
    async close() {
      await db.destroy(); // also ends the pool
    },
  };
}
