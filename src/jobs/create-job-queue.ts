import type { Logger } from "pino";
import type { Database } from "../db/database.js";
import { InlineJobQueue } from "./inline-job-queue.js";
import type { JobQueue } from "./job-queue.js";
import { PgBossJobQueue } from "./pg-boss-job-queue.js";

export function createJobQueue(driver: "inline" | "pg-boss", database: Database, logger?: Logger): JobQueue {
  switch (driver) {
    case "inline":
      return new InlineJobQueue(database.db, { logger });
    case "pg-boss":
      if (!database.url) throw new Error("The pg-boss job driver needs PostgreSQL (DATABASE_URL)");
      return new PgBossJobQueue(database.url, logger);
    default:
      throw new Error(`Unknown job driver: ${String(driver satisfies never)}`);
  }
}
