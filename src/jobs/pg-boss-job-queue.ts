import pg from "pg";
import PgBoss from "pg-boss";
import type { Logger } from "pino";
import {
  DEFAULT_RETRY_DELAY_MS,
  DEFAULT_RETRY_LIMIT,
  type JobHandler,
  type JobQueue,
  type SendOptions,
} from "./job-queue.js";

const WORKERS_PER_QUEUE = 2;

// pg-boss keeps jobs in its own `pgboss` schema and lets several Mundo processes share the work.
export class PgBossJobQueue implements JobQueue {
  readonly driver = "pg-boss";
  private readonly boss: PgBoss;
  private readonly queues = new Set<string>();
  private readonly workers = new Map<string, string[]>();
  private readonly pending: Array<{ name: string; handler: JobHandler<unknown> }> = [];
  private started = false;
  /** pg-boss is opened by the first send or by start(), whichever comes first. */
  private booting: Promise<unknown> | null = null;
  private singletonPool: pg.Pool | null = null;

  constructor(
    private readonly connectionString: string,
    logger?: Logger,
  ) {
    this.boss = new PgBoss({ connectionString, max: 4 });
    this.boss.on("error", (err) => logger?.error({ err }, "pg-boss error"));
  }

  private boot(): Promise<unknown> {
    this.booting ??= this.boss.start();
    return this.booting;
  }

  private async ensureQueue(name: string): Promise<void> {
    if (this.queues.has(name)) return;
    await this.boot();
    await this.boss.createQueue(name);
    this.queues.add(name);
  }

  async work<T>(name: string, handler: JobHandler<T>): Promise<void> {
    if (!this.started) {
      this.pending.push({ name, handler: handler as JobHandler<unknown> });
      return;
    }
    await this.ensureQueue(name);
    // pg-boss sleeps a whole polling interval after every fetch, even a fruitful one; a worker that just
    // finished a job is told to fetch again at once, and WORKERS_PER_QUEUE of them share a queue.
    const ids: string[] = [];
    for (let i = 0; i < WORKERS_PER_QUEUE; i++) {
      const id: string = await this.boss.work<T>(name, { pollingIntervalSeconds: 0.5, includeMetadata: true }, async (jobs) => {
        try {
          for (const job of jobs) await handler(job.data, { id: job.id, attempt: job.retryCount + 1 });
        } finally {
          this.boss.notifyWorker(id);
        }
      });
      ids.push(id);
    }
    this.workers.set(name, ids);
  }

  private notify(name: string): void {
    for (const id of this.workers.get(name) ?? []) this.boss.notifyWorker(id);
  }

  async send<T extends object>(name: string, payload: T, options: SendOptions = {}): Promise<string | null> {
    await this.ensureQueue(name);
    const sendOptions = {
      startAfter: options.startAfter,
      retryLimit: options.retryLimit ?? DEFAULT_RETRY_LIMIT,
      retryDelay: Math.max(1, Math.round((options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS) / 1000)),
      retryBackoff: true,
    };
    const id = options.singletonKey
      ? await this.sendSingleton(name, payload, options.singletonKey, sendOptions)
      : await this.boss.send(name, payload, sendOptions);
    if (id && !options.startAfter) this.notify(name);
    return id;
  }

  // pg-boss's standard queues ignore singletonKey (only its "short"/"stately" queue policies honour it, and those
  // also throttle jobs without a key), so the key is enforced here: check and insert in one transaction that holds
  // a lock on the key, so that concurrent sends cannot both pass the check.
  private async sendSingleton(name: string, payload: object, key: string, sendOptions: PgBoss.SendOptions): Promise<string | null> {
    this.singletonPool ??= new pg.Pool({ connectionString: this.connectionString, max: 2 });
    const client = await this.singletonPool.connect();
    try {
      await client.query("BEGIN");
      await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`mundo-job:${name}:${key}`]);
      const pendingJob = await client.query(
        "SELECT 1 FROM pgboss.job WHERE name = $1 AND singleton_key = $2 AND state IN ('created', 'retry') LIMIT 1",
        [name, key],
      );
      const id =
        pendingJob.rowCount === 0
          ? await this.boss.send(name, payload, {
              ...sendOptions,
              singletonKey: key,
              db: { executeSql: (text, values) => client.query(text, values) },
            })
          : null;
      await client.query("COMMIT");
      return id;
    } catch (err) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async start(): Promise<void> {
    await this.boot();
    this.started = true;
    for (const { name, handler } of this.pending.splice(0)) await this.work(name, handler);
  }

  async stop(): Promise<void> {
    const booting = this.booting;
    if (!booting) return;
    this.started = false;
    this.booting = null;
    await booting;
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    await this.singletonPool?.end();
    this.singletonPool = null;
  }
}
