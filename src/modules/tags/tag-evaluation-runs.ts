import type { JobQueue } from "../../jobs/job-queue.js";
import { notFound } from "../../shared/app-error.js";
import type { SettingsService } from "../settings/index.js";
import { nextLocalTime } from "./cultural-calendar.js";
import type { TagEngine } from "./tag-engine.js";
import type { EvaluationRunRow, TagRulesRepository } from "./tag-rules.repository.js";
import type { EvaluationRunDto } from "./tag-rules.schema.js";

export const EVALUATE_ALL_JOB = "tags.evaluate-all";
export const NIGHTLY_JOB = "tags.nightly";
export const NIGHTLY_HOUR = 2;
// A run not updated for this long belongs to a dead process: a new request starts a new run.
const STALE_MS = 15 * 60_000;

export function toRunDto(r: EvaluationRunRow): EvaluationRunDto {
  return {
    id: r.id,
    trigger: r.trigger,
    status: r.status,
    total: r.total,
    processed: r.processed,
    changed: r.changed,
    error: r.error,
    createdAt: r.created_at.toISOString(),
    startedAt: r.started_at?.toISOString() ?? null,
    finishedAt: r.finished_at?.toISOString() ?? null,
  };
}

/** Whole-workspace re-evaluations: on request (a job with progress), nightly at 02:00 workspace time, or inline. */
export function createEvaluationRuns(deps: { repo: TagRulesRepository; engine: TagEngine; jobs: JobQueue; settings: SettingsService }) {
  const { repo, engine, jobs } = deps;

  async function execute(runId: string): Promise<EvaluationRunRow> {
    const run = await repo.runs.find(runId);
    if (!run || run.status === "completed") return run!;
    await repo.runs.update(runId, { status: "running", started_at: new Date(), processed: 0, changed: 0, error: null });
    try {
      const result = await engine.reevaluateAll((p) => repo.runs.update(runId, p).then(() => undefined));
      return (await repo.runs.update(runId, { status: "completed", total: result.total, processed: result.total, changed: result.changed, finished_at: new Date() }))!;
    } catch (err) {
      await repo.runs.update(runId, { status: "failed", error: String((err as Error).message ?? err).slice(0, 1000), finished_at: new Date() });
      throw err;
    }
  }

  async function scheduleNightly(now = new Date()) {
    const { timeZone } = await deps.settings.get();
    await jobs.send(NIGHTLY_JOB, {}, { singletonKey: "nightly", startAfter: nextLocalTime(now, timeZone, NIGHTLY_HOUR), retryLimit: 2 });
  }

  return {
    /** Queues a re-evaluation of every customer, or answers the one already queued or running. */
    async start(trigger: "manual" | "rule-change", userId: string | null): Promise<{ run: EvaluationRunDto; created: boolean }> {
      const active = await repo.runs.active(new Date(Date.now() - STALE_MS));
      if (active) return { run: toRunDto(active), created: false };
      const run = await repo.runs.insert({ trigger, requested_by: userId, total: await repo.countCustomers() });
      await jobs.send(EVALUATE_ALL_JOB, { runId: run.id }, { singletonKey: run.id, retryLimit: 2 });
      return { run: toRunDto(run), created: true };
    },

    /** Runs a whole re-evaluation now, in this call (demo seed, scripts). */
    async runInline(trigger: "manual" | "demo" | "nightly" = "manual"): Promise<EvaluationRunDto> {
      const run = await repo.runs.insert({ trigger, requested_by: null, total: await repo.countCustomers() });
      return toRunDto(await execute(run.id));
    },

    async get(id: string): Promise<EvaluationRunDto> {
      const run = await repo.runs.find(id);
      if (!run) throw notFound("Evaluation run", id);
      return toRunDto(run);
    },

    async latest(limit: number) {
      const items = (await repo.runs.latest(limit)).map(toRunDto);
      return { items, total: items.length };
    },

    scheduleNightly,

    async registerJobs() {
      await jobs.work<{ runId: string }>(EVALUATE_ALL_JOB, async ({ runId }) => {
        await execute(runId);
      });
      // Calendar tags (Ramadan, weekend, holidays soon) move with the date: every night, everyone.
      await jobs.work(NIGHTLY_JOB, async () => {
        await scheduleNightly();
        const run = await repo.runs.insert({ trigger: "nightly", requested_by: null, total: await repo.countCustomers() });
        await execute(run.id);
      });
    },
  };
}
export type EvaluationRuns = ReturnType<typeof createEvaluationRuns>;
