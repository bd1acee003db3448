import { createHmac, timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import type { Router } from "../../http/route.js";
import { AppError } from "../../shared/app-error.js";
import type { InboundMessage, IngestService } from "../messages/index.js";
import { genericWebhookBody, parseGenericPayload, SOURCE_PATTERN } from "./generic-webhook.js";
import { parseMetaPayload } from "./meta-webhook.js";

export interface WebhookOptions {
  ingest: Pick<IngestService, "ingest">;
  /** MUNDO_META_APP_SECRET: signs Meta's deliveries (X-Hub-Signature-256). Unset: the Meta POST answers 503. */
  metaAppSecret?: string;
  /** MUNDO_META_VERIFY_TOKEN: the token typed into Meta's webhook setup. Unset: the handshake answers 503. */
  metaVerifyToken?: string;
  /** MUNDO_WEBHOOK_SECRET: signs generic deliveries (X-Mundo-Signature). Unset: generic sources answer 503. */
  webhookSecret?: string;
  /** When given, the endpoints are listed in the OpenAPI document (they are served outside router.route). */
  router?: Pick<Router, "describe">;
}

const notConfigured = (variable: string, what: string) =>
  new AppError("UNAVAILABLE", `${what} are not accepted: set ${variable} on the server to enable them`);

/** True when `header` is `sha256=<hex>` of the HMAC-SHA256 of exactly these bytes. Constant-time. */
export function verifySignature(raw: Buffer, header: string | string[] | undefined, secret: string): boolean {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value ? /^sha256=([0-9a-f]{64})$/i.exec(value.trim()) : null;
  if (!match) return false;
  const expected = createHmac("sha256", secret).update(raw).digest();
  return timingSafeEqual(expected, Buffer.from(match[1]!, "hex"));
}

function equalSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The raw request bytes (signed webhooks register a Buffer content-type parser in their scope). */
export function rawBody(req: FastifyRequest): Buffer {
  return Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
}

// JSON is parsed only after the signature holds, so unauthenticated bytes are never interpreted.
export function parseJson(raw: Buffer): unknown {
  if (raw.length === 0) throw new AppError("INVALID_JSON", "The request body is empty; send the JSON payload");
  try {
    return JSON.parse(raw.toString("utf8"));
  } catch {
    throw new AppError("INVALID_JSON", "The request body is not valid JSON");
  }
}

async function ingestAll(ingest: WebhookOptions["ingest"], messages: InboundMessage[]) {
  let received = 0;
  let duplicates = 0;
  // One at a time, in delivery order, so a conversation's messages are stored in the order they were sent.
  for (const msg of messages) {
    const { created } = await ingest.ingest(msg);
    if (created) received++;
    else duplicates++;
  }
  return { received, duplicates };
}

const ingestResult = z.object({ received: z.number().int().meta({ description: "Messages stored now" }), duplicates: z.number().int() });

function describeWebhooks(router: Pick<Router, "describe">): void {
  const tag = "webhooks";
  router.describe({
    method: "GET",
    url: "/api/v1/webhooks/meta",
    tag,
    summary: "Meta's subscription handshake: echoes hub.challenge (text/plain) when hub.verify_token is MUNDO_META_VERIFY_TOKEN, else 403",
    access: "public",
    query: z.object({ "hub.mode": z.literal("subscribe"), "hub.verify_token": z.string(), "hub.challenge": z.string() }),
  });
  router.describe({
    method: "POST",
    url: "/api/v1/webhooks/meta",
    tag,
    summary:
      "Messenger, Instagram and WhatsApp Cloud API deliveries, signed with X-Hub-Signature-256 (HMAC-SHA256 of the raw body with MUNDO_META_APP_SECRET); idempotent on the message id",
    access: "public",
    body: z.looseObject({ object: z.enum(["page", "instagram", "whatsapp_business_account"]), entry: z.array(z.looseObject({})) }),
    response: ingestResult.extend({ ignored: z.number().int().meta({ description: "Echoes, receipts, statuses, reactions" }) }),
  });
  router.describe({
    method: "POST",
    url: "/api/v1/webhooks/:source",
    tag,
    summary:
      "A message from any other source as channel \"social\", signed with X-Mundo-Signature (HMAC-SHA256 of the raw body with MUNDO_WEBHOOK_SECRET); ids and handles are prefixed with the source",
    access: "public",
    params: z.object({ source: z.string().regex(SOURCE_PATTERN) }),
    body: genericWebhookBody,
    status: 201,
    response: ingestResult.extend({ messageId: z.uuid(), conversationId: z.uuid() }),
  });
}

/**
 * Registers the signed, token-less webhook endpoints in their own Fastify scope, whose JSON parser keeps the
 * raw bytes (HMACs are computed over them); the rest of the app keeps Fastify's parser.
 * - GET  /api/v1/webhooks/meta — Meta's subscription handshake
 * - POST /api/v1/webhooks/meta — Messenger, Instagram and WhatsApp Cloud API deliveries
 * - POST /api/v1/webhooks/:source — generic JSON from any other source, as channel "social"
 */
export async function registerWebhooks(app: FastifyInstance, options: WebhookOptions): Promise<void> {
  const { ingest, metaAppSecret, metaVerifyToken, webhookSecret } = options;
  if (options.router) describeWebhooks(options.router);
  await app.register(async (scope) => {
    scope.removeContentTypeParser("application/json");
    // The body limit is the app's (1 MB): larger bodies fail with 413 before this runs.
    scope.addContentTypeParser("application/json", { parseAs: "buffer" }, (_req, body, done) => done(null, body));

    scope.get<{ Querystring: Record<string, string | undefined> }>("/api/v1/webhooks/meta", async (req, reply) => {
      if (!metaVerifyToken) throw notConfigured("MUNDO_META_VERIFY_TOKEN", "Meta webhook subscriptions");
      const q = req.query;
      const challenge = q["hub.challenge"];
      if (q["hub.mode"] !== "subscribe" || !q["hub.verify_token"] || !equalSecret(q["hub.verify_token"], metaVerifyToken)) {
        throw new AppError("FORBIDDEN", "The verify token does not match MUNDO_META_VERIFY_TOKEN");
      }
      if (!challenge || challenge.length > 200) throw new AppError("VALIDATION_FAILED", "hub.challenge: required, at most 200 characters", "hub.challenge");
      return reply.type("text/plain; charset=utf-8").send(challenge);
    });

    scope.post("/api/v1/webhooks/meta", async (req) => {
      if (!metaAppSecret) throw notConfigured("MUNDO_META_APP_SECRET", "Meta webhooks");
      const raw = rawBody(req);
      if (!verifySignature(raw, req.headers["x-hub-signature-256"], metaAppSecret)) {
        throw new AppError("UNAUTHENTICATED", "X-Hub-Signature-256 is missing or is not the HMAC-SHA256 of the body with the app secret");
      }
      const { messages, ignored } = parseMetaPayload(parseJson(raw));
      return { ...(await ingestAll(ingest, messages)), ignored };
    });

    scope.post<{ Params: { source: string } }>("/api/v1/webhooks/:source", async (req, reply) => {
      const { source } = req.params;
      if (!SOURCE_PATTERN.test(source)) {
        throw new AppError("VALIDATION_FAILED", "source: 1–40 lowercase letters, digits or hyphens", "source");
      }
      if (!webhookSecret) throw notConfigured("MUNDO_WEBHOOK_SECRET", "Generic webhooks");
      const raw = rawBody(req);
      if (!verifySignature(raw, req.headers["x-mundo-signature"], webhookSecret)) {
        throw new AppError("UNAUTHENTICATED", "X-Mundo-Signature is missing or is not the HMAC-SHA256 of the body with MUNDO_WEBHOOK_SECRET");
      }
      const { message, created } = await ingest.ingest(parseGenericPayload(source, parseJson(raw)));
      reply.status(created ? 201 : 200);
      return { received: created ? 1 : 0, duplicates: created ? 0 : 1, messageId: message.id, conversationId: message.conversationId };
    });
  });
}
