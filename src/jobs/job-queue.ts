export interface JobContext {
  id: string;
  /** 1 on the first run, 2 on the first retry, … */
  attempt: number;
}

export type JobHandler<T> = (payload: T, ctx: JobContext) => Promise<void>;

export interface SendOptions {
  /**
   * While a job with this key waits to run, another send with it is dropped (returns null). A running job
   * does not block one: the new job runs after it. (So a job stuck "running" in a crashed process never
   * blocks its replacement; handlers must be idempotent.)
   */
  singletonKey?: string;
  startAfter?: Date;
  /** Retries after the first failure (default 3), with exponential backoff from retryDelayMs (default 1000). */
  retryLimit?: number;
  retryDelayMs?: number;
}

/** Durable background jobs. Drivers: `inline` (in-process, jobs table; PGlite) and `pg-boss` (PostgreSQL). */
export interface JobQueue {
  readonly driver: "inline" | "pg-boss";
  work<T>(name: string, handler: JobHandler<T>): Promise<void>;
  send<T extends object>(name: string, payload: T, options?: SendOptions): Promise<string | null>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export const DEFAULT_RETRY_LIMIT = 3;
export const DEFAULT_RETRY_DELAY_MS = 1000;

export function backoffMs(baseMs: number, attempt: number): number {
  return baseMs * 2 ** Math.max(0, attempt - 1);
}
