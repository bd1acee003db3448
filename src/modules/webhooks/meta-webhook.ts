import { z } from "zod";
import { AppError } from "../../shared/app-error.js";
import type { InboundMessage } from "../messages/index.js";

// Meta's webhook payloads (Messenger, Instagram messaging, WhatsApp Cloud API). Only the fields Mundo reads
// are declared; objects stay loose because Meta adds fields without notice.

const messagingEvent = z.looseObject({
  sender: z.looseObject({ id: z.string().min(1).max(200) }),
  recipient: z.looseObject({ id: z.string().max(200) }).optional(),
  timestamp: z.number().optional(),
  message: z.looseObject({
    mid: z.string().min(1).max(500),
    text: z.string().max(100_000).optional(),
    is_echo: z.boolean().optional(),
    is_deleted: z.boolean().optional(),
    reply_to: z.looseObject({ mid: z.string().max(500) }).optional(),
    attachments: z
      .array(z.looseObject({ type: z.string().max(50), payload: z.looseObject({ url: z.string().max(4000).optional() }).nullish() }))
      .max(50)
      .optional(),
  }),
});

const whatsappMessage = z.looseObject({
  from: z.string().regex(/^\d{4,20}$/),
  id: z.string().min(1).max(500),
  timestamp: z.string().regex(/^\d{1,12}$/).optional(),
  type: z.string().max(50).optional(),
  text: z.looseObject({ body: z.string().max(100_000) }).optional(),
  context: z.looseObject({ id: z.string().max(500).optional() }).optional(),
});
type WhatsappMessage = z.infer<typeof whatsappMessage>;

const whatsappValue = z.looseObject({
  metadata: z.looseObject({ phone_number_id: z.string().max(100).optional() }).optional(),
  contacts: z.array(z.looseObject({ wa_id: z.string().optional(), profile: z.looseObject({ name: z.string().max(200).optional() }).optional() })).optional(),
  messages: z.array(z.unknown()).optional(),
});

const envelope = z.looseObject({
  object: z.string(),
  entry: z.array(
    z.looseObject({
      id: z.string().optional(),
      messaging: z.array(z.unknown()).optional(),
      changes: z.array(z.looseObject({ field: z.string().optional(), value: z.unknown() })).optional(),
    }),
  ),
});

// WhatsApp types that are not something the customer wrote to us.
const WHATSAPP_IGNORED = new Set(["reaction", "system", "unsupported", "unknown", "request_welcome"]);
const MEDIA_TYPES = ["image", "video", "audio", "document", "sticker"] as const;

export interface MetaParseResult {
  messages: InboundMessage[];
  /** Events that are not inbound customer messages (echoes, reads, deliveries, statuses, reactions). */
  ignored: number;
}

/** Turns one Meta webhook delivery into the inbound messages it carries. Throws 400 when it isn't Meta's envelope. */
export function parseMetaPayload(payload: unknown): MetaParseResult {
  const parsed = envelope.safeParse(payload);
  if (!parsed.success) {
    throw new AppError("VALIDATION_FAILED", "Expected Meta's webhook envelope {object, entry:[…]}", "entry");
  }
  const { object, entry } = parsed.data;
  const result: MetaParseResult = { messages: [], ignored: 0 };
  for (const e of entry) {
    if (object === "page" || object === "instagram") {
      for (const raw of e.messaging ?? []) {
        const msg = fromMessaging(raw, object === "page" ? "facebook" : "instagram", e.id);
        if (msg) result.messages.push(msg);
        else result.ignored++;
      }
    } else if (object === "whatsapp_business_account") {
      for (const change of e.changes ?? []) {
        const value = whatsappValue.safeParse(change.value);
        if (change.field !== "messages" || !value.success) {
          result.ignored++;
          continue;
        }
        // statuses[] (sent/delivered/read of our own messages) are deliberately not read.
        for (const raw of value.data.messages ?? []) {
          const m = whatsappMessage.safeParse(raw);
          const msg = m.success ? fromWhatsapp(m.data, value.data, e.id) : null;
          if (msg) result.messages.push(msg);
          else result.ignored++;
        }
      }
    } else {
      // Another product's webhook (feed changes, permissions, …): acknowledged, not stored.
      result.ignored += Math.max(1, (e.messaging?.length ?? 0) + (e.changes?.length ?? 0));
    }
  }
  return result;
}

function fromMessaging(raw: unknown, channel: "facebook" | "instagram", pageId: string | undefined): InboundMessage | null {
  const ev = messagingEvent.safeParse(raw);
  // Read receipts, deliveries, postbacks and reactions carry no `message`; echoes are our own page's sends.
  if (!ev.success || ev.data.message.is_echo || ev.data.message.is_deleted) return null;
  const { sender, message, timestamp } = ev.data;
  const attachments = (message.attachments ?? []).map((a) => ({ type: a.type, url: a.payload?.url }));
  return {
    channel,
    externalId: message.mid,
    customer: { handle: `${channel}:${sender.id}` },
    text: message.text ?? "",
    sentAt: timestamp ? new Date(timestamp) : undefined,
    threadKey: sender.id,
    references: message.reply_to ? [message.reply_to.mid] : undefined,
    metadata: { source: "meta", object: channel === "facebook" ? "page" : "instagram", pageId, ...(attachments.length ? { attachments } : {}) },
  };
}

function fromWhatsapp(m: WhatsappMessage, value: z.infer<typeof whatsappValue>, accountId: string | undefined): InboundMessage | null {
  const type = m.type ?? "text";
  if (WHATSAPP_IGNORED.has(type)) return null;
  const contact = value.contacts?.find((c) => c.wa_id === m.from) ?? value.contacts?.[0];
  const text = m.text?.body ?? whatsappOtherText(m, type);
  const media = MEDIA_TYPES.includes(type as (typeof MEDIA_TYPES)[number]) ? m[type] : undefined;
  return {
    channel: "whatsapp",
    externalId: m.id,
    customer: { phone: `+${m.from}`, name: contact?.profile?.name },
    text,
    sentAt: m.timestamp ? new Date(Number(m.timestamp) * 1000) : undefined,
    threadKey: m.from,
    references: m.context?.id ? [m.context.id] : undefined,
    metadata: {
      source: "meta",
      object: "whatsapp_business_account",
      accountId,
      phoneNumberId: value.metadata?.phone_number_id,
      type,
      ...(media && typeof media === "object" ? { media } : {}),
    },
  };
}

// What the customer wrote, for the non-text message types that carry words.
function whatsappOtherText(m: WhatsappMessage, type: string): string {
  const part = m[type];
  if (!part || typeof part !== "object") return "";
  const o = part as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === "string" ? v : undefined);
  const nested = (k: string) => (o[k] && typeof o[k] === "object" ? (o[k] as Record<string, unknown>) : undefined);
  switch (type) {
    case "button":
      return str(o.text) ?? "";
    case "interactive":
      return str(nested("button_reply")?.title) ?? str(nested("list_reply")?.title) ?? "";
    case "location":
      return [str(o.name), str(o.address), `${String(o.latitude)},${String(o.longitude)}`].filter(Boolean).join(" — ");
    default:
      return str(o.caption) ?? "";
  }
}
