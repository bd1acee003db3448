import type { FastifyInstance } from "fastify";
import { languageName } from "../../language/language-tags.js";
import { fillPhrase, localizePhrases } from "../../shared/phrasebook.js";
import { publicLink } from "../../shared/public-origin.js";
import type { ProcessedMessage } from "../messages/index.js";
import type { ModuleContext } from "../module-context.js";
import { sendAutomatedMessage } from "./automated-message.js";
import { type BotPlan, excerptOf, type KbCandidate, planReply } from "./faq-bot-decision.js";
import { BOT_PHRASES } from "./faq-bot-phrases.js";
import type { DecisionRow, FaqBotRepository } from "./faq-bot.repository.js";
import type { KbApi, ServiceApi } from "./faq-bot.deps.js";

export const DECIDE_JOB = "faq-bot.decide";
export const BOT_NAME = "FAQ bot";
const DECIDE_ATTEMPTS = 4;
// A conversation where the bot already replied this often in a day is left alone (auto-responder loops).
const MAX_REPLIES_PER_DAY = 5;
const MAX_AGE_MS = 86_400_000;
const NO_REPLY_SENDER = /^(no-?reply|do-?not-?reply|mailer-daemon|postmaster|bounces?)[@+.-]/i;

// Knowledge-base queries are short; a long email is cut at a word boundary.
const MAX_QUERY = 200;
function searchText(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= MAX_QUERY) return flat;
  const cut = flat.slice(0, MAX_QUERY);
  return cut.slice(0, Math.max(cut.lastIndexOf(" "), MAX_QUERY / 2));
}

type Outcome = {
  decision: "answered" | "handoff" | "no_answer" | "skipped";
  reason: string;
  confidence?: number | null;
  kbFamilyId?: string | null;
  kbVersionId?: string | null;
  machineTranslated?: boolean;
  replyLanguage?: string | null;
  replyMessageId?: string | null;
  ticketId?: string | null;
};

/** A knowledge-base article ready to send: in the customer's language, human-written or machine-translated. */
interface Article {
  familyId: string;
  versionId: string | null;
  language: string;
  title: string;
  body: string;
  url: string | null;
  machine: boolean;
}

