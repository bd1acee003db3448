import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import type { Router } from "../../http/route.js";
import type { JobQueue } from "../../jobs/job-queue.js";
import type { IngestService } from "../messages/index.js";
import { createImportsRepository } from "./imports.repository.js";
import { registerImportRoutes } from "./imports.routes.js";
import { createImportsService, IMPORT_JOB, MAX_IMPORT_ROWS } from "./imports.service.js";

export type { ImportDto } from "./imports.routes.js";
export { IMPORT_JOB, MAX_IMPORT_ROWS };

/** Historical import of past interactions (CSV/JSON) through the message ingest, as a resumable job. */
export function createImportsModule(deps: {
  db: Kysely<DB>;
  jobs: JobQueue;
  ingest: Pick<IngestService, "ingest">;
  /** Rows between saved progress checkpoints (default 25). */
  progressEvery?: number;
  /** How long one job runs before it queues the rest as a new job (default 20 s). */
  sliceMs?: number;
}) {
  const repo = createImportsRepository(deps.db);
  const service = createImportsService({ repo, jobs: deps.jobs, ingest: deps.ingest, progressEvery: deps.progressEvery, sliceMs: deps.sliceMs });
  return {
    service,
    /** Registers the import.run job handler; call before the queue starts, then resumePending() after. */
    async startWorkers() {
      await deps.jobs.work<{ importId: string }>(IMPORT_JOB, (payload, ctx) => service.run(payload.importId, ctx));
    },
    /** Queues imports left queued or running by a previous process; call after the queue starts. */
    resumePending: () => service.resumePending(),
    registerRoutes(router: Router) {
      registerImportRoutes(router, service);
    },
  };
}
export type ImportsModule = ReturnType<typeof createImportsModule>;
