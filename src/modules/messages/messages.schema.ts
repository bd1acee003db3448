import { z } from "zod";
import { languageTag } from "../../shared/validators.js";

export const CHANNELS = ["email", "chat", "api", "facebook", "instagram", "whatsapp", "social", "sms", "call", "import"] as const;
export type Channel = (typeof CHANNELS)[number];

const provenance = z.record(z.string(), z.unknown());
export const messageSchema = z.object({
  id: z.uuid(),
  conversationId: z.uuid(),
  customerId: z.uuid().nullable(),
  channel: z.string(),
  externalId: z.string(),
  direction: z.enum(["in", "out"]),
  sender: z.object({ email: z.string().optional(), phone: z.string().optional(), handle: z.string().optional(), name: z.string().optional() }),
  authorId: z.uuid().nullable(),
  language: z.string().nullable(),
  original: z.object({ text: z.string(), html: z.string().optional(), subject: z.string().optional() }),
  translation: z.object({ text: z.string(), to: z.string(), provenance }).nullable(),
  translationNote: z.string().nullable().meta({ description: "Why there is no translation, e.g. no engine for the pair" }),
  sentiment: z.object({ label: z.string(), score: z.number() }).nullable(),
  state: z.enum(["received", "processed", "failed"]),
  stateError: z.string().nullable(),
  delivery: z.enum(["pending", "sent", "failed"]).nullable(),
  deliveryError: z.string().nullable(),
  attachments: z.array(z.object({ id: z.uuid(), filename: z.string().nullable(), contentType: z.string(), size: z.number().int() })),
  sentAt: z.string(),
  createdAt: z.string(),
});
export type MessageDto = z.infer<typeof messageSchema>;

export const conversationSchema = z.object({
  id: z.uuid(),
  customerId: z.uuid().nullable(),
  customer: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  channel: z.string(),
  subject: z.string().nullable(),
  status: z.enum(["open", "pending", "closed"]),
  assigneeId: z.uuid().nullable(),
  language: z.string().nullable(),
  lastMessage: z
    .object({ direction: z.enum(["in", "out"]), text: z.string(), translation: z.string().nullable(), sentiment: z.string().nullable() })
    .nullable(),
  messageCount: z.number().int(),
  lastMessageAt: z.string(),
  createdAt: z.string(),
});
export type ConversationDto = z.infer<typeof conversationSchema>;

const inboundFields = {
  externalId: z.string().trim().min(1).max(500),
  customer: z
    .strictObject({
      email: z.email().optional(),
      phone: z.string().trim().min(3).max(40).optional(),
      handle: z.string().trim().min(1).max(200).optional(),
      name: z.string().trim().max(200).optional(),
    })
    .refine((c) => c.email || c.phone || c.handle, { message: "needs an email, phone or handle" }),
  text: z.string().max(100_000).optional(),
  html: z.string().max(1_000_000).optional(),
  subject: z.string().max(1000).optional(),
  sentAt: z.iso.datetime({ offset: true }).optional(),
  threadId: z.string().trim().min(1).max(500).optional().meta({ description: "Groups messages into one conversation" }),
};
const hasBody = (b: { text?: string; html?: string }) => b.text !== undefined || b.html !== undefined;
const bodyError = { message: "send text or html", path: ["text"] };

/** An inbound message as integrations send it, without the channel (webhooks imply theirs). */
export const inboundMessageBody = z.strictObject(inboundFields).refine(hasBody, bodyError);
export const createMessageBody = z.strictObject({ channel: z.enum(CHANNELS), ...inboundFields }).refine(hasBody, bodyError);

export const messageListQuery = z.object({
  channel: z.string().optional(),
  language: languageTag.optional(),
  externalId: z.string().optional(),
  direction: z.enum(["in", "out"]).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const conversationListQuery = z.object({
  channel: z.string().optional(),
  language: z.string().optional(),
  status: z.enum(["open", "pending", "closed"]).optional(),
  assigneeId: z.union([z.uuid(), z.literal("none")]).optional(),
  sentiment: z.enum(["negative", "neutral", "positive", "unknown"]).optional().meta({ description: "Of the last inbound message" }),
  customerId: z.uuid().optional(),
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).default(0),
});

export const updateConversationBody = z.strictObject({
  status: z.enum(["open", "pending", "closed"]).optional(),
  assigneeId: z.uuid().nullable().optional(),
});

export const replyPreviewBody = z.strictObject({ text: z.string().trim().min(1).max(50_000) });
export const replyBody = z.strictObject({
  text: z.string().trim().min(1).max(50_000).meta({ description: "What the agent wrote, in their language" }),
  translation: z.string().trim().min(1).max(50_000).optional().meta({
    description: "The customer-language text as the agent edited it; saved to the memory as human-approved",
  }),
});
