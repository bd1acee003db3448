import { parse as parseCsvText } from "csv-parse/sync";
import { isValidPhoneNumber } from "libphonenumber-js/max";
import { z } from "zod";
import type { ImportRowError } from "../../db/schema.js";
import type { JobContext, JobQueue } from "../../jobs/job-queue.js";
import { AppError, invalid, notFound } from "../../shared/app-error.js";
import type { InboundMessage, IngestService } from "../messages/index.js";
import type { ImportProgress, ImportRow, ImportsRepository } from "./imports.repository.js";

export const IMPORT_JOB = "import.run";
export const MAX_IMPORT_ROWS = 50_000;
const MAX_ERRORS = 100;
const RETRY_LIMIT = 3;
export const CHANNEL_PATTERN = /^[a-z0-9-]{1,40}$/;

// CSV header names; JSON rows use the same fields camelCased. thread_id is optional and groups rows into conversations.
const COLUMNS = ["external_id", "channel", "sent_at", "email", "phone", "handle", "name", "direction", "text", "subject", "thread_id"] as const;
type Column = (typeof COLUMNS)[number];
const camel = (c: Column) => c.replace(/_(\w)/g, (_, ch: string) => ch.toUpperCase());
type RawRow = Partial<Record<Column, string>>;

/** A validated row as stored for the worker: a message, an outbound row to skip, or the reason it can't be imported. */
type StoredRow =
  | { msg: { channel: string; externalId: string; customer: InboundMessage["customer"]; text: string; subject?: string; sentAt?: string; threadKey?: string } }
  | { skip: "outbound" }
  | { error: string };

export interface ImportInput {
  format: "csv" | "json";
  content: string;
  channel: string;
}

function tooMany(n: number): AppError {
  return invalid("content", `${n} rows; one import takes at most ${MAX_IMPORT_ROWS}, split the file`);
}

function parseCsv(content: string): RawRow[] {
  let records: string[][];
  try {
    records = parseCsvText(content, { bom: true, skip_empty_lines: true, record_delimiter: ["\r\n", "\n", "\r"] });
  } catch (err) {
    const e = err as { code?: string; message: string; records?: number; lines?: number };
    // csv-parse counts the header as a record, so the failing data row is `records` (1-based, header excluded).
    const where = e.records ? `row ${e.records} (line ${e.lines})` : `line ${e.lines ?? "?"}`;
    const reason = e.code === "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH" ? "has a different number of columns than the header" : e.message.replace(/ (at|on) line \d+.*$/, "");
    throw invalid("content", `CSV ${where}: ${reason}`);
  }
  const [header, ...data] = records;
  if (!header) throw invalid("content", "the CSV is empty; the first row must be the header");
  const columns = header.map((h, i) => {
    const name = h.trim().toLowerCase() as Column;
    if (!COLUMNS.includes(name)) throw invalid("content", `CSV header column ${i + 1} "${h.slice(0, 50)}" is not one of ${COLUMNS.join(", ")}`);
    if (header.findIndex((o) => o.trim().toLowerCase() === name) !== i) throw invalid("content", `CSV header column "${name}" appears twice`);
    return name;
  });
  for (const required of ["external_id", "text"] as const) {
    if (!columns.includes(required)) throw invalid("content", `the CSV header has no ${required} column`);
  }
  if (data.length > MAX_IMPORT_ROWS) throw tooMany(data.length);
  return data.map((rec) => Object.fromEntries(columns.map((c, i) => [c, rec[i]])) as RawRow);
}

const jsonValue = z.string().max(1_000_000).nullish();
const jsonRow = z.strictObject(Object.fromEntries(COLUMNS.map((c) => [camel(c), jsonValue])) as Record<string, typeof jsonValue>);

