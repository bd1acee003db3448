import { stripQuotesAndSignatures } from "../../language/detection/text-cleaning.js";
import type { LanguageRuntime } from "../../language/language-runtime.js";
import { primaryTag } from "../../language/language-tags.js";
import type { EventBus } from "../../shared/event-bus.js";
import type { CustomersService } from "../customers/index.js";
import type { SettingsService } from "../settings/index.js";
import { toMessageDto } from "./message-dto.js";
import type { MessagesRepository } from "./messages.repository.js";

export const PROCESS_ATTEMPTS = 6;

/** What the pipeline learned about an inbound message, handed to the processed-hooks before it is marked processed. */
export interface ProcessedMessage {
  id: string;
  conversationId: string;
  customerId: string | null;
  channel: string;
  /** The original as received (quotes and signatures included). */
  originalText: string;
  /** The text that was analysed: quotes and signatures stripped. */
  body: string;
  language: string;
  translation: { text: string; to: string } | null;
  sentiment: { label: string; score: number };
  sentAt: Date;
}

/**
 * Runs inside the message job, before the message is marked processed: a hook that throws makes the job
 * retry (every hook runs again), so hooks must be idempotent. "processed" therefore implies every hook ran.
 */
export type ProcessedHook = (message: ProcessedMessage) => Promise<void>;

/**
 * The per-message job: detect the language, translate into the working language (skipped when already
 * in it), read the sentiment, and note the language on the customer. Quoted replies and signatures are
 * left out of all three; the full original stays stored.
 */
export function createMessagePipeline(deps: {
  repo: MessagesRepository;
  language: LanguageRuntime;
  settings: SettingsService;
  customers: CustomersService;
  events: EventBus;
  hooks: readonly ProcessedHook[];
}) {
  const { repo, language, settings, customers, events, hooks } = deps;

  async function process(messageId: string): Promise<void> {
    const m = await repo.findById(messageId);
    if (!m || m.state === "processed" || m.direction !== "in") return;
    const body = stripQuotesAndSignatures(m.original_text).trim() || m.original_text;
    const detection = await language.detector.detect(body);
    const lang = detection.language;
    const working = (await settings.get()).workingLanguage;

    let translation: { text: string; to: string; provenance: Record<string, unknown> } | null = null;
    let note: string | null = null;
    if (lang === "und") note = "no language detected";
    else if (primaryTag(lang) === primaryTag(working)) note = `already in the working language (${working})`;
    else {
      const [result] = await language.gateway.translate({ texts: [body], from: lang, to: working });
      if (result && "text" in result) translation = { text: result.text, to: result.to, provenance: { ...result.provenance } };
      else note = result?.error.message ?? "translation failed";
    }
    const sentiment = await language.sentiment(body, lang === "und" ? undefined : lang);

    if (lang !== "und") {
      await repo.updateConversation(m.conversation_id, { language: lang });
      if (m.customer_id) await customers.noteLanguage(m.customer_id, lang);
    }
    const processed: ProcessedMessage = {
      id: m.id,
      conversationId: m.conversation_id,
      customerId: m.customer_id,
      channel: m.channel,
      originalText: m.original_text,
      body,
      language: lang,
      translation: translation ? { text: translation.text, to: translation.to } : null,
      sentiment: { label: sentiment.label, score: sentiment.score },
      sentAt: m.sent_at,
    };
    for (const hook of hooks) await hook(processed);
    // "processed" is written last: whoever sees it can rely on every other effect being there.
    const row = await repo.update(messageId, {
      language: lang,
      language_confidence: detection.confidence,
      translation_text: translation?.text ?? null,
      translation_to: translation?.to ?? null,
      translation_provenance: JSON.stringify(translation?.provenance ?? null),
      translation_note: note,
      sentiment_label: sentiment.label,
      sentiment_score: sentiment.score,
      state: "processed",
      state_error: null,
    });
    if (row) events.emit("message.updated", { message: toMessageDto(row, await repo.attachmentsOf([row.id])) });
  }

  return {
    process,
    /** Job handler: records each failure on the message; the last attempt marks it failed (visible in the UI). */
    async handle(payload: { messageId: string }, ctx: { attempt: number }) {
      try {
        await process(payload.messageId);
      } catch (err) {
        const last = ctx.attempt >= PROCESS_ATTEMPTS;
        await repo.update(payload.messageId, { state_error: String((err as Error).message ?? err).slice(0, 1000), ...(last ? { state: "failed" as const } : {}) });
        if (!last) throw err;
      }
    },
  };
}
export type MessagePipeline = ReturnType<typeof createMessagePipeline>;
