import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { CHAT_SOCKET_PATH, DEMO_CSP } from "../../src/modules/chat/index.js";
import { createTestApp, type TestApp, translationConfig } from "../support/test-app.js";
import { waitFor } from "../support/wait-for.js";

// A real `ws` client on a real port: frames are collected and taken out by predicate.
class Visitor {
  private readonly frames: any[] = [];
  private wake: () => void = () => {};
  private constructor(readonly socket: WebSocket) {
    socket.on("message", (data) => {
      this.frames.push(JSON.parse(String(data)));
      this.wake();
    });
  }

  static open(url: string, headers: Record<string, string> = {}): Promise<Visitor> {
    const socket = new WebSocket(url, { headers });
    return new Promise((resolve, reject) => {
      socket.once("open", () => resolve(new Visitor(socket)));
      socket.once("error", reject);
    });
  }

  send(frame: object | string | Buffer): void {
    this.socket.send(typeof frame === "string" || Buffer.isBuffer(frame) ? frame : JSON.stringify(frame));
  }

  /** The first received frame matching `match` (removed from the buffer), waiting up to `timeoutMs`. */
  async take(match: (f: any) => boolean, timeoutMs = 10_000): Promise<any> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const i = this.frames.findIndex(match);
      if (i >= 0) return this.frames.splice(i, 1)[0];
      const left = until - Date.now();
      if (left <= 0) throw new Error(`no matching frame; got ${JSON.stringify(this.frames)}`);
      await new Promise<void>((r) => {
        const timer = setTimeout(r, left);
        this.wake = () => {
          clearTimeout(timer);
          r();
        };
      });
    }
  }

  pending(): any[] {
    return [...this.frames];
  }

  close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((r) => {
      this.socket.once("close", () => r());
      this.socket.close();
    });
  }
}

const type = (t: string) => (f: any) => f.type === t;
const newVisitorId = () => randomBytes(16).toString("hex");

let t: TestApp;
let url: string;
beforeAll(async () => {
  t = await createTestApp({ translation: translationConfig({ MUNDO_TRANSLATION_ENGINES: "apertium" }) });
  // Until src/app.ts wires the chat module, the test adds it (routes must exist before listen).
  await t.app.listen({ port: 0, host: "127.0.0.1" });
  const address = t.app.server.address();
  url = `ws://127.0.0.1:${typeof address === "object" && address ? address.port : 0}${CHAT_SOCKET_PATH}`;
});
afterAll(() => t.close());

