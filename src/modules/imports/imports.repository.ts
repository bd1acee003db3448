import { type Kysely, type Selectable, sql } from "kysely";
import type { DB, ImportRowError, ImportsTable } from "../../db/schema.js";

export type ImportRow = Omit<Selectable<ImportsTable>, "rows">;
export type ImportStatus = ImportRow["status"];

/** The counters that always describe exactly the rows before `processed`. */
export interface ImportProgress {
  processed: number;
  imported: number;
  duplicates: number;
  skipped: number;
  failed: number;
  errors: ImportRowError[];
}

// Every column but the stored rows, which can be large and are read only by the worker.
const SUMMARY = [
  "id", "format", "channel", "status", "total", "processed", "imported", "duplicates", "skipped", "failed",
  "errors", "error", "created_by", "started_at", "finished_at", "created_at", "updated_at",
] as const;

export function createImportsRepository(db: Kysely<DB>) {
  const progressValues = (p: ImportProgress) => ({
    processed: p.processed,
    imported: p.imported,
    duplicates: p.duplicates,
    skipped: p.skipped,
    failed: p.failed,
    errors: JSON.stringify(p.errors),
    updated_at: new Date(),
  });

  return {
    async create(values: { format: "csv" | "json"; channel: string; total: number; rows: unknown[]; createdBy: string | null }): Promise<ImportRow> {
      return db
        .insertInto("imports")
        .values({ format: values.format, channel: values.channel, total: values.total, rows: JSON.stringify(values.rows), created_by: values.createdBy, error: null, started_at: null, finished_at: null })
        .returning(SUMMARY)
        .executeTakeFirstOrThrow();
    },

    findById(id: string): Promise<ImportRow | undefined> {
      return db.selectFrom("imports").select(SUMMARY).where("id", "=", id).executeTakeFirst();
    },

    /** The import with the rows still to process, for the worker. */
    findWithRows(id: string) {
      return db.selectFrom("imports").selectAll().where("id", "=", id).executeTakeFirst();
    },

    async list(q: { status?: ImportStatus; limit: number; offset: number }): Promise<{ items: ImportRow[]; total: number }> {
      let base = db.selectFrom("imports");
      if (q.status) base = base.where("status", "=", q.status);
      const [items, count] = await Promise.all([
        base.select(SUMMARY).orderBy("created_at", "desc").orderBy("id", "desc").limit(q.limit).offset(q.offset).execute(),
        base.select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(count.n) };
    },

    unfinishedIds(): Promise<Array<{ id: string; processed: number }>> {
      return db.selectFrom("imports").select(["id", "processed"]).where("status", "in", ["queued", "running"]).orderBy("created_at").execute();
    },

    async markRunning(id: string): Promise<void> {
      await db
        .updateTable("imports")
        .set({ status: "running", started_at: sql<Date>`coalesce(started_at, now())`, updated_at: new Date() })
        .where("id", "=", id)
        .where("status", "in", ["queued", "running"])
        .execute();
    },

    /**
     * Saves progress if the import is still at `from` (compare-and-set): when two runners ever work on one
     * import (a job redelivered while the first still runs), the one that saves second learns it lost and stops.
     */
    async checkpoint(id: string, from: number, p: ImportProgress): Promise<boolean> {
      const r = await db.updateTable("imports").set(progressValues(p)).where("id", "=", id).where("processed", "=", from).where("status", "=", "running").executeTakeFirst();
      return r.numUpdatedRows > 0n;
    },

    /** Ends the import (compare-and-set like checkpoint); the stored rows are dropped, the messages now hold the data. */
    async finish(id: string, from: number, p: ImportProgress): Promise<boolean> {
      const r = await db
        .updateTable("imports")
        .set({ ...progressValues(p), status: "completed", rows: "[]", finished_at: new Date() })
        .where("id", "=", id)
        .where("processed", "=", from)
        .where("status", "=", "running")
        .executeTakeFirst();
      return r.numUpdatedRows > 0n;
    },

    async fail(id: string, error: string): Promise<void> {
      await db
        .updateTable("imports")
        .set({ status: "failed", error: error.slice(0, 2000), rows: "[]", finished_at: new Date(), updated_at: new Date() })
        .where("id", "=", id)
        .execute();
    },

    /** Whether this very row of this import stored the message (before a crash), rather than someone else. */
    async storedByRow(channel: string, externalId: string, importId: string, row: number): Promise<boolean> {
      const found = await db
        .selectFrom("messages")
        .select("id")
        .where("channel", "=", channel)
        .where("external_id", "=", externalId)
        .where(sql<string>`metadata->>'importId'`, "=", importId)
        .where(sql<string>`metadata->>'importRow'`, "=", String(row))
        .executeTakeFirst();
      return found !== undefined;
    },
  };
}
export type ImportsRepository = ReturnType<typeof createImportsRepository>;
