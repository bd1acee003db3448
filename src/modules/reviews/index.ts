import type { FastifyInstance } from "fastify";
import type { Router } from "../../http/route.js";
import type { ModuleContext } from "../module-context.js";
import { createReviewThemesRepository } from "./review-themes.repository.js";
import { createReviewThemesService } from "./review-themes.service.js";
import { createReviewsRepository } from "./reviews.repository.js";
import { registerReviewRoutes } from "./reviews.routes.js";
import { createReviewsService, PROCESS_JOB } from "./reviews.service.js";
import { registerReviewsWebhook } from "./reviews-webhook.js";

export { type ClusteredTheme, clusterReviews, type TaxonomyEntry } from "./review-clustering.js";
export { textAnalyzer } from "./review-text.js";
export type { ReviewDto, ThemeDto } from "./reviews.schema.js";

const RECLUSTER_JOB = "review.recluster";
// Reviews processed within this window share one re-clustering run.
const RECLUSTER_DEBOUNCE_MS = 1000;

/**
 * Reviews and their themes (#5): import / webhook → a job per review (language, translation into the
 * working language, sentiment) → a debounced job that re-clusters all themes.
 */
export function createReviewsModule(ctx: ModuleContext, options: { webhookSecret?: string } = {}) {
  const repo = createReviewsRepository(ctx.db);
  const scheduleRecluster = async () => {
    await ctx.jobs.send(RECLUSTER_JOB, {}, { singletonKey: "reviews", startAfter: new Date(Date.now() + RECLUSTER_DEBOUNCE_MS), retryLimit: 3 });
  };
  const reviews = createReviewsService(ctx, repo, scheduleRecluster);
  const themes = createReviewThemesService(ctx, {
    repo: createReviewThemesRepository(ctx.db),
    reviews: repo,
    requeue: (ids) => reviews.requeue(ids),
  });
  return {
    reviews,
    themes,
    /** Queues analysis of reviews accepted but never analysed; call after the job queue has started. */
    resumePending: () => reviews.resumePending(),
    async startWorkers() {
      await ctx.jobs.work<{ reviewId: string }>(PROCESS_JOB, (payload, job) => reviews.handle(payload, job));
      await ctx.jobs.work<Record<string, never>>(RECLUSTER_JOB, async () => {
        await themes.recluster();
      });
    },
    async registerRoutes(router: Router, app: FastifyInstance) {
      registerReviewRoutes(router, reviews, themes);
      await registerReviewsWebhook(app, router, reviews, options.webhookSecret);
    },
  };
}
export type ReviewsModule = ReturnType<typeof createReviewsModule>;
