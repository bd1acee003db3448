import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { Router } from "../../http/route.js";
import { AppError } from "../../shared/app-error.js";
import { writtenLanguageFor } from "../../shared/phrasebook.js";
import type { ServiceApi } from "./csat.deps.js";
import { surveyTokenParam } from "./csat.schema.js";
import { renderSurveyPage, type SurveyPageView } from "./survey-page.js";
import { SURVEY_PHRASES } from "./survey-phrases.js";
import type { SurveysService } from "./surveys.service.js";

export const SURVEY_PAGE_PATH = "/survey/:token";

// The page's form fields arrive as text; empty optional fields mean "not given".
const formAnswer = z.object({
  csat: z.coerce.number().int().min(1).max(5),
  nps: z.preprocess((v) => (v === "" || v === undefined ? undefined : v), z.coerce.number().int().min(0).max(10).optional()),
  comment: z.string().max(2000).optional(),
});

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** The reader's language for pages that have no survey: the first Accept-Language we have written text for. */
function acceptedLanguage(req: FastifyRequest): string {
  const header = String(req.headers["accept-language"] ?? "");
  for (const part of header.split(",")) {
    const tag = part.split(";")[0]!.trim();
    const found = tag && tag !== "*" ? writtenLanguageFor(Object.keys(SURVEY_PHRASES), tag) : null;
    if (found) return found;
  }
  return "en";
}

/**
 * GET/POST /survey/:token — the public survey page: server-rendered HTML in the customer's language
 * (right-to-left for Arabic), a plain form that works without JavaScript. Registered in its own
 * encapsulated scope so its form-body parser does not touch the JSON API.
 */
export async function registerSurveyPage(app: FastifyInstance, router: Router, deps: { surveys: SurveysService; service: ServiceApi }): Promise<void> {
  const { surveys } = deps;

  const send = (reply: FastifyReply, status: number, view: SurveyPageView) =>
    reply.status(status).header("content-type", "text/html; charset=utf-8").header("content-language", view.language).header("cache-control", "no-store").send(renderSurveyPage(view));

  const plain = (req: FastifyRequest, state: SurveyPageView["state"]): SurveyPageView => {
    const language = acceptedLanguage(req);
    return { language, phrases: SURVEY_PHRASES[language]!, machine: false, state };
  };

  async function page(req: FastifyRequest, reply: FastifyReply, answer: "get" | "post") {
    const token = surveyTokenParam.safeParse(req.params);
    if (!token.success) return send(reply, 404, plain(req, "not_found"));
    const found = await surveys.open(token.data.token).catch((err: unknown) => {
      if (err instanceof AppError && err.code === "NOT_FOUND") return null;
      throw err;
    });
    if (!found) return send(reply, 404, plain(req, "not_found"));
    const local = await surveys.phrasesFor(found.survey.language);
    const base = { language: local.language, phrases: local.phrases, machine: local.source === "machine" };
    if (found.response) return send(reply, answer === "post" ? 409 : 200, { ...base, state: "answered" });
    if (found.expired) return send(reply, 410, { ...base, state: "expired" });
    const ticket = await deps.service.tickets.get(found.survey.ticket_id).catch(() => null);
    const form = { ...base, state: "form" as const, action: `/survey/${token.data.token}`, subject: ticket?.subject ?? null };

    if (answer === "get") {
      // A rating link from the email (?csat=4) only pre-selects: a GET never records an answer.
      const csat = Number(one((req.query as Record<string, unknown>).csat));
      return send(reply, 200, { ...form, values: Number.isInteger(csat) && csat >= 1 && csat <= 5 ? { csat } : {} });
    }
    const body = (req.body ?? {}) as Record<string, unknown>;
    const parsed = formAnswer.safeParse({ csat: one(body.csat), nps: one(body.nps), comment: one(body.comment) });
    if (!parsed.success) {
      const comment = typeof one(body.comment) === "string" ? String(one(body.comment)).slice(0, 2000) : "";
      return send(reply, 400, { ...form, error: local.phrases.csatRequired, values: { comment } });
    }
    try {
      await surveys.respond(token.data.token, parsed.data, "page");
    } catch (err) {
      if (err instanceof AppError && err.code === "CONFLICT") return send(reply, 409, { ...base, state: "answered" });
      if (err instanceof AppError && err.code === "GONE") return send(reply, 410, { ...base, state: "expired" });
      throw err;
    }
    return send(reply, 200, { ...base, state: "thanks" });
  }

  await app.register(async (scope) => {
    scope.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string", bodyLimit: 16 * 1024 }, (_req, body, done) => {
      const fields: Record<string, string> = {};
      for (const [k, v] of new URLSearchParams(String(body))) if (!(k in fields)) fields[k] = v;
      done(null, fields);
    });
    scope.get(SURVEY_PAGE_PATH, (req, reply) => page(req, reply, "get"));
    scope.post(SURVEY_PAGE_PATH, (req, reply) => page(req, reply, "post"));
  });

  const params = surveyTokenParam;
  router.describe({
    method: "GET",
    url: SURVEY_PAGE_PATH,
    tag: "surveys",
    summary: "Public survey page (HTML, the customer's language, no JavaScript): 1–5 CSAT, optional 0–10 NPS and a comment; ?csat=1..5 pre-selects a rating. 404 unknown, 410 expired",
    access: "public",
    params,
  });
  router.describe({
    method: "POST",
    url: SURVEY_PAGE_PATH,
    tag: "surveys",
    summary: "Answer from the survey page (application/x-www-form-urlencoded: csat, nps?, comment?); answers an HTML page: 200 thanks, 400 invalid, 404, 409 already answered, 410 expired",
    access: "public",
    params,
    body: z.object({ csat: z.string(), nps: z.string().optional(), comment: z.string().optional() }),
  });
}