describe("web chat channel over the widget socket", () => {
  const visitorId = newVisitorId();
  const spanish = "Hola, ¿dónde está mi pedido? Lo necesito para el viernes.";
  let messageId: string;
  let conversationId: string;
  let firstReplyId: string;

  it("welcomes a new visitor from any origin, acks a message, and stores a resent clientId once", async () => {
    const v = await Visitor.open(url, { origin: "https://shop.example" });
    v.send({ type: "hello", visitorId, name: "Lucía Fernández", email: "lucia.chat@example.es" });
    expect(await v.take(type("welcome"))).toEqual({ type: "welcome", conversationId: null, missed: [] });

    v.send({ type: "message", clientId: "c1", text: spanish });
    const ack = await v.take(type("ack"));
    expect(ack).toMatchObject({ type: "ack", clientId: "c1", id: expect.any(String) });
    messageId = ack.id;
    // The same clientId again (a resend after a reconnect) is the same stored message.
    v.send({ type: "message", clientId: "c1", text: spanish });
    expect((await v.take(type("ack"))).id).toBe(messageId);

    const listed = await t.call("GET", `/api/v1/messages?channel=chat&externalId=${visitorId}:c1`);
    expect(listed.body.total).toBe(1);
    const m = listed.body.items[0];
    expect(m).toMatchObject({ id: messageId, channel: "chat", direction: "in", original: { text: spanish }, sender: { handle: `chat:${visitorId}`, name: "Lucía Fernández" } });
    conversationId = m.conversationId;
    const customer = await t.call("GET", `/api/v1/customers/${m.customerId}`);
    expect(customer.body).toMatchObject({ name: "Lucía Fernández", emails: ["lucia.chat@example.es"] });
    const row = await t.services.messages.repo.findById(messageId);
    expect(row?.metadata).toMatchObject({ origin: "https://shop.example", emailVerified: false });

    // A later hello names the conversation.
    v.send({ type: "hello", visitorId });
    expect(await v.take(type("welcome"))).toEqual({ type: "welcome", conversationId, missed: [] });
    await v.close();
  });

  it("processes the message: detected as Spanish, translated into English", async () => {
    const m = await waitFor(async () => {
      const res = await t.call("GET", `/api/v1/messages/${messageId}`);
      return res.body.state === "processed" ? res.body : undefined;
    }, 30_000, "chat message processed");
    expect(m.language).toBe("es");
    expect(m.translation).toMatchObject({ to: "en", provenance: { engine: "apertium" } });
    // Apertium reads "pedido" as "request"; the day and the need survive.
    expect(m.translation.text).toMatch(/I need it for the Friday/i);
  });

  it("delivers an English agent reply in Spanish to every open tab, and echoes the visitor's own messages across tabs", async () => {
    const tab1 = await Visitor.open(url);
    const tab2 = await Visitor.open(url);
    for (const tab of [tab1, tab2]) {
      tab.send({ type: "hello", visitorId });
      expect(await tab.take(type("welcome"))).toMatchObject({ conversationId, missed: [] });
    }
    tab1.send({ type: "message", clientId: "c2", text: "¿Me avisan cuando salga el paquete, por favor?" });
    const ack = await tab1.take(type("ack"));
    expect(await tab2.take(type("message"))).toEqual({ type: "message", id: ack.id, direction: "in", clientId: "c2", text: "¿Me avisan cuando salga el paquete, por favor?", sentAt: ack.sentAt });

    const reply = await t.call("POST", `/api/v1/conversations/${conversationId}/replies`, { text: "Your order ships tomorrow." });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ direction: "out", channel: "chat", delivery: "sent", translation: { to: "es", provenance: { engine: "apertium" } } });
    firstReplyId = reply.body.id;
    const spanishReply = reply.body.translation.text as string;
    expect(spanishReply).not.toBe("Your order ships tomorrow.");
    expect(spanishReply).toMatch(/mañana/i);
    for (const tab of [tab1, tab2]) {
      expect(await tab.take(type("message"))).toEqual({ type: "message", id: firstReplyId, direction: "out", text: spanishReply, sentAt: reply.body.sentAt });
    }
    expect((await t.services.messages.repo.findById(firstReplyId))?.metadata).toEqual({ live: true, sockets: 2 });
    await Promise.all([tab1.close(), tab2.close()]);
  });

  it("stores a reply for an offline visitor and hands it over as missed on the next hello", async () => {
    const reply = await t.call("POST", `/api/v1/conversations/${conversationId}/replies`, { text: "We will send you the tracking number." });
    expect(reply.body).toMatchObject({ delivery: "sent", translation: { to: "es" } });
    expect((await t.services.messages.repo.findById(reply.body.id))?.metadata).toEqual({ live: false, sockets: 0 });

    const back = await Visitor.open(url);
    back.send({ type: "hello", visitorId, lastSeenId: firstReplyId });
    const welcome = await back.take(type("welcome"));
    expect(welcome.missed).toEqual([{ type: "message", id: reply.body.id, direction: "out", text: reply.body.translation.text, sentAt: reply.body.sentAt }]);
    // Without a lastSeenId (storage cleared) every recent reply comes, oldest first.
    back.send({ type: "hello", visitorId });
    expect((await back.take(type("welcome"))).missed.map((m: { id: string }) => m.id)).toEqual([firstReplyId, reply.body.id]);
    await back.close();
  });

  it("answers bad frames with an error frame and keeps serving the socket", async () => {
    // Credentials are never read here: an admin's token does not make the socket anything but an anonymous visitor.
    const v = await Visitor.open(url, { authorization: `Bearer ${t.adminToken}`, cookie: `mundo_session=${t.adminToken}` });
    const error = () => v.take(type("error"));
    v.send({ type: "message", clientId: "early", text: "hola" });
    expect(await error()).toMatchObject({ code: "HELLO_REQUIRED", clientId: "early", message: expect.any(String) });
    v.send("{not json");
    expect(await error()).toMatchObject({ code: "INVALID_JSON" });
    v.send({ type: "reply", conversationId, text: "I am an agent" });
    expect(await error()).toMatchObject({ code: "UNKNOWN_TYPE" });
    v.send([1, 2]);
    expect(await error()).toMatchObject({ code: "VALIDATION_FAILED" });
    v.send({ type: "hello", visitorId: "short" });
    expect(await error()).toMatchObject({ code: "VALIDATION_FAILED", message: expect.stringContaining("visitorId") });
    v.send({ type: "hello", visitorId: newVisitorId(), admin: true });
    expect(await error()).toMatchObject({ code: "VALIDATION_FAILED", message: expect.stringContaining("admin") });
    v.send(Buffer.from([0xde, 0xad]));
    expect(await error()).toMatchObject({ code: "VALIDATION_FAILED" });

    const id = newVisitorId();
    v.send({ type: "hello", visitorId: id });
    await v.take(type("welcome"));
    v.send({ type: "message", clientId: "big", text: "a".repeat(4097) });
    expect(await error()).toMatchObject({ code: "PAYLOAD_TOO_LARGE", clientId: "big" });
    v.send({ type: "message", clientId: "ñ", text: "hola" });
    const badId = await error();
    expect(badId).toMatchObject({ code: "VALIDATION_FAILED", message: expect.stringContaining("clientId") });
    expect(badId.clientId).toBeUndefined();
    v.send({ type: "message", clientId: "wide", text: "ñ".repeat(2049) }); // 2049 characters, 4098 bytes in UTF-8
    expect(await error()).toMatchObject({ code: "PAYLOAD_TOO_LARGE", clientId: "wide" });
    v.send(JSON.stringify({ type: "message", clientId: "huge", text: "x".repeat(20_000) }));
    expect(await error()).toMatchObject({ code: "PAYLOAD_TOO_LARGE", clientId: "huge" });
    v.send({ type: "message", clientId: "blank", text: " \n\u0000 " });
    expect(await error()).toMatchObject({ code: "VALIDATION_FAILED", clientId: "blank" });
    v.send({ type: "hello", visitorId: newVisitorId() });
    expect(await error()).toMatchObject({ code: "VALIDATION_FAILED", message: expect.stringContaining("one visitor") });

    // Still alive: a message with control characters is stored without them (PostgreSQL rejects NUL).
    v.send({ type: "message", clientId: "ok", text: "Hola\u0000 otra vez\u0007" });
    const ack = await v.take(type("ack"));
    expect((await t.call("GET", `/api/v1/messages/${ack.id}`)).body.original.text).toBe("Hola otra vez");
    expect(v.pending()).toEqual([]);
    // None of it reached the conversation as an agent reply.
    const msgs = await t.call("GET", `/api/v1/conversations/${conversationId}/messages`);
    expect(msgs.body.items.map((m: { original: { text: string } }) => m.original.text)).not.toContain("I am an agent");
    await v.close();
  });

  it("rate-limits a flood of messages from one visitor, naming each refused clientId", async () => {
    const v = await Visitor.open(url);
    v.send({ type: "hello", visitorId: newVisitorId() });
    await v.take(type("welcome"));
    for (let i = 0; i < 16; i++) v.send({ type: "message", clientId: `f${i}`, text: `Mensaje número ${i}` });
    const answers = [];
    for (let i = 0; i < 16; i++) answers.push(await v.take((f) => f.type === "ack" || f.type === "error"));
    const limited = answers.filter((f) => f.type === "error");
    expect(limited.length).toBeGreaterThanOrEqual(3);
    expect(limited.every((f) => f.code === "RATE_LIMITED" && /^f\d+$/.test(f.clientId))).toBe(true);
    expect(answers.filter((f) => f.type === "ack").length).toBeGreaterThanOrEqual(10);
    await v.close();
  });
});

