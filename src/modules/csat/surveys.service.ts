import { randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { AppError } from "../../shared/app-error.js";
import { fillPhrase, type LocalizedPhrases, localizePhrases } from "../../shared/phrasebook.js";
import { publicLink } from "../../shared/public-origin.js";
import { sendAutomatedMessage } from "../faq-bot/index.js";
import type { ModuleContext } from "../module-context.js";
import type { ServiceApi, SurveyTicket } from "./csat.deps.js";
import type { CsatRepository, ResponseRow, SurveyRow } from "./csat.repository.js";
import { toResponseDto } from "./csat.repository.js";
import type { SurveyAnswer, SurveyDto, SurveyListQuery } from "./csat.schema.js";
import { textDirection } from "../../language/language-tags.js";
import { escapeHtml } from "../../shared/html.js";
import { SURVEY_PHRASES, type SurveyPhrases } from "./survey-phrases.js";

export const SEND_SURVEY_JOB = "csat.send-survey";
const SEND_ATTEMPTS = 4;
const SURVEY_SENDER = "Mundo";
const DAY_MS = 86_400_000;

const newToken = () => randomBytes(24).toString("base64url");

/** The ticket's reference for the customer: its subject, else its number. */
const ticketLabel = (t: SurveyTicket) => t.subject?.trim() || (t.number !== null && t.number !== undefined ? `#${t.number}` : `#${t.id.slice(0, 8)}`);

export function createSurveysService(ctx: ModuleContext, deps: { service: ServiceApi; repo: CsatRepository; app: () => FastifyInstance | null }) {
  const { repo, service } = deps;

  // Links use the workspace's public address (PATCH /api/v1/settings), else the server's own.
  const urlOf = async (token: string) => publicLink(`/survey/${token}`, (await ctx.settings.get()).publicUrl, deps.app());
  const phrasesFor = (language: string) => localizePhrases(SURVEY_PHRASES, language, ctx.language.gateway);

  /** Whose language the survey speaks: the ticket's, else the conversation's, else the customer's first, else ours. */
  async function customerLanguage(ticket: SurveyTicket): Promise<string> {
    if (ticket.language) return ticket.language;
    if (ticket.conversationId) {
      const c = await ctx.messages.conversations.get(ticket.conversationId).catch(() => null);
      if (c?.language) return c.language;
    }
    if (ticket.customerId) {
      const customer = await ctx.customers.get(ticket.customerId).catch(() => null);
      if (customer?.preferredLanguages[0]) return customer.preferredLanguages[0];
    }
    return (await ctx.settings.get()).workingLanguage;
  }

  function emailBodies(local: LocalizedPhrases<SurveyPhrases>, v: { name: string | null; subject: string; url: string; expires: string }) {
    const p = local.phrases;
    const greeting = v.name ? fillPhrase(p.greeting, { name: v.name }) : null;
    const intro = fillPhrase(p.emailIntro, { subject: v.subject });
    const expires = fillPhrase(p.expiresOn, { date: v.expires });
    const scale = [1, 2, 3, 4, 5].map((n) => ({ n, label: p[`csat${n}` as "csat1"], href: `${v.url}?csat=${n}` }));
    const text = [
      ...(greeting ? [greeting] : []),
      intro,
      `${p.emailQuickRate}\n${scale.map((s) => `${s.n} – ${s.label}: ${s.href}`).join("\n")}`,
      `${p.emailLink} ${v.url}`,
      expires,
      ...(local.source === "machine" ? [`(${p.machineTranslation})`] : []),
    ].join("\n\n");
    const e = escapeHtml;
    const html = `<!doctype html><html lang="${e(local.language)}" dir="${textDirection(local.language)}"><body style="font-family:sans-serif;line-height:1.5">
${greeting ? `<p>${e(greeting)}</p>` : ""}<p>${e(intro)}</p><p>${e(p.emailQuickRate)}</p>
<p>${scale.map((s) => `<a href="${e(s.href)}" style="display:inline-block;margin:4px;padding:8px 12px;border:1px solid #1b5fc1;border-radius:6px;color:#1b5fc1;text-decoration:none">${s.n} – ${e(s.label)}</a>`).join(" ")}</p>
<p>${e(p.emailLink)} <a href="${e(v.url)}">${e(v.url)}</a></p><p style="color:#555">${e(expires)}</p>
${local.source === "machine" ? `<p style="color:#555">${e(p.machineTranslation)}</p>` : ""}</body></html>`;
    return { text, html };
  }

  async function sendEmail(survey: SurveyRow, ticket: SurveyTicket, local: LocalizedPhrases<SurveyPhrases>, url: string): Promise<{ status: "sent" | "skipped"; note: string | null; to: string | null }> {
    if (!ticket.customerId) return { status: "skipped", note: "the ticket has no customer", to: null };
    const customer = await ctx.customers.get(ticket.customerId).catch(() => null);
    const to = customer?.emails[0] ?? null;
    if (!to) return { status: "skipped", note: "the customer has no email address", to: null };
    if (!ctx.mailer) return { status: "skipped", note: "no SMTP relay is configured", to };
    const timeZone = customer?.timeZone ?? (await ctx.settings.get()).timeZone;
    const expires = new Intl.DateTimeFormat(local.language, { dateStyle: "long", timeZone }).format(survey.expires_at);
    const subject = ticketLabel(ticket);
    const bodies = emailBodies(local, { name: customer?.name ?? null, subject, url, expires });
    await ctx.mailer.send({ to, subject: fillPhrase(local.phrases.emailSubject, { subject }), language: local.language, ...bodies });
    return { status: "sent", note: local.note, to };
  }

  async function sendChat(survey: SurveyRow, ticket: SurveyTicket, local: LocalizedPhrases<SurveyPhrases>, url: string): Promise<{ status: "sent" | "skipped" | "failed"; note: string | null; messageId: string | null }> {
    if (!ticket.conversationId) return { status: "skipped", note: "the ticket has no conversation", messageId: null };
    const c = await ctx.messages.conversations.get(ticket.conversationId).catch(() => null);
    if (!c) return { status: "skipped", note: "the conversation no longer exists", messageId: null };
    if (c.channel !== "chat") return { status: "skipped", note: `the conversation is on ${c.channel}, not the chat widget`, messageId: null };
    const text = [fillPhrase(local.phrases.chatInvite, { link: url }), ...(local.source === "machine" ? [`(${local.phrases.machineTranslation})`] : [])].join("\n\n");
    const message = await sendAutomatedMessage(
      { db: ctx.db, messages: ctx.messages, customers: ctx.customers, events: ctx.events },
      { conversationId: c.id, key: `csat:${survey.id}`, text, language: local.language, senderName: SURVEY_SENDER, metadata: { bot: true, kind: "csat-survey", surveyId: survey.id } },
    );
    return message.delivery === "failed"
      ? { status: "failed", note: message.deliveryError, messageId: message.id }
      : { status: "sent", note: local.note, messageId: message.id };
  }

  /** Job: creates the ticket's survey once and sends it by email and in the chat widget, each at most once. */
  async function handleSend(payload: { ticketId: string }, job: { attempt: number }): Promise<void> {
    const settings = await repo.settings();
    if (!settings.enabled) return;
    const existing = await repo.byTicket(payload.ticketId);
    if (existing && existing.email_status !== "pending" && existing.chat_status !== "pending") return;
    const ticket = await service.tickets.get(payload.ticketId);
    // Reopened before the job ran: no survey for a ticket that is not done.
    if (!existing && ticket.status !== "resolved" && ticket.status !== "closed") return;
    const language = existing?.language ?? (await customerLanguage(ticket));
    const local = await phrasesFor(language);
    const survey =
      existing ??
      (await repo.insert({
        ticket_id: ticket.id,
        token: newToken(),
        customer_id: ticket.customerId,
        conversation_id: ticket.conversationId,
        team_id: ticket.teamId ?? null,
        language,
        text_source: local.source,
        text_note: local.note,
        expires_at: new Date(Date.now() + settings.expiresDays * DAY_MS),
      }));
    const url = await urlOf(survey.token);
    if (survey.chat_status === "pending") {
      const chat = await sendChat(survey, ticket, local, url);
      await repo.update(survey.id, { chat_status: chat.status, chat_note: chat.note, chat_message_id: chat.messageId });
    }
    if (survey.email_status === "pending") {
      try {
        const email = await sendEmail(survey, ticket, local, url);
        await repo.update(survey.id, { email_status: email.status, email_note: email.note, email_to: email.to, sent_at: new Date() });
      } catch (err) {
        const last = job.attempt >= SEND_ATTEMPTS;
        const note = `sending failed: ${String((err as Error).message ?? err).slice(0, 500)}`;
        await repo.update(survey.id, { email_note: note, ...(last ? { email_status: "failed" as const, sent_at: new Date() } : {}) });
        if (!last) throw err;
      }
    }
  }

  /** ticket.updated listener: a ticket that became resolved gets a survey, through a durable job. */
  async function onTicketUpdated(e: { ticket: { id: string; status: string }; previousStatus?: string }): Promise<void> {
    if (e.ticket.status !== "resolved" || e.previousStatus === "resolved") return;
    await ctx.jobs.send(SEND_SURVEY_JOB, { ticketId: e.ticket.id }, { singletonKey: e.ticket.id, retryLimit: SEND_ATTEMPTS - 1, retryDelayMs: 5000 });
  }

  /** The survey behind a public token, or a 404; a 410 once expired (unless `allowExpired`). */
  async function open(token: string): Promise<{ survey: SurveyRow; response: ResponseRow | null; expired: boolean }> {
    const survey = await repo.byToken(token);
    if (!survey) throw new AppError("NOT_FOUND", "This survey link is not valid");
    const response = (await repo.responseOf(survey.id)) ?? null;
    return { survey, response, expired: survey.expires_at.getTime() <= Date.now() };
  }

  /** Stores the customer's one answer: 404 unknown token, 409 already answered, 410 expired. `at`: demo data only. */
  async function respond(token: string, answer: SurveyAnswer, via: "page" | "api", at?: Date) {
    const { survey, response, expired } = await open(token);
    if (response) throw new AppError("CONFLICT", "This survey has already been answered");
    if (expired) throw new AppError("GONE", `This survey expired on ${survey.expires_at.toISOString()}`);
    const stored = await repo.respond({
      survey_id: survey.id,
      ticket_id: survey.ticket_id,
      customer_id: survey.customer_id,
      team_id: survey.team_id,
      language: survey.language,
      csat: answer.csat,
      nps: answer.nps ?? null,
      comment: answer.comment?.trim() || null,
      via,
      ...(at ? { created_at: at } : {}),
    });
    if (!stored) throw new AppError("CONFLICT", "This survey has already been answered");
    return toResponseDto(stored);
  }

  async function list(q: SurveyListQuery): Promise<{ items: SurveyDto[]; total: number }> {
    const { publicUrl } = await ctx.settings.get();
    const { items, total } = await repo.list(q);
    return {
      total,
      items: items.map((s) => ({
        id: s.id,
        ticketId: s.ticket_id,
        customer: s.customer_id ? { id: s.customer_id, name: s.customer_name ?? "" } : null,
        conversationId: s.conversation_id,
        teamId: s.team_id,
        language: s.language,
        textSource: s.text_source,
        textNote: s.text_note,
        email: { status: s.email_status, note: s.email_note, to: s.email_to },
        chat: { status: s.chat_status, note: s.chat_note, messageId: s.chat_message_id },
        url: publicLink(`/survey/${s.token}`, publicUrl, deps.app()),
        expiresAt: s.expires_at.toISOString(),
        sentAt: s.sent_at?.toISOString() ?? null,
        createdAt: s.created_at.toISOString(),
        // to_jsonb gives timestamps as text
        response: s.response ? toResponseDto({ ...s.response, created_at: new Date(s.response.created_at) }) : null,
      })),
    };
  }

  /** The ticket's survey (token included), or undefined. */
  const ofTicket = (ticketId: string) => repo.byTicket(ticketId);

  return { handleSend, onTicketUpdated, open, respond, list, phrasesFor, ofTicket };
}
export type SurveysService = ReturnType<typeof createSurveysService>;
