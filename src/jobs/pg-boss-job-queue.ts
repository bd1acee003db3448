import PgBoss from "pg-boss";
import type { Logger } from "pino";
import {
  DEFAULT_RETRY_DELAY_MS,
  DEFAULT_RETRY_LIMIT,
  type JobHandler,
  type JobQueue,
  type SendOptions,
} from "./job-queue.js";

// pg-boss keeps jobs in its own `pgboss` schema and lets several Mundo processes share the work.
export class PgBossJobQueue implements JobQueue {
  readonly driver = "pg-boss";
  private readonly boss: PgBoss;
  private readonly queues = new Set<string>();
  private readonly pending: Array<{ name: string; handler: JobHandler<unknown> }> = [];
  private started = false;

  constructor(connectionString: string, logger?: Logger) {
    this.boss = new PgBoss({ connectionString, max: 4 });
    this.boss.on("error", (err) => logger?.error({ err }, "pg-boss error"));
  }

  private async ensureQueue(name: string): Promise<void> {
    if (this.queues.has(name)) return;
    await this.boss.createQueue(name);
    this.queues.add(name);
  }

  async work<T>(name: string, handler: JobHandler<T>): Promise<void> {
    if (!this.started) {
      this.pending.push({ name, handler: handler as JobHandler<unknown> });
      return;
    }
    await this.ensureQueue(name);
    await this.boss.work<T>(name, { pollingIntervalSeconds: 0.5, includeMetadata: true }, async (jobs) => {
      for (const job of jobs) await handler(job.data, { id: job.id, attempt: job.retryCount + 1 });
    });
  }

  async send<T extends object>(name: string, payload: T, options: SendOptions = {}): Promise<string | null> {
    await this.ensureQueue(name);
    return this.boss.send(name, payload, {
      singletonKey: options.singletonKey,
      startAfter: options.startAfter,
      retryLimit: options.retryLimit ?? DEFAULT_RETRY_LIMIT,
      retryDelay: Math.max(1, Math.round((options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS) / 1000)),
      retryBackoff: true,
    });
  }

  async start(): Promise<void> {
    await this.boss.start();
    this.started = true;
    for (const { name, handler } of this.pending.splice(0)) await this.work(name, handler);
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}
