import type { Router } from "../../http/route.js";
import type { ModuleContext } from "../module-context.js";
import type { TagsModule } from "../tags/index.js";
import { createConceptMatching } from "./concept-matching.service.js";
import { createConceptsRepository } from "./concepts.repository.js";
import { RESCAN_JOB, registerConceptRoutes } from "./concepts.routes.js";
import { createConceptsService } from "./concepts.service.js";

export { findTerms } from "./concept-matcher.js";
export { BUILTIN_CONCEPTS } from "./concept-seeds.js";
export type { ConceptDto, MatchDto } from "./concepts.schema.js";

/**
 * Keyword concepts across languages: each inbound message is matched against every enabled concept's
 * term list for its language (original) and for the working language (translation); a match is stored
 * with its term and tags the sender.
 */
export function createConceptsModule(ctx: ModuleContext, deps: { tags: TagsModule }) {
  const matching = createConceptMatching({
    repo: createConceptsRepository(ctx.db),
    customerTags: deps.tags.customerTags,
    events: ctx.events,
    settings: ctx.settings,
  });
  const service = createConceptsService({
    db: ctx.db,
    gateway: ctx.language.gateway,
    settings: ctx.settings,
    customerTags: deps.tags.customerTags,
    events: ctx.events,
    matching,
  });
  ctx.messages.onProcessed(async (m) => {
    await matching.matchMessage(m);
  });
  const queueRescan = (conceptId?: string) =>
    ctx.jobs.send(RESCAN_JOB, { conceptId: conceptId ?? null }, { singletonKey: `rescan:${conceptId ?? "all"}`, retryLimit: 3 });
  return {
    service,
    matching,
    queueRescan,
    async startWorkers() {
      await service.seedBuiltins();
      await ctx.jobs.work<{ conceptId: string | null }>(RESCAN_JOB, async (payload) => {
        await matching.rescan(payload.conceptId ?? undefined);
      });
    },
    registerRoutes(router: Router) {
      registerConceptRoutes(router, service, queueRescan);
    },
  };
}
export type ConceptsModule = ReturnType<typeof createConceptsModule>;
