import type { FastifyInstance } from "fastify";
import type { Router } from "../../http/route.js";
import type { ModuleContext } from "../module-context.js";
import type { ServiceApi } from "./csat.deps.js";
import { createCsatRepository } from "./csat.repository.js";
import { registerCsatRoutes } from "./csat.routes.js";
import { registerSurveyPage } from "./survey-page.routes.js";
import { createSurveysService, SEND_SURVEY_JOB } from "./surveys.service.js";

export type { SurveyDto, SurveyResponseDto, SurveySettings } from "./csat.schema.js";
export { SURVEY_PAGE_PATH } from "./survey-page.routes.js";

/**
 * CSAT/NPS (#6): when a ticket is resolved, a survey goes to the customer in their language (email link,
 * and a message in the chat widget for chat conversations); the public page and API take one answer each.
 */
export function createCsatModule(ctx: ModuleContext, deps: { service: ServiceApi }) {
  const repo = createCsatRepository(ctx.db);
  let app: FastifyInstance | null = null;
  const surveys = createSurveysService(ctx, { service: deps.service, repo, app: () => app });
  ctx.events.on("ticket.updated", (e) => {
    // The job is durable from here on; a failure to queue it is logged, never thrown into the emitter.
    surveys.onTicketUpdated(e).catch((err: unknown) => app?.log.error({ err, ticketId: e.ticket.id }, "could not queue the survey"));
  });
  return {
    settings: () => repo.settings(),
    list: surveys.list,
    respond: surveys.respond,
    ofTicket: surveys.ofTicket,
    /** Creates and sends a resolved ticket's survey now (what the job does), e.g. for demo data. */
    sendNow: (ticketId: string) => surveys.handleSend({ ticketId }, { attempt: Number.MAX_SAFE_INTEGER }),
    async registerRoutes(router: Router, fastify: FastifyInstance) {
      app = fastify;
      registerCsatRoutes(router, { repo, surveys });
      await registerSurveyPage(fastify, router, { surveys, service: deps.service });
    },
    async startWorkers() {
      await ctx.jobs.work<{ ticketId: string }>(SEND_SURVEY_JOB, (payload, job) => surveys.handleSend(payload, job));
    },
  };
}
export type CsatModule = ReturnType<typeof createCsatModule>;
