import { createHmac } from "node:crypto";
import type { AddressInfo } from "node:net";
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installErrorHandler } from "../../src/http/error-handler.js";
import { buildOpenApi } from "../../src/http/openapi.js";
import { createRouter, type Router } from "../../src/http/route.js";
import { registerWebhooks } from "../../src/modules/webhooks/index.js";
import { createTestApp, type TestApp } from "../support/test-app.js";

const APP_SECRET = "meta-app-secret-for-tests";
const VERIFY_TOKEN = "verify-me-7431";
const WEBHOOK_SECRET = "generic-webhook-secret";

let t: TestApp;
let bare: FastifyInstance;
let bareRouter: Router;
beforeAll(async () => {
  t = await createTestApp({ webhooks: { metaAppSecret: APP_SECRET, metaVerifyToken: VERIFY_TOKEN, webhookSecret: WEBHOOK_SECRET } });
  // The same endpoints on a server configured without any secret.
  bare = Fastify({ bodyLimit: 1024 * 1024 });
  installErrorHandler(bare);
  bareRouter = createRouter(bare, async () => null);
  await registerWebhooks(bare, { ingest: t.services.messages.ingest, router: bareRouter });
});
afterAll(async () => {
  await bare?.close();
  await t?.close();
});

const sign = (body: string | Buffer, secret: string) => `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;

async function post(url: string, body: string | Buffer, headers: Record<string, string>, app: FastifyInstance = t.app) {
  const res = await app.inject({ method: "POST", url, payload: body, headers: { "content-type": "application/json", ...headers } });
  return { status: res.statusCode, body: res.body ? res.json() : undefined };
}
const postMeta = (body: string | Buffer, signature: string | null = sign(body, APP_SECRET)) =>
  post("/api/v1/webhooks/meta", body, signature ? { "x-hub-signature-256": signature } : {});
const messagesWith = async (externalId: string) => (await t.call("GET", `/api/v1/messages?externalId=${encodeURIComponent(externalId)}`)).body;

const messengerPayload = (mids: string[]) =>
  JSON.stringify({
    object: "page",
    entry: [
      {
        id: "PAGE-1",
        time: 1_767_000_000_000,
        messaging: [
          ...mids.map((mid, i) => ({ sender: { id: "PSID-4410" }, recipient: { id: "PAGE-1" }, timestamp: 1_767_000_000_000 + i, message: { mid, text: `Bonjour, commande ${i} — où est-elle ?` } })),
          // Our own page's send (echo), a read receipt and a delivery receipt: none is a customer message.
          { sender: { id: "PAGE-1" }, recipient: { id: "PSID-4410" }, timestamp: 1_767_000_000_100, message: { mid: `${mids[0]}-echo`, text: "Merci !", is_echo: true } },
          { sender: { id: "PSID-4410" }, recipient: { id: "PAGE-1" }, timestamp: 1_767_000_000_200, read: { watermark: 1_767_000_000_000 } },
          { sender: { id: "PSID-4410" }, recipient: { id: "PAGE-1" }, delivery: { mids: [mids[0]], watermark: 1 } },
        ],
      },
    ],
  });

describe("Meta webhooks", () => {
  it("answers the subscription handshake only with the configured token", async () => {
    const ok = await t.app.inject({ method: "GET", url: `/api/v1/webhooks/meta?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444` });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers["content-type"]).toMatch(/^text\/plain/);
    expect(ok.body).toBe("1158201444");
    const wrong = await t.app.inject({ method: "GET", url: "/api/v1/webhooks/meta?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444" });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.body).not.toContain("1158201444");
    const unconfigured = await bare.inject({ method: "GET", url: "/api/v1/webhooks/meta?hub.mode=subscribe&hub.verify_token=x&hub.challenge=1" });
    expect(unconfigured.statusCode).toBe(503);
    expect(unconfigured.json().error.message).toContain("MUNDO_META_VERIFY_TOKEN");
  });

  it("stores one message per mid however often Meta retries, ignoring echoes and receipts", async () => {
    const body = messengerPayload(["m_fb_1", "m_fb_2"]);
    const first = await postMeta(body);
    expect(first).toMatchObject({ status: 200, body: { received: 2, duplicates: 0, ignored: 3 } });
    for (let i = 0; i < 2; i++) expect((await postMeta(body)).body).toMatchObject({ received: 0, duplicates: 2 });
    const one = await messagesWith("m_fb_1");
    expect(one.total).toBe(1);
    expect(one.items[0]).toMatchObject({ channel: "facebook", direction: "in", sender: { handle: "facebook:PSID-4410" }, original: { text: "Bonjour, commande 0 — où est-elle ?" } });
    expect((await messagesWith("m_fb_2")).items[0].conversationId).toBe(one.items[0].conversationId);
    expect((await messagesWith("m_fb_1-echo")).total).toBe(0);
  });

  it("refuses a wrong or missing signature and stores nothing", async () => {
    const body = messengerPayload(["m_forged"]);
    const wrong = await postMeta(body, sign(body, "not-the-secret"));
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe("UNAUTHENTICATED");
    // Signed over other bytes (a re-serialisation) is as wrong as a bad key.
    expect((await postMeta(body, sign(JSON.stringify(JSON.parse(body), null, 1), APP_SECRET))).status).toBe(401);
    expect((await postMeta(body, null)).status).toBe(401);
    expect((await postMeta(body, "sha256=zz")).status).toBe(401);
    expect((await messagesWith("m_forged")).total).toBe(0);
  });

  it("rejects a 5 MB body with 413 and malformed JSON with 400, storing nothing", async () => {
    const huge = messengerPayload(["m_huge"]).replace("Bonjour", "x".repeat(5 * 1024 * 1024));
    const big = await postMeta(huge);
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe("PAYLOAD_TOO_LARGE");
    const broken = '{"object":"page","entry":[{"messaging":[{"sender":{"id":"P"},"message":{"mid":"m_broken"';
    const bad = await postMeta(broken);
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("INVALID_JSON");
    const notMeta = await postMeta(JSON.stringify({ hello: "world" }));
    expect(notMeta.status).toBe(400);
    expect((await messagesWith("m_huge")).total + (await messagesWith("m_broken")).total).toBe(0);
  });

  it("keeps the app's own JSON parsing for other routes", async () => {
    const res = await t.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: "{nope", headers: { "content-type": "application/json" } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("INVALID_JSON");
    const login = await t.call("POST", "/api/v1/auth/login", { email: "admin@test.example", password: "admin-password-1" }, null);
    expect(login.status).toBe(200);
  });

  it("creates a WhatsApp customer with the E.164 phone and the profile name, verifying over the network", async () => {
    const payload = {
      object: "whatsapp_business_account",
      entry: [
        {
          id: "WABA-77",
          changes: [
            {
              field: "messages",
              value: {
                messaging_product: "whatsapp",
                metadata: { display_phone_number: "15550001111", phone_number_id: "PNID-1" },
                contacts: [{ profile: { name: "Gül Yılmaz" }, wa_id: "34612345678" }],
                messages: [
                  { from: "34612345678", id: "wamid.HBgLMzQ2MTIzNDU2NzgVAgASGBQ=", timestamp: "1767000000", type: "text", text: { body: "Hola, ¿tienen la talla M en azul?" } },
                  { from: "34612345678", id: "wamid.reaction-1", timestamp: "1767000001", type: "reaction", reaction: { message_id: "x", emoji: "👍" } },
                ],
              },
            },
            { field: "messages", value: { messaging_product: "whatsapp", statuses: [{ id: "wamid.out-1", status: "read", recipient_id: "34612345678" }] } },
          ],
        },
      ],
    };
    // Raw UTF-8 over a real socket: the HMAC must be checked against the bytes as received.
    const body = Buffer.from(JSON.stringify(payload), "utf8");
    await t.app.listen({ host: "127.0.0.1", port: 0 });
    const { port } = t.app.server.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/webhooks/meta`, {
      method: "POST",
      body,
      headers: { "content-type": "application/json; charset=utf-8", "x-hub-signature-256": sign(body, APP_SECRET) },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ received: 1, duplicates: 0 });
    const msg = (await messagesWith("wamid.HBgLMzQ2MTIzNDU2NzgVAgASGBQ=")).items[0];
    expect(msg).toMatchObject({ channel: "whatsapp", original: { text: "Hola, ¿tienen la talla M en azul?" }, sentAt: new Date(1_767_000_000_000).toISOString() });
    const customer = (await t.call("GET", `/api/v1/customers/${msg.customerId}`)).body;
    expect(customer).toMatchObject({ name: "Gül Yılmaz", phones: ["+34612345678"] });
    expect((await messagesWith("wamid.reaction-1")).total).toBe(0);
  });

  it("answers 503 naming the variable when the app secret is unset", async () => {
    const body = messengerPayload(["m_unconfigured"]);
    const res = await post("/api/v1/webhooks/meta", body, { "x-hub-signature-256": sign(body, APP_SECRET) }, bare);
    expect(res.status).toBe(503);
    expect(res.body.error.message).toContain("MUNDO_META_APP_SECRET");
    expect((await messagesWith("m_unconfigured")).total).toBe(0);
  });
});

