import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { EventEmitter } from "node:events";
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import type { SpeechRecognizer, Transcription } from "../../language/asr/speech-recognizer.js";
import { isLanguageError } from "../../language/language-error.js";
import type { LanguageRuntime } from "../../language/language-runtime.js";
import { canonicalTag, primaryTag } from "../../language/language-tags.js";
import { AppError, invalid, notFound } from "../../shared/app-error.js";
import type { EventBus } from "../../shared/event-bus.js";
import type { CustomersService } from "../customers/index.js";
import type { MessagesModule } from "../messages/index.js";
// Not re-exported by the messages index yet; needed to announce the transcript message like other messages.
import { toMessageDto } from "../messages/index.js";
import type { SettingsService } from "../settings/index.js";
import { type CallDto, type CallRow, createCallsRepository, type SegmentDto, type SegmentRow, type Speaker, toCallDto, toSegmentDto } from "./calls.repository.js";
import { cueEnds, toWebVtt } from "./webvtt.js";

/** Pushed to both sides of a call's caption socket. */
export type CaptionEvent = { type: "caption"; segment: SegmentDto } | { type: "ended"; call: CallDto };

export interface SegmentInput {
  text: string;
  language?: string;
  startedAt?: number;
  durationMs?: number;
}

export interface AudioInput {
  audio: Buffer;
  mimeType: string;
  languageHint?: string;
  startedAt?: number;
  durationMs?: number;
}

export interface CallsDeps {
  db: Kysely<DB>;
  language: LanguageRuntime;
  /** null when no ASR is configured: audio segments are refused with 503. */
  recognizer: SpeechRecognizer | null;
  settings: SettingsService;
  customers: CustomersService;
  messages: MessagesModule;
  events: EventBus;
}

const LABEL: Record<Speaker, string> = { agent: "Agent", customer: "Customer" };
const hashKey = (key: string) => createHash("sha256").update(key).digest();