export function createFaqBotService(ctx: ModuleContext, deps: { kb: KbApi; service: ServiceApi; repo: FaqBotRepository; app: () => FastifyInstance | null }) {
  const { repo, kb, service } = deps;
  const automated = { db: ctx.db, messages: ctx.messages, customers: ctx.customers, events: ctx.events };

  /** Pipeline hook: one pending decision per inbound chat/email message, decided by a job of its own. */
  async function onProcessed(m: ProcessedMessage): Promise<void> {
    if (m.channel !== "chat" && m.channel !== "email") return;
    // Imported history (mbox, CSV) is not a customer waiting now: no decision at all.
    if (Date.now() - m.sentAt.getTime() > MAX_AGE_MS) return;
    const settings = await repo.settings();
    if (!settings.enabled[m.channel]) return;
    const d = await repo.insertPending({
      messageId: m.id,
      conversationId: m.conversationId,
      customerId: m.customerId,
      channel: m.channel,
      language: m.language,
      query: m.body,
      translation: m.translation,
    });
    // Sent while pending (not only on insert): a hook retried after a failed send still queues it.
    if (d.state === "pending") await ctx.jobs.send(DECIDE_JOB, { messageId: m.id }, { singletonKey: m.id, retryLimit: DECIDE_ATTEMPTS - 1 });
  }

  async function searchKb(d: DecisionRow): Promise<KbCandidate[]> {
    const best = new Map<string, KbCandidate>();
    const add = (items: KbCandidate[]) => {
      for (const item of items) if ((best.get(item.familyId)?.confidence ?? -1) < item.confidence) best.set(item.familyId, item);
    };
    add(await kb.search(searchText(d.query), { language: d.language === "und" ? undefined : d.language, limit: 3 }));
    // The working-language translation finds articles written only in that language.
    if (d.translation_text && d.translation_to) add(await kb.search(searchText(d.translation_text), { language: d.translation_to, limit: 3 }));
    return [...best.values()];
  }

  async function skipReason(d: DecisionRow): Promise<string | null> {
    if (d.language === "und") return "no language detected, left for an agent";
    if (await repo.handedOff(d.conversation_id, d.id)) return "the conversation was handed to a person earlier";
    if (await repo.agentReplied(d.conversation_id)) return "an agent is answering this conversation";
    if (d.channel === "email") {
      const sender = await repo.senderOf(d.message_id);
      if (sender?.email && NO_REPLY_SENDER.test(sender.email)) return `automated sender ${sender.email}`;
    }
    if ((await repo.recentReplies(d.conversation_id, new Date(Date.now() - 86_400_000))) >= MAX_REPLIES_PER_DAY) {
      return `the bot already replied ${MAX_REPLIES_PER_DAY} times today in this conversation`;
    }
    return null;
  }

  /**
   * The article in the customer's language: their published version (human, or a machine draft an editor
   * published), else the matched version's title and excerpt through the gateway. Nothing is written to
   * the knowledge base (kb.draftTranslation would store a draft for editors; that is their call, not the bot's).
   */
  async function articleFor(plan: Extract<BotPlan, { kind: "answer" }>, language: string): Promise<Article | { unavailable: string }> {
    const { candidate } = plan;
    if (plan.version) {
      const v = await kb.getVersion(plan.version.id);
      return { familyId: candidate.familyId, versionId: v.id, language: v.language, title: v.title, body: v.body, url: plan.version.url ?? null, machine: v.origin === "machine" };
    }
    const v = await kb.getVersion(plan.source.id);
    const [title, body] = await ctx.language.gateway.translate({ texts: [v.title, excerptOf(v.body)], from: v.language, to: language });
    if (!title || !body || !("text" in title) || !("text" in body)) {
      const why = title && "error" in title ? title.error.message : body && "error" in body ? body.error.message : "translation failed";
      return { unavailable: `no ${languageName(language)} version of "${candidate.title}" and no machine translation: ${why}` };
    }
    // The link goes to the source language's help-centre page: the translation is not stored anywhere.
    return { familyId: candidate.familyId, versionId: v.id, language, title: title.text, body: body.text, url: plan.source.url ?? null, machine: true };
  }

  async function publicUrl(): Promise<string | null> {
    return (await ctx.settings.get()).publicUrl;
  }

  async function answer(d: DecisionRow, plan: Extract<BotPlan, { kind: "answer" }>): Promise<Outcome> {
    const article = await articleFor(plan, d.language);
    if ("unavailable" in article) {
      return { decision: "no_answer", reason: `no confident answer, left for an agent: ${article.unavailable}`, confidence: plan.confidence, kbFamilyId: plan.candidate.familyId };
    }
    const local = await localizePhrases(BOT_PHRASES, article.language, ctx.language.gateway);
    const p = local.phrases;
    const link = article.url ? publicLink(article.url, await publicUrl(), deps.app()) : null;
    const text = [
      `${p.intro} ${article.title}`,
      excerptOf(article.body),
      ...(link ? [`${p.readMore} ${link}`] : []),
      ...(article.machine ? [`(${p.machineTranslation})`] : []),
      fillPhrase(p.offerHuman, { word: p.humanWord }),
    ].join("\n\n");
    const message = await sendAutomatedMessage(automated, {
      conversationId: d.conversation_id,
      key: `faq-bot:${d.message_id}`,
      text,
      language: article.language,
      senderName: BOT_NAME,
      metadata: { bot: true, kind: "faq-answer", kbFamilyId: article.familyId, kbVersionId: article.versionId, confidence: plan.confidence, machineTranslated: article.machine },
    });
    const notes = [
      `answered with "${article.title}" (${article.machine ? "machine translation" : "written"} ${article.language})`,
      ...(local.note ? [`reply frame in English: ${local.note}`] : []),
      ...(message.delivery === "failed" ? [`delivery failed: ${message.deliveryError}`] : []),
    ];
    return {
      decision: "answered",
      reason: notes.join("; "),
      confidence: plan.confidence,
      kbFamilyId: article.familyId,
      kbVersionId: article.versionId,
      machineTranslated: article.machine,
      replyLanguage: article.language,
      replyMessageId: message.id,
    };
  }

  async function handoff(d: DecisionRow, plan: Extract<BotPlan, { kind: "handoff" }>): Promise<Outcome> {
    let ticketId = d.ticket_id;
    if (!ticketId) {
      const ticket = await service.tickets.createFromConversation(d.conversation_id, { reason: "The customer asked the FAQ bot for a person" });
      ticketId = ticket.id;
      // Stored at once, so a retry after a failed reply does not open a second ticket.
      await repo.update(d.id, { ticket_id: ticketId });
    }
    const local = await localizePhrases(BOT_PHRASES, d.language, ctx.language.gateway);
    const message = await sendAutomatedMessage(automated, {
      conversationId: d.conversation_id,
      key: `faq-bot:${d.message_id}`,
      text: local.phrases.handoff,
      language: local.language,
      senderName: BOT_NAME,
      metadata: { bot: true, kind: "faq-handoff", ticketId },
    });
    const asked = `customer asked for a person ("${plan.match.phrase}", ${plan.match.language}${plan.match.in === "translation" ? ", in the translation" : ""})`;
    return {
      decision: "handoff",
      reason: [asked, ...(local.note ? [`hand-off reply in English: ${local.note}`] : []), ...(message.delivery === "failed" ? [`delivery failed: ${message.deliveryError}`] : [])].join("; "),
      replyLanguage: local.language,
      replyMessageId: message.id,
      ticketId,
    };
  }

  async function decide(d: DecisionRow): Promise<Outcome> {
    const skip = await skipReason(d);
    if (skip) return { decision: "skipped", reason: skip };
    const message = { text: d.query, language: d.language, translation: d.translation_text && d.translation_to ? { text: d.translation_text, to: d.translation_to } : null };
    const settings = await repo.settings();
    // A request for a person needs no search; planReply checks it first either way.
    const wantsPerson = planReply(message, [], settings.minConfidence).kind === "handoff";
    const plan = planReply(message, wantsPerson ? [] : await searchKb(d), settings.minConfidence);
    if (plan.kind === "handoff") return handoff(d, plan);
    if (plan.kind === "answer") return answer(d, plan);
    return { decision: "no_answer", reason: `no confident answer, left for an agent: ${plan.reason}`, confidence: plan.confidence, kbFamilyId: plan.familyId };
  }

  /** Job handler: decides once per message; retried on failure, then recorded as failed. */
  async function handle(payload: { messageId: string }, job: { attempt: number }): Promise<void> {
    const d = await repo.byMessage(payload.messageId);
    if (!d || d.state === "done") return;
    try {
      const o = await decide(d);
      await repo.update(d.id, {
        state: "done",
        decision: o.decision,
        reason: o.reason,
        confidence: o.confidence ?? null,
        kb_family_id: o.kbFamilyId ?? null,
        kb_version_id: o.kbVersionId ?? null,
        machine_translated: o.machineTranslated ?? false,
        reply_language: o.replyLanguage ?? null,
        reply_message_id: o.replyMessageId ?? null,
        ticket_id: o.ticketId ?? d.ticket_id,
        error: null,
        decided_at: new Date(),
      });
    } catch (err) {
      const last = job.attempt >= DECIDE_ATTEMPTS;
      await repo.update(d.id, { error: String((err as Error).message ?? err).slice(0, 1000), ...(last ? { state: "failed" as const, decided_at: new Date() } : {}) });
      if (!last) throw err;
    }
  }

  return { onProcessed, handle };
}
export type FaqBotService = ReturnType<typeof createFaqBotService>;

