import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InlineJobQueue } from "../../src/jobs/inline-job-queue.js";
import type { JobQueue } from "../../src/jobs/job-queue.js";
import { PgBossJobQueue } from "../../src/jobs/pg-boss-job-queue.js";
import { type JobQueueContractOptions, jobQueueContract, until } from "../support/job-queue-contract.js";
import { createTestDatabase, type TestDatabase, testDbKind } from "../support/test-database.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.dispose());

interface Driver {
  name: string;
  make: () => JobQueue;
  options: JobQueueContractOptions;
}

// The inline driver runs on every test database; pg-boss only where there is a PostgreSQL URL.
const drivers: Driver[] = [
  {
    name: `inline (${testDbKind()})`,
    make: () => new InlineJobQueue(db.database.db, { pollMs: 50 }),
    // A wrong extra retry would come 400 ms after the last allowed one.
    options: { retryGraceMs: 1_000, timeoutMs: 10_000 },
  },
];
if (testDbKind() === "postgres") {
  drivers.push({
    name: "pg-boss",
    make: () => new PgBossJobQueue(db.url!),
    // pg-boss retries in whole seconds with backoff (1-2 s, 2-4 s, then 4-8 s) and polls every 0.5 s.
    options: { retryGraceMs: 4_500, timeoutMs: 30_000 },
  });
}

for (const driver of drivers) jobQueueContract(driver.name, async () => driver.make(), driver.options);

describe("inline job queue durability", () => {
  it("runs a job again after a restart when the process died while it was active", async () => {
    const name = "durable-after-crash";
    // A first process claims the job and dies in the middle of it (its handler never returns).
    const crashed = new InlineJobQueue(db.database.db, { pollMs: 50 });
    let claimed = false;
    let releaseZombie = () => {};
    await crashed.work(name, () => {
      claimed = true;
      return new Promise<void>((resolve) => {
        releaseZombie = resolve;
      });
    });
    const id = await crashed.send(name, { invoice: "F-2024-001" });
    await crashed.start();
    await until(() => claimed, 10_000, "the first process to claim the job");
    void crashed.stop(); // stops polling; never resolves while the handler hangs, like a dead process
    const row = await db.database.db.selectFrom("jobs").selectAll().where("id", "=", id!).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ state: "active", attempt: 1 });

    // A new process on the same database picks it up.
    const restarted = new InlineJobQueue(db.database.db, { pollMs: 50 });
    const seen: Array<{ payload: unknown; attempt: number }> = [];
    await restarted.work(name, async (payload, ctx) => {
      seen.push({ payload, attempt: ctx.attempt });
    });
    await restarted.start();
    try {
      await until(() => seen.length >= 1, 10_000, "the restarted process to run the job");
      expect(seen).toEqual([{ payload: { invoice: "F-2024-001" }, attempt: 2 }]);
      const state = async () =>
        (await db.database.db.selectFrom("jobs").select(["state", "attempt"]).where("id", "=", id!).executeTakeFirstOrThrow());
      await until(async () => (await state()).state === "completed", 10_000, "the job to be marked completed");
      expect(await state()).toEqual({ state: "completed", attempt: 2 });
    } finally {
      await restarted.stop();
      releaseZombie();
    }
  });

  it("keeps a job sent while no process works on it until one starts", async () => {
    const name = "durable-unclaimed";
    const producer = new InlineJobQueue(db.database.db);
    const id = await producer.send(name, { n: 1 }); // never started: an API process that only enqueues
    const consumer = new InlineJobQueue(db.database.db, { pollMs: 50 });
    const ids: string[] = [];
    await consumer.work(name, async (_p, ctx) => {
      ids.push(ctx.id);
    });
    await consumer.start();
    try {
      await until(() => ids.length >= 1, 10_000, "the consumer to run the job");
      expect(ids).toEqual([id]);
    } finally {
      await consumer.stop();
    }
  });
});
