export interface JobContext {
  id: string;
  /** 1 on the first run, 2 on the first retry, … */
  attempt: number;
}

export type JobHandler<T> = (payload: T, ctx: JobContext) => Promise<void>;

export interface SendOptions {
  /** While a job with this key is queued or running, another send with it is dropped (returns null). */
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
