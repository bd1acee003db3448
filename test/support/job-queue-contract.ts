import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import type { JobContext, JobQueue } from "../../src/jobs/job-queue.js";

export interface JobQueueContractOptions {
  /** Longer than the driver's gap between the last allowed retry and a further one (retryDelayMs 100). */
  retryGraceMs: number;
  /** How long to wait for work the driver should do. */
  timeoutMs: number;
}

/** Resolves when `check` holds, polling; fails the test after `timeoutMs`. */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(25);
  }
}

interface Call {
  payload: unknown;
  ctx: JobContext;
}

/** The behaviour every JobQueue driver must show; each driver's test calls this once with a factory of fresh queues. */
export function jobQueueContract(name: string, makeQueue: () => Promise<JobQueue>, options: JobQueueContractOptions): void {
  describe(`JobQueue contract: ${name}`, () => {
    const { timeoutMs, retryGraceMs } = options;
    const queues: JobQueue[] = [];
    const fresh = async () => {
      const q = await makeQueue();
      queues.push(q);
      return q;
    };
    // Job names are unique per test, so drivers sharing one database never see each other's jobs.
    const jobName = (label: string) => `contract-${label}-${randomUUID().slice(0, 8)}`;
    const recorder = (fail: (ctx: JobContext) => boolean = () => false) => {
      const calls: Call[] = [];
      const handler = async (payload: unknown, ctx: JobContext) => {
        calls.push({ payload, ctx });
        if (fail(ctx)) throw new Error(`planned failure on attempt ${ctx.attempt}`);
      };
      return { calls, handler };
    };
    afterEach(async () => {
      await Promise.all(queues.splice(0).map((q) => q.stop()));
    });

    it("handles a sent job once, with its payload", async () => {
      const q = await fresh();
      const jn = jobName("once");
      const { calls, handler } = recorder();
      await q.start();
      await q.work(jn, handler);
      const payload = { customerId: randomUUID(), text: "Привет, 世界", n: 42, nested: { ok: true } };
      const id = await q.send(jn, payload);
      expect(typeof id).toBe("string");
      await until(() => calls.length >= 1, timeoutMs, "the job to run");
      expect(calls[0]!.payload).toEqual(payload);
      expect(calls[0]!.ctx).toEqual({ id, attempt: 1 });
      await sleep(retryGraceMs);
      expect(calls).toHaveLength(1);
    });

    it("processes a job sent before work() and start() once started", async () => {
      const q = await fresh();
      const jn = jobName("early");
      const { calls, handler } = recorder();
      const id = await q.send(jn, { early: true });
      expect(typeof id).toBe("string");
      await q.work(jn, handler);
      await sleep(200);
      expect(calls).toHaveLength(0);
      await q.start();
      await until(() => calls.length >= 1, timeoutMs, "the early job to run");
      expect(calls.map((c) => [c.payload, c.ctx.id])).toEqual([[{ early: true }, id]]);
    });

    it("retries a failing handler with an increasing attempt number until it succeeds", async () => {
      const q = await fresh();
      const jn = jobName("retry");
      const { calls, handler } = recorder((ctx) => ctx.attempt < 3);
      await q.work(jn, handler);
      await q.start();
      const id = await q.send(jn, { flaky: 1 }, { retryLimit: 3, retryDelayMs: 100 });
      await until(() => calls.length >= 3, timeoutMs, "two retries");
      await sleep(retryGraceMs);
      expect(calls.map((c) => c.ctx.attempt)).toEqual([1, 2, 3]);
      expect(calls.every((c) => c.ctx.id === id)).toBe(true);
      expect(calls.every((c) => (c.payload as { flaky: number }).flaky === 1)).toBe(true);
    });

    it("gives up on a job that always fails after retryLimit retries", async () => {
      const q = await fresh();
      const jn = jobName("doomed");
      const { calls, handler } = recorder(() => true);
      await q.work(jn, handler);
      await q.start();
      await q.send(jn, { doomed: true }, { retryLimit: 1, retryDelayMs: 100 });
      await until(() => calls.length >= 2, timeoutMs, "the one retry");
      await sleep(retryGraceMs);
      expect(calls.map((c) => c.ctx.attempt)).toEqual([1, 2]);
    });

    it("drops a second send with the same singletonKey while the first is queued", async () => {
      const q = await fresh();
      const jn = jobName("single");
      const { calls, handler } = recorder();
      await q.start(); // no handler yet: sent jobs stay queued
      const first = await q.send(jn, { v: 1 }, { singletonKey: "customer-7" });
      const second = await q.send(jn, { v: 2 }, { singletonKey: "customer-7" });
      const otherKey = await q.send(jn, { v: 3 }, { singletonKey: "customer-8" });
      const unkeyed = [await q.send(jn, { v: 4 }), await q.send(jn, { v: 5 })];
      expect(typeof first).toBe("string");
      expect(second).toBeNull();
      expect(typeof otherKey).toBe("string");
      expect(unkeyed.every((id) => typeof id === "string")).toBe(true);
      await q.work(jn, handler);
      await until(() => calls.length >= 4, timeoutMs, "four jobs");
      await sleep(retryGraceMs);
      const seen = calls.map((c) => (c.payload as { v: number }).v).sort();
      expect(seen).toEqual([1, 3, 4, 5]);
      // Once the first has run, the key is free again.
      const again = await q.send(jn, { v: 6 }, { singletonKey: "customer-7" });
      expect(typeof again).toBe("string");
      await until(() => calls.length >= 5, timeoutMs, "the key to be reusable");
    });

    it("lets exactly one of concurrent sends with the same singletonKey through", async () => {
      const q = await fresh();
      const jn = jobName("race");
      await q.start();
      const ids = await Promise.all(Array.from({ length: 6 }, (_, v) => q.send(jn, { v }, { singletonKey: "same" })));
      expect(ids.filter((id) => id !== null)).toHaveLength(1);
    });

    it("accepts a send with the singletonKey of a running job and runs it too (a stuck job never blocks its replacement)", async () => {
      const q = await fresh();
      const jn = jobName("running");
      let running = 0;
      const waiting: Array<() => void> = [];
      const releaseAll = () => {
        for (const r of waiting.splice(0)) r();
      };
      const { calls, handler } = recorder();
      await q.work(jn, async (payload, ctx) => {
        running++;
        await new Promise<void>((resolve) => waiting.push(resolve));
        await handler(payload, ctx);
      });
      await q.start();
      expect(typeof (await q.send(jn, { v: 1 }, { singletonKey: "k" }))).toBe("string");
      await until(() => running === 1, timeoutMs, "the first job to start");
      expect(typeof (await q.send(jn, { v: 2 }, { singletonKey: "k" }))).toBe("string");
      releaseAll();
      await until(() => running === 2, timeoutMs, "the second job to start");
      releaseAll();
      await until(() => calls.length === 2, timeoutMs, "both jobs to finish");
      await sleep(retryGraceMs);
      expect(calls.map((c) => (c.payload as { v: number }).v).sort()).toEqual([1, 2]);
    });

    it("stop() waits for a running handler to finish", async () => {
      const q = await fresh();
      const jn = jobName("stop");
      let started = false;
      let finished = false;
      await q.work(jn, async () => {
        started = true;
        await sleep(1_000);
        finished = true;
      });
      await q.start();
      await q.send(jn, {});
      await until(() => started, timeoutMs, "the handler to start");
      expect(finished).toBe(false);
      await q.stop();
      expect(finished).toBe(true);
    });
  });
}
