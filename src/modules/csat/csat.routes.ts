import type { Router } from "../../http/route.js";
import { listResponse } from "../../shared/validators.js";
import type { CsatRepository } from "./csat.repository.js";
import {
  surveyAnswerBody,
  surveyListQuery,
  surveyResponseSchema,
  surveySchema,
  surveySettingsSchema,
  surveyTokenParam,
  updateSurveySettingsBody,
} from "./csat.schema.js";
import type { SurveysService } from "./surveys.service.js";

export function registerCsatRoutes(router: Router, deps: { repo: CsatRepository; surveys: SurveysService }): void {
  const tag = "surveys";
  router.route({
    method: "GET",
    url: "/api/v1/surveys",
    tag,
    summary: "CSAT/NPS surveys sent after resolved tickets, with delivery (email, chat) and the answer, newest first",
    access: "agent",
    query: surveyListQuery,
    response: listResponse(surveySchema),
    handler: ({ query }) => deps.surveys.list(query),
  });
  router.route({
    method: "GET",
    url: "/api/v1/surveys/settings",
    tag,
    summary: "Survey settings: on/off, days a link stays valid, public URL of the links",
    access: "agent",
    response: surveySettingsSchema,
    handler: () => deps.repo.settings(),
  });
  router.route({
    method: "PUT",
    url: "/api/v1/surveys/settings",
    tag,
    summary: "Change the survey settings (only the fields sent)",
    access: "manager",
    body: updateSurveySettingsBody,
    response: surveySettingsSchema,
    handler: async ({ body }) => {
      await deps.repo.updateSettings(body);
      return deps.repo.settings();
    },
  });
  router.route({
    method: "POST",
    url: "/api/v1/surveys/:token/responses",
    tag,
    summary: "Answer a survey (public; the token from the survey link is the credential). One answer per survey: 409 when answered, 410 when expired, 404 for an unknown token",
    access: "public",
    params: surveyTokenParam,
    body: surveyAnswerBody,
    response: surveyResponseSchema,
    status: 201,
    handler: ({ params, body }) => deps.surveys.respond(params.token, body, "api"),
  });
}
