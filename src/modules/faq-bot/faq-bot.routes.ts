import type { Router } from "../../http/route.js";
import { listResponse } from "../../shared/validators.js";
import type { FaqBotRepository } from "./faq-bot.repository.js";
import { decisionListQuery, faqBotDecisionSchema, faqBotSettingsSchema, updateFaqBotSettingsBody } from "./faq-bot.schema.js";

export function registerFaqBotRoutes(router: Router, repo: FaqBotRepository): void {
  const tag = "faq-bot";
  router.route({
    method: "GET",
    url: "/api/v1/faq-bot/settings",
    tag,
    summary: "FAQ bot settings: channels it answers on, the confidence an answer needs, the public URL of help-centre links",
    access: "agent",
    response: faqBotSettingsSchema,
    handler: () => repo.settings(),
  });
  router.route({
    method: "PUT",
    url: "/api/v1/faq-bot/settings",
    tag,
    summary: "Change the FAQ bot settings (only the fields sent)",
    access: "manager",
    body: updateFaqBotSettingsBody,
    response: faqBotSettingsSchema,
    handler: async ({ body }) => {
      await repo.updateSettings(body);
      return repo.settings();
    },
  });
  router.route({
    method: "GET",
    url: "/api/v1/faq-bot/decisions",
    tag,
    summary: "What the FAQ bot decided for each inbound message (answered, handed off, no confident answer, skipped), newest first",
    access: "agent",
    query: decisionListQuery,
    response: listResponse(faqBotDecisionSchema),
    handler: ({ query }) => repo.list(query),
  });
}
