import type { Router } from "../../http/route.js";
import type { ModuleContext } from "../module-context.js";
import type { TagsModule } from "../tags/index.js";
import { createAlertDeliveriesRepository } from "./alert-deliveries.repository.js";
import { createAlertDelivery, DELIVER_JOB } from "./alert-delivery.service.js";
import { createAlertRules } from "./alert-rules.service.js";
import { createAlertsRepository } from "./alerts.repository.js";
import { registerAlertRoutes } from "./alerts.routes.js";
import { createAlertsService } from "./alerts.service.js";

export { DEFAULT_THRESHOLD } from "./alert-rules.service.js";
export type { AlertDto } from "./alerts.schema.js";
export { signBody, verifySignature } from "./webhook-signature.js";

/**
 * Sentiment alerts: rules evaluated on every processed inbound message raise alerts (once per rule and
 * message), pushed live to agents and delivered by durable jobs to email recipients and signed webhooks.
 */
export function createAlertsModule(ctx: ModuleContext, deps: { tags: TagsModule }) {
  // Tags are read straight from customer_tags (streak rules); the dependency keeps the wiring order explicit.
  void deps;
  const repo = createAlertsRepository(ctx.db);
  const deliveries = createAlertDeliveriesRepository(ctx.db);
  const delivery = createAlertDelivery({ alerts: repo, deliveries, jobs: ctx.jobs, mailer: ctx.mailer, settings: ctx.settings });
  const rules = createAlertRules(repo);
  const service = createAlertsService({ db: ctx.db, repo, deliveries, delivery, rules, events: ctx.events, mailer: ctx.mailer, settings: ctx.settings });
  ctx.messages.onProcessed((m) => service.onMessage(m));
  return {
    service,
    rules,
    async startWorkers() {
      await rules.seedDefault();
      await ctx.jobs.work<{ deliveryId: string }>(DELIVER_JOB, (payload, jobCtx) => delivery.deliver(payload, jobCtx));
    },
    registerRoutes(router: Router) {
      registerAlertRoutes(router, service, rules);
    },
  };
}
export type AlertsModule = ReturnType<typeof createAlertsModule>;
