import { z } from "zod";
import type { Router } from "../../http/route.js";
import { languageTag, listResponse, uuidParam } from "../../shared/validators.js";
import type { CallsService } from "./calls.service.js";

const speaker = z.enum(["agent", "customer"]);
const startedAt = z.number().int().min(0).max(86_400_000).optional().meta({ description: "Milliseconds from the call's start; default: now" });
const durationMs = z.number().int().min(1).max(600_000).optional().meta({ description: "How long the speech lasted, for subtitle timing" });

export const callSchema = z.object({
  id: z.uuid(),
  conversationId: z.uuid(),
  agentId: z.uuid().nullable(),
  agentLanguage: z.string(),
  customerLanguage: z.string().nullable(),
  status: z.enum(["active", "ended"]),
  messageId: z.uuid().nullable().meta({ description: "The transcript message, once the call has ended" }),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
});

export const segmentSchema = z.object({
  id: z.uuid(),
  callId: z.uuid(),
  speaker,
  source: z.enum(["text", "audio"]),
  text: z.string(),
  language: z.string(),
  translation: z.object({ text: z.string(), to: z.string(), provenance: z.record(z.string(), z.unknown()) }).nullable(),
  note: z.string().nullable().meta({ description: "Why there is no translation" }),
  startedAt: z.number().int(),
  durationMs: z.number().int().nullable(),
  createdAt: z.string(),
});

const createBody = z
  .strictObject({
    conversationId: z.uuid().optional(),
    customerId: z.uuid().optional().meta({ description: "Without conversationId: opens a new conversation on the call channel" }),
    agentLanguage: languageTag.optional().meta({ description: "Default: the workspace's working language" }),
    customerLanguage: languageTag.optional().meta({ description: "Default: the conversation's or customer's language, else learnt from the customer's first words" }),
  })
  .refine((b) => Boolean(b.conversationId) !== Boolean(b.customerId), { message: "send either conversationId or customerId", path: ["conversationId"] });

export const segmentBody = z.strictObject({
  speaker,
  text: z.string().trim().min(1).max(5000),
  language: languageTag.optional().meta({ description: "Detected when absent" }),
  startedAt,
  durationMs,
});

// The JSON body limit is 1 MB, so the base64 text (4/3 of the audio) is capped below it.
const audioBody = z.strictObject({
  speaker,
  audioBase64: z
    .string()
    .min(4)
    .max(900_000, "must be at most 900000 characters (about 660 kB of audio); send shorter chunks")
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, "must be base64"),
  mimeType: z
    .string()
    .trim()
    .max(100)
    .regex(/^(audio\/[\w.+-]+|video\/(webm|mp4))\s*(;.*)?$/i, "must be an audio media type such as audio/webm or audio/wav"),
  languageHint: languageTag.optional().meta({ description: "BCP 47 hint for the recognizer, e.g. en-IN; default: the speaker's side" }),
  startedAt,
  durationMs,
});

export function registerCallRoutes(router: Router, calls: CallsService): void {
  const tag = "calls";
  router.route({
    method: "POST",
    url: "/api/v1/calls",
    tag,
    summary: "Start a live-captioned call; the answer holds the customer's caption key (shown once)",
    access: "agent",
    body: createBody,
    status: 201,
    response: callSchema.extend({ customerToken: z.string(), customerCaptionsPath: z.string() }),
    handler: ({ body, user }) => calls.create(user.id, body),
  });
  router.route({
    method: "GET",
    url: "/api/v1/calls",
    tag,
    summary: "Calls, newest first",
    access: "agent",
    query: z.object({
      conversationId: z.uuid().optional(),
      status: z.enum(["active", "ended"]).optional(),
      limit: z.coerce.number().int().min(1).max(100).default(25),
      offset: z.coerce.number().int().min(0).default(0),
    }),
    response: listResponse(callSchema),
    handler: ({ query }) => calls.list(query),
  });
  router.route({
    method: "GET",
    url: "/api/v1/calls/:id",
    tag,
    summary: "One call",
    access: "agent",
    params: uuidParam,
    response: callSchema,
    handler: ({ params }) => calls.get(params.id),
  });
  router.route({
    method: "GET",
    url: "/api/v1/calls/:id/segments",
    tag,
    summary: "What was said so far, in order",
    access: "agent",
    params: uuidParam,
    response: listResponse(segmentSchema),
    async handler({ params }) {
      const items = await calls.segments(params.id);
      return { items, total: items.length };
    },
  });
  router.route({
    method: "POST",
    url: "/api/v1/calls/:id/segments",
    tag,
    summary: "Add recognised speech; it is translated into the other side's language and pushed to both caption sockets",
    access: "agent",
    params: uuidParam,
    body: segmentBody,
    status: 201,
    response: segmentSchema,
    handler: ({ params, body: { speaker: who, ...input } }) => calls.addSegment(params.id, who, input),
  });
  router.route({
    method: "POST",
    url: "/api/v1/calls/:id/audio",
    tag,
    summary: "Add recorded speech (base64); transcribed by the configured recognizer (503 without one), 204 when nothing was heard",
    access: "agent",
    params: uuidParam,
    body: audioBody,
    status: 201,
    response: segmentSchema,
    async handler({ params, body, reply }) {
      const audio = Buffer.from(body.audioBase64, "base64");
      const segment = await calls.addAudio(params.id, body.speaker, {
        audio,
        mimeType: body.mimeType,
        languageHint: body.languageHint,
        startedAt: body.startedAt,
        durationMs: body.durationMs,
      });
      if (!segment) reply.status(204);
      return segment;
    },
  });
  router.route({
    method: "POST",
    url: "/api/v1/calls/:id/end",
    tag,
    summary: "End the call and store its transcript as one message of the conversation (idempotent)",
    access: "agent",
    params: uuidParam,
    response: callSchema,
    handler: ({ params }) => calls.end(params.id),
  });
  router.route({
    method: "GET",
    url: "/api/v1/calls/:id/transcript.vtt",
    tag,
    summary: "The transcript as WebVTT subtitles: originals, or translations (originals where none was needed)",
    access: "agent",
    params: uuidParam,
    query: z.object({ lang: z.enum(["original", "translated"]).default("original") }),
    async handler({ params, query, reply }) {
      const vtt = await calls.transcript(params.id, query.lang);
      reply.type("text/vtt; charset=utf-8").header("content-disposition", `inline; filename="call-${params.id}-${query.lang}.vtt"`);
      return vtt;
    },
  });
}
