import { type Kysely, sql } from "kysely";
import type { Logger } from "pino";
import type { DB } from "../db/schema.js";
import {
  backoffMs,
  DEFAULT_RETRY_DELAY_MS,
  DEFAULT_RETRY_LIMIT,
  type JobHandler,
  type JobQueue,
  type SendOptions,
} from "./job-queue.js";

interface InlineOptions {
  pollMs?: number;
  concurrency?: number;
  logger?: Logger;
}

const UNIQUE_VIOLATION = "23505";

// Jobs live in the `jobs` table, so a crash between accept and processing loses nothing:
// on start, rows left `active` by a dead process are queued again.
export class InlineJobQueue implements JobQueue {
  readonly driver = "inline";
  private readonly handlers = new Map<string, JobHandler<unknown>>();
  private readonly running = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | null = null;
  private started = false;
  private polling = false;
  private readonly pollMs: number;
  private readonly concurrency: number;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly options: InlineOptions = {},
  ) {
    this.pollMs = options.pollMs ?? 500;
    this.concurrency = options.concurrency ?? 2;
  }

  async work<T>(name: string, handler: JobHandler<T>): Promise<void> {
    this.handlers.set(name, handler as JobHandler<unknown>);
    this.kick();
  }

  async send<T extends object>(name: string, payload: T, options: SendOptions = {}): Promise<string | null> {
    try {
      const row = await this.db
        .insertInto("jobs")
        .values({
          name,
          payload: JSON.stringify(payload),
          max_attempts: (options.retryLimit ?? DEFAULT_RETRY_LIMIT) + 1,
          retry_delay_ms: options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS,
          run_at: options.startAfter ?? new Date(),
          singleton_key: options.singletonKey ?? null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      this.kick();
      return row.id;
    } catch (err) {
      if ((err as { code?: string }).code === UNIQUE_VIOLATION && options.singletonKey) return null;
      throw err;
    }
  }

  async start(): Promise<void> {
    await this.db.updateTable("jobs").set({ state: "queued", updated_at: new Date() }).where("state", "=", "active").execute();
    this.started = true;
    this.schedule();
  }

  async stop(): Promise<void> {
    this.started = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await Promise.allSettled([...this.running]);
  }

  private schedule(): void {
    if (!this.started) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.poll(), this.pollMs);
  }

  private kick(): void {
    if (this.started) setImmediate(() => void this.poll());
  }

  private async poll(): Promise<void> {
    if (!this.started || this.polling) return;
    this.polling = true;
    try {
      while (this.started && this.running.size < this.concurrency) {
        const job = await this.claim();
        if (!job) break;
        const run = this.run(job).finally(() => {
          this.running.delete(run);
          this.kick();
        });
        this.running.add(run);
      }
    } catch (err) {
      this.options.logger?.error({ err }, "job poll failed");
    } finally {
      this.polling = false;
      this.schedule();
    }
  }

  private async claim() {
    const names = [...this.handlers.keys()];
    if (names.length === 0) return undefined;
    const result = await sql<{ id: string; name: string; payload: unknown; attempt: number; max_attempts: number; retry_delay_ms: number }>`
      UPDATE jobs SET state = 'active', attempt = attempt + 1, updated_at = now()
      WHERE id = (
        SELECT id FROM jobs
        WHERE state = 'queued' AND run_at <= now() AND name IN (${sql.join(names)})
        ORDER BY run_at, created_at LIMIT 1 FOR UPDATE SKIP LOCKED
      )
      RETURNING id, name, payload, attempt, max_attempts, retry_delay_ms`.execute(this.db);
    return result.rows[0];
  }

  private async run(job: NonNullable<Awaited<ReturnType<InlineJobQueue["claim"]>>>): Promise<void> {
    const handler = this.handlers.get(job.name);
    try {
      if (!handler) throw new Error(`no handler for job ${job.name}`);
      await handler(job.payload, { id: job.id, attempt: job.attempt });
      await this.db
        .updateTable("jobs")
        .set({ state: "completed", last_error: null, updated_at: new Date() })
        .where("id", "=", job.id)
        .execute();
    } catch (err) {
      const retry = job.attempt < job.max_attempts;
      this.options.logger?.warn({ err, job: job.name, id: job.id, attempt: job.attempt, retry }, "job failed");
      await this.db
        .updateTable("jobs")
        .set({
          state: retry ? "queued" : "failed",
          last_error: String((err as Error)?.message ?? err).slice(0, 2000),
          run_at: new Date(Date.now() + backoffMs(job.retry_delay_ms, job.attempt)),
          updated_at: new Date(),
        })
        .where("id", "=", job.id)
        .execute();
    }
  }
}