function parseJsonRows(content: string): RawRow[] {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (err) {
    throw invalid("content", `not valid JSON (${(err as Error).message})`);
  }
  if (!Array.isArray(data)) throw invalid("content", "must be a JSON array of rows");
  if (data.length > MAX_IMPORT_ROWS) throw tooMany(data.length);
  return data.map((item, i) => {
    const r = jsonRow.safeParse(item);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      const key = issue.code === "unrecognized_keys" ? String(issue.keys[0]) : issue.path.map(String).join(".");
      const what = issue.code === "unrecognized_keys" ? "is not a known field" : issue.message;
      throw invalid(`content.${i}${key ? `.${key}` : ""}`, `row ${i + 1}${key ? `: ${key}` : ""}: ${what}`);
    }
    return Object.fromEntries(COLUMNS.map((c) => [c, r.data[camel(c)] ?? undefined])) as RawRow;
  });
}

const emailCheck = z.email();

/** Validates one row's values; problems become that row's error, reported when the worker reaches it. */
function toStoredRow(raw: RawRow, defaultChannel: string, format: "csv" | "json"): StoredRow {
  const name = (c: Column) => (format === "csv" ? c : camel(c));
  const v = (c: Column) => raw[c]?.trim() || undefined;
  const fail = (c: Column, message: string): StoredRow => ({ error: `${name(c)}: ${message}` });
  const externalId = v("external_id");
  if (!externalId) return fail("external_id", "required");
  if (externalId.length > 500) return fail("external_id", "at most 500 characters");
  const channel = v("channel")?.toLowerCase() ?? defaultChannel;
  if (!CHANNEL_PATTERN.test(channel)) return fail("channel", `"${channel.slice(0, 50)}" is not a channel name (lowercase letters, digits, hyphens)`);
  const direction = v("direction")?.toLowerCase() ?? "in";
  if (direction !== "in" && direction !== "out") return fail("direction", `"${direction.slice(0, 20)}" must be in or out`);
  const text = raw.text ?? "";
  if (!text.trim()) return fail("text", "required");
  if (text.length > 100_000) return fail("text", "at most 100000 characters");
  const email = v("email");
  if (email && !emailCheck.safeParse(email).success) return fail("email", `"${email.slice(0, 100)}" is not an email address`);
  const phone = v("phone");
  if (phone && !isValidPhoneNumber(phone.startsWith("+") ? phone : `+${phone.replace(/^00/, "")}`)) {
    return fail("phone", `"${phone.slice(0, 40)}" is not a valid international number (+ and the country code)`);
  }
  const handle = v("handle");
  if (!email && !phone && !handle) return fail("email", "each row needs an email, phone or handle");
  for (const [c, max] of [["handle", 200], ["name", 200], ["subject", 1000], ["thread_id", 500]] as const) {
    if ((v(c)?.length ?? 0) > max) return fail(c, `at most ${max} characters`);
  }
  const sentAtRaw = v("sent_at");
  const sentAt = sentAtRaw ? new Date(sentAtRaw) : undefined;
  if (sentAt && Number.isNaN(sentAt.getTime())) return fail("sent_at", `"${sentAtRaw!.slice(0, 40)}" is not a date (use ISO 8601, e.g. 2024-05-01T10:30:00Z)`);
  if (direction === "out") return { skip: "outbound" };
  const thread = v("thread_id");
  return {
    msg: {
      channel,
      externalId,
      customer: { email, phone, handle, name: v("name") },
      text,
      subject: v("subject"),
      sentAt: sentAt?.toISOString(),
      threadKey: thread ? `import:${thread}` : undefined,
    },
  };
}

// Per-row problems (bad data for this row) are recorded; anything else (database down) fails the attempt so the job retries.
function isRowError(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return err instanceof AppError || (typeof code === "string" && /^2[23]/.test(code));
}