export function createCallsService(deps: CallsDeps) {
  const { language, messages, customers, events } = deps;
  const repo = createCallsRepository(deps.db);
  // Caption fan-out is in-process, like the EventBus: every socket of a call must reach the same instance.
  const hub = new EventEmitter().setMaxListeners(0);

  async function row(id: string): Promise<CallRow> {
    const call = await repo.find(id);
    if (!call) throw notFound("Call", id);
    return call;
  }
  const active = (call: CallRow) => {
    if (call.status !== "active") throw new AppError("CONFLICT", `Call ${call.id} has ended`);
  };

  /** The spoken language: the one given, else detected, else (short or unclear speech) the speaker's side. */
  async function spokenLanguage(call: CallRow, speaker: Speaker, text: string, given?: string): Promise<string> {
    if (given) return canonicalTag(given);
    const side = speaker === "agent" ? call.agent_language : call.customer_language;
    const guess = await language.detector.detect(text);
    if (guess.language === "und" || (side && guess.confidence < 0.5)) return side ?? "und";
    return side && primaryTag(side) === primaryTag(guess.language) ? side : guess.language;
  }

  async function translate(text: string, from: string, to: string | null): Promise<Pick<SegmentRow, "translation_text" | "translation_to" | "note"> & { provenance: unknown }> {
    const none = (note: string) => ({ translation_text: null, translation_to: null, note, provenance: null });
    if (!to) return none("the customer's language is not known yet");
    if (from === "und") return none("no language detected");
    if (primaryTag(from) === primaryTag(to)) return none(`already in ${to}`);
    const [r] = await language.gateway.translate({ texts: [text], from, to });
    if (r && "text" in r) return { translation_text: r.text, translation_to: r.to, note: null, provenance: r.provenance };
    return none(r?.error.message ?? "translation failed");
  }

  async function addSegment(callId: string, speaker: Speaker, input: SegmentInput, source: "text" | "audio" = "text"): Promise<SegmentDto> {
    let call = await row(callId);
    active(call);
    const text = input.text.trim();
    if (!text) throw invalid("text", "must not be empty");
    const lang = await spokenLanguage(call, speaker, text, input.language);
    if (speaker === "customer" && !call.customer_language && lang !== "und") {
      // The first thing the customer says tells the agent's captions which language to translate into.
      await repo.setCustomerLanguage(callId, lang);
      call = await row(callId);
    }
    const t = await translate(text, lang, speaker === "agent" ? call.customer_language : call.agent_language);
    const stored = await repo.addSegment(callId, {
      speaker,
      source,
      text,
      language: lang,
      translation_text: t.translation_text,
      translation_to: t.translation_to,
      translation_provenance: JSON.stringify(t.provenance),
      note: t.note,
      // Clamped to the integer column for a call somebody forgot to end.
      started_ms: input.startedAt ?? Math.min(2_147_483_647, Math.max(0, Date.now() - call.started_at.getTime())),
      duration_ms: input.durationMs ?? null,
    });
    if (!stored) throw new AppError("CONFLICT", `Call ${callId} has ended`);
    const segment = toSegmentDto(stored);
    hub.emit(callId, { type: "caption", segment } satisfies CaptionEvent);
    return segment;
  }

  /** Stores the call's transcript as one inbound "call" message of its conversation; idempotent per call. */
  async function writeTranscript(call: CallRow): Promise<string | null> {
    const segments = await repo.segments(call.id);
    if (segments.length === 0) return null;
    const conversation = await messages.conversations.get(call.conversation_id).catch(() => null);
    if (!conversation) return null;
    const externalId = `call:${call.id}`;
    const existing = await messages.repo.findByExternal("call", externalId);
    if (existing) return existing.id;

    const agentLang = call.agent_language;
    const customerLang = call.customer_language;
    const line = (s: SegmentRow, text: string) => `${LABEL[s.speaker]}: ${text}`;
    // The agent's reading: what the customer said in the agent's language where a translation exists.
    const readable = (s: SegmentRow) =>
      s.speaker === "customer" && s.translation_text !== null && s.translation_to && primaryTag(s.translation_to) === primaryTag(agentLang) ? s.translation_text : s.text;
    const translated = segments.filter((s) => s.speaker === "customer" && readable(s) !== s.text);
    const engines = [...new Set(translated.map((s) => String(s.translation_provenance?.engine ?? "unknown")))];
    const customerText = segments.filter((s) => s.speaker === "customer").map((s) => s.text).join("\n");
    const sentiment = customerText ? await language.sentiment(customerText, customerLang ?? undefined) : null;
    const last = segments.at(-1)!;

    const stored = await messages.repo.insert(
      { id: conversation.id, customerId: conversation.customerId, channel: "call", threadKey: null, subject: null },
      {
        customer_id: conversation.customerId,
        channel: "call",
        external_id: externalId,
        direction: "in",
        sender: JSON.stringify(conversation.customer ? { name: conversation.customer.name } : {}),
        original_text: segments.map((s) => line(s, s.text)).join("\n"),
        language: customerLang,
        translation_text: translated.length ? segments.map((s) => line(s, readable(s))).join("\n") : null,
        translation_to: translated.length ? agentLang : null,
        translation_provenance: JSON.stringify(translated.length ? { engine: engines.join("+"), score: null, segments: translated.length } : null),
        translation_note: translated.length ? null : "nothing the customer said needed translating",
        sentiment_label: sentiment?.label ?? null,
        sentiment_score: sentiment?.score ?? null,
        state: "processed",
        metadata: JSON.stringify({ callId: call.id, agentId: call.agent_id, agentLanguage: agentLang, segments: segments.length, durationMs: last.started_ms + (last.duration_ms ?? 0) }),
        sent_at: call.started_at,
      },
      [],
    );
    const messageId = stored?.messageId ?? (await messages.repo.findByExternal("call", externalId))!.id;
    if (customerLang && !conversation.language) await messages.repo.updateConversation(conversation.id, { language: customerLang });
    if (customerLang && conversation.customerId) await customers.noteLanguage(conversation.customerId, customerLang);
    if (stored) events.emit("message.created", { message: toMessageDto((await messages.repo.findById(messageId))!) });
    return messageId;
  }

  return {
    repo,

    /** Opens a call in a conversation, or in a new "call" conversation of the customer. Returns the customer's caption key once. */
    async create(agentId: string, input: { conversationId?: string; customerId?: string; agentLanguage?: string; customerLanguage?: string }) {
      if (Boolean(input.conversationId) === Boolean(input.customerId)) throw invalid("conversationId", "send either conversationId or customerId");
      const conversation = input.conversationId ? await messages.conversations.get(input.conversationId) : null;
      const customerId = conversation ? conversation.customerId : input.customerId!;
      const customer = customerId ? await customers.get(customerId) : null;
      const customerLanguage = input.customerLanguage ?? conversation?.language ?? customer?.preferredLanguages[0] ?? null;
      const key = randomBytes(24).toString("base64url");
      const call = await repo.insert(
        {
          agent_id: agentId,
          agent_language: input.agentLanguage ?? (await deps.settings.get()).workingLanguage,
          customer_language: customerLanguage,
          customer_key_hash: hashKey(key).toString("hex"),
          ...(conversation ? { conversation_id: conversation.id } : {}),
        },
        conversation ? undefined : { customerId: customerId! },
      );
      if (!conversation) events.emit("conversation.updated", { conversation: await messages.conversations.get(call.conversation_id) });
      return { ...toCallDto(call), customerToken: key, customerCaptionsPath: `/api/v1/calls/${call.id}/captions?key=${key}` };
    },

    get: async (id: string) => toCallDto(await row(id)),
    list: async (q: Parameters<typeof repo.list>[0]) => {
      const { items, total } = await repo.list(q);
      return { items: items.map(toCallDto), total };
    },
    segments: async (id: string) => {
      await row(id);
      return (await repo.segments(id)).map(toSegmentDto);
    },
    addSegment,

    /** Transcribes recorded speech and adds it as a segment; null when nothing was recognised (silence). */
    async addAudio(callId: string, speaker: Speaker, input: AudioInput): Promise<SegmentDto | null> {
      const call = await row(callId);
      active(call);
      if (!deps.recognizer) {
        throw new AppError("UNAVAILABLE", "No speech recognizer is configured: set MUNDO_ASR_BASE_URL and MUNDO_ASR_MODEL, or send recognised text to /segments");
      }
      const hint = input.languageHint ?? (speaker === "agent" ? call.agent_language : call.customer_language) ?? undefined;
      let heard: Transcription;
      try {
        heard = await deps.recognizer.transcribe({ audio: input.audio, mimeType: input.mimeType, language: hint });
      } catch (err) {
        if (isLanguageError(err)) throw new AppError("UNAVAILABLE", `Speech recognition failed: ${err.message}`);
        throw err;
      }
      if (!heard.text) return null;
      const lang = input.languageHint ?? heard.language;
      return addSegment(callId, speaker, { text: heard.text, language: lang, startedAt: input.startedAt, durationMs: input.durationMs }, "audio");
    },

    /** Ends the call and files the transcript; ending again only retries a transcript a crash left unwritten. */
    async end(id: string): Promise<CallDto> {
      await row(id);
      const claimed = await repo.claimEnd(id, new Date());
      const call = claimed ?? (await row(id));
      try {
        if (!call.message_id) {
          const messageId = await writeTranscript(call);
          if (messageId) {
            await repo.setMessage(id, messageId);
            call.message_id = messageId;
          }
        }
      } finally {
        // The sockets learn of the end even when filing the transcript failed (a later end() retries that).
        if (claimed) hub.emit(id, { type: "ended", call: toCallDto(call) } satisfies CaptionEvent);
      }
      return toCallDto(call);
    },

    /** WebVTT of the call: originals, or each segment's translation (the original where there is none). */
    async transcript(id: string, lang: "original" | "translated"): Promise<string> {
      await row(id);
      const segments = (await repo.segments(id)).map(toSegmentDto);
      const ends = cueEnds(segments);
      return toWebVtt(
        segments.map((s, i) => ({ startMs: s.startedAt, endMs: ends[i]!, voice: LABEL[s.speaker], text: lang === "translated" ? (s.translation?.text ?? s.text) : s.text })),
      );
    },

    /** Does this key open the customer's side of the call? */
    async customerKeyMatches(call: CallDto, key: string): Promise<boolean> {
      const stored = Buffer.from((await row(call.id)).customer_key_hash, "hex");
      const given = hashKey(key);
      return stored.length === given.length && timingSafeEqual(stored, given);
    },

    subscribe(callId: string, listener: (event: CaptionEvent) => void): () => void {
      hub.on(callId, listener);
      return () => hub.off(callId, listener);
    },
  };
}
export type CallsService = ReturnType<typeof createCallsService>;