describe("webhook documentation", () => {
  it("lists the endpoints in the OpenAPI document as public when a router is given", () => {
    const doc = buildOpenApi(bareRouter.specs, "0.0.0") as { paths: Record<string, Record<string, { security?: unknown[] }>> };
    expect(Object.keys(doc.paths["/api/v1/webhooks/meta"]!).sort()).toEqual(["get", "post"]);
    expect(doc.paths["/api/v1/webhooks/{source}"]!.post!.security).toEqual([]);
  });
});

describe("generic webhooks", () => {
  const body = JSON.stringify({ externalId: "tg-9001", customer: { handle: "@olena", name: "Олена Коваль" }, text: "Добрий день! Коли буде доставка?", threadId: "chat-55" });
  const postGeneric = (source: string, payload: string, signature: string | null, app = t.app) =>
    post(`/api/v1/webhooks/${source}`, payload, signature ? { "x-mundo-signature": signature } : {}, app);

  it("stores a signed message as channel social with its source, once", async () => {
    const first = await postGeneric("telegram-bot", body, sign(body, WEBHOOK_SECRET));
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ received: 1, duplicates: 0 });
    const again = await postGeneric("telegram-bot", body, sign(body, WEBHOOK_SECRET));
    expect(again).toMatchObject({ status: 200, body: { duplicates: 1, messageId: first.body.messageId } });
    const msg = (await t.call("GET", `/api/v1/messages/${first.body.messageId}`)).body;
    expect(msg).toMatchObject({ channel: "social", externalId: "telegram-bot:tg-9001", sender: { handle: "telegram-bot:@olena", name: "Олена Коваль" } });
    // Another source numbering its messages the same way is another message.
    const other = await postGeneric("line", body, sign(body, WEBHOOK_SECRET));
    expect(other.status).toBe(201);
    expect(other.body.messageId).not.toBe(first.body.messageId);
  });

  it("refuses unsigned, wrongly signed and invalid deliveries", async () => {
    const fresh = body.replace("tg-9001", "tg-forged");
    expect((await postGeneric("telegram-bot", fresh, null)).status).toBe(401);
    expect((await postGeneric("telegram-bot", fresh, sign(fresh, APP_SECRET))).status).toBe(401);
    expect((await messagesWith("telegram-bot:tg-forged")).total).toBe(0);
    const noContact = JSON.stringify({ externalId: "x1", customer: { name: "Anon" }, text: "hi" });
    const invalid = await postGeneric("telegram-bot", noContact, sign(noContact, WEBHOOK_SECRET));
    expect(invalid).toMatchObject({ status: 400, body: { error: { code: "VALIDATION_FAILED", field: "customer" } } });
    const unknownField = JSON.stringify({ externalId: "x2", customer: { email: "a@b.example" }, text: "hi", channel: "email" });
    expect((await postGeneric("telegram-bot", unknownField, sign(unknownField, WEBHOOK_SECRET))).body.error.field).toBe("channel");
    const badSource = await postGeneric("Bad_Source", body, sign(body, WEBHOOK_SECRET));
    expect(badSource.body.error.field).toBe("source");
  });

  it("answers 503 naming MUNDO_WEBHOOK_SECRET when no secret is configured", async () => {
    const res = await postGeneric("telegram-bot", body, sign(body, WEBHOOK_SECRET), bare);
    expect(res.status).toBe(503);
    expect(res.body.error).toMatchObject({ code: "UNAVAILABLE" });
    expect(res.body.error.message).toContain("MUNDO_WEBHOOK_SECRET");
  });
});