describe("widget script and demo page", () => {
  it("serves the script as cacheable JavaScript that any site may embed", async () => {
    const res = await t.app.inject({ method: "GET", url: "/widget/mundo-chat.js" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(res.headers["cache-control"]).toMatch(/public, max-age=\d+/);
    expect(res.headers["cross-origin-resource-policy"]).toBe("cross-origin");
    expect(res.body).toContain("attachShadow");
    expect(res.body).not.toMatch(/innerHTML|insertAdjacentHTML|document\.write/);
    const again = await t.app.inject({ method: "GET", url: "/widget/mundo-chat.js", headers: { "if-none-match": String(res.headers.etag) } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
  });

  it("serves the demo page under a strict CSP, never echoing a hostile Host header", async () => {
    const res = await t.app.inject({ method: "GET", url: "/chat-demo", headers: { host: "127.0.0.1:3000" } });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(res.headers["content-security-policy"]).toBe(DEMO_CSP);
    expect(DEMO_CSP).toContain("default-src 'none'");
    expect(DEMO_CSP).not.toContain("unsafe-inline");
    expect(res.body).toContain('<script src="/widget/mundo-chat.js" data-mundo-url="http://127.0.0.1:3000" async></script>');
    const hostile = await t.app.inject({ method: "GET", url: "/chat-demo", headers: { host: 'x"><script>alert(1)</script>' } });
    expect(hostile.body).not.toContain("alert(1)");
    expect(hostile.body).toContain('<script src="/widget/mundo-chat.js" async></script>');
  });
});