export function createImportsService(deps: {
  repo: ImportsRepository;
  jobs: JobQueue;
  ingest: Pick<IngestService, "ingest">;
  progressEvery?: number;
  sliceMs?: number;
}) {
  const { repo, jobs, ingest } = deps;
  const every = deps.progressEvery ?? 25;
  const sliceMs = deps.sliceMs ?? 20_000;
  // One job per slice, keyed by where it starts, so a continuation is never mistaken for the running job.
  const queue = (id: string, from: number) =>
    jobs.send(IMPORT_JOB, { importId: id }, { singletonKey: `${id}:${from}`, retryLimit: RETRY_LIMIT, retryDelayMs: 1000 });

  return {
    /** Validates the whole file, stores its rows and queues the import. Structural problems answer 400 naming the row. */
    async create(input: ImportInput, userId: string | null): Promise<ImportRow> {
      const raws = input.format === "csv" ? parseCsv(input.content) : parseJsonRows(input.content);
      if (raws.length === 0) throw invalid("content", "no rows to import");
      const rows = raws.map((r) => toStoredRow(r, input.channel, input.format));
      const created = await repo.create({ format: input.format, channel: input.channel, total: rows.length, rows, createdBy: userId });
      await queue(created.id, 0);
      return created;
    },

    async get(id: string): Promise<ImportRow> {
      const row = await repo.findById(id);
      if (!row) throw notFound("Import", id);
      return row;
    },

    list: repo.list,

    /** Queues imports left unfinished (a crash between accepting and queueing, or a lost job). Call after the queue starts. */
    async resumePending(): Promise<number> {
      const unfinished = await repo.unfinishedIds();
      for (const { id, processed } of unfinished) await queue(id, processed);
      return unfinished.length;
    },

    /**
     * The job: ingests rows from the last checkpoint on, saving progress every `progressEvery` rows. After
     * `sliceMs` it saves and queues the rest as a new job, so a long import never holds a worker (or outlives
     * pg-boss's job expiry) and the message pipeline's jobs run in between.
     */
    async run(importId: string, ctx: JobContext): Promise<void> {
      const imp = await repo.findWithRows(importId);
      if (!imp || imp.status === "completed" || imp.status === "failed") return;
      const rows = imp.rows as StoredRow[];
      const started = Date.now();
      let saved = imp.processed;
      const p: ImportProgress = { processed: saved, imported: imp.imported, duplicates: imp.duplicates, skipped: imp.skipped, failed: imp.failed, errors: [...imp.errors] };
      const rowFailed = (row: number, message: string) => {
        p.failed++;
        if (p.errors.length < MAX_ERRORS) p.errors.push({ row, message } satisfies ImportRowError);
      };
      await repo.markRunning(importId);
      try {
        for (let i = saved; i < rows.length; i++) {
          const r = rows[i]!;
          const rowNo = i + 1;
          if ("error" in r) rowFailed(rowNo, r.error);
          else if ("skip" in r) p.skipped++;
          else {
            try {
              const { created } = await ingest.ingest({ ...r.msg, sentAt: r.msg.sentAt ? new Date(r.msg.sentAt) : undefined, metadata: { importId, importRow: rowNo } });
              // A row stored by an earlier attempt of this import (after its last checkpoint) is imported, not a duplicate.
              if (created || (await repo.storedByRow(r.msg.channel, r.msg.externalId, importId, rowNo))) p.imported++;
              else p.duplicates++;
            } catch (err) {
              if (!isRowError(err)) throw err;
              rowFailed(rowNo, (err as Error).message.slice(0, 500));
            }
          }
          p.processed = rowNo;
          const sliceOver = Date.now() - started > sliceMs;
          if (p.processed < rows.length && (p.processed % every === 0 || sliceOver)) {
            if (!(await repo.checkpoint(importId, saved, p))) return; // another runner moved on: it owns the import
            saved = p.processed;
            if (sliceOver) {
              await queue(importId, saved);
              return;
            }
          }
          // PGlite answers in microtasks: without a macrotask break the loop would starve HTTP requests and timers.
          await new Promise((resolve) => setImmediate(resolve));
        }
        await repo.finish(importId, saved, p);
      } catch (err) {
        // Progress since the last checkpoint is not saved: the counters must describe exactly the first `processed` rows.
        if (ctx.attempt > RETRY_LIMIT) await repo.fail(importId, `stopped after ${ctx.attempt} attempts: ${(err as Error).message}`);
        throw err;
      }
    },
  };
}
export type ImportsService = ReturnType<typeof createImportsService>;
