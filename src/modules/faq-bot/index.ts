import type { FastifyInstance } from "fastify";
import type { Router } from "../../http/route.js";
import type { ModuleContext } from "../module-context.js";
import type { KbApi, ServiceApi } from "./faq-bot.deps.js";
import { createFaqBotRepository } from "./faq-bot.repository.js";
import { registerFaqBotRoutes } from "./faq-bot.routes.js";
import { createFaqBotService, DECIDE_JOB } from "./faq-bot.service.js";

export { type AutomatedMessage, type AutomatedMessageDeps, sendAutomatedMessage } from "./automated-message.js";
export { detectHandoff, type HandoffMatch } from "./handoff-detector.js";
export type { FaqBotDecisionDto, FaqBotSettings } from "./faq-bot.schema.js";

/**
 * The FAQ bot (#6): for every inbound chat (and, when enabled, email) message it hands off to a person when
 * asked, answers from the knowledge base in the customer's language when confident, or stays quiet.
 */
export function createFaqBotModule(ctx: ModuleContext, deps: { kb: KbApi; service: ServiceApi }) {
  const repo = createFaqBotRepository(ctx.db);
  let app: FastifyInstance | null = null;
  const bot = createFaqBotService(ctx, { ...deps, repo, app: () => app });
  ctx.messages.onProcessed((m) => bot.onProcessed(m));
  return {
    settings: () => repo.settings(),
    updateSettings: (patch: Parameters<typeof repo.updateSettings>[0]) => repo.updateSettings(patch),
    decisions: (q: Parameters<typeof repo.list>[0]) => repo.list(q),
    registerRoutes(router: Router, fastify: FastifyInstance) {
      app = fastify;
      registerFaqBotRoutes(router, repo);
    },
    async startWorkers() {
      await ctx.jobs.work<{ messageId: string }>(DECIDE_JOB, (payload, job) => bot.handle(payload, job));
    },
  };
}
export type FaqBotModule = ReturnType<typeof createFaqBotModule>;
