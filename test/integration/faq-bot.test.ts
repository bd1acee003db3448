import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { CHAT_SOCKET_PATH } from "../../src/modules/chat/index.js";
import { createTestApp, type TestApp, translationConfig } from "../support/test-app.js";
import { waitFor } from "../support/wait-for.js";

// The FAQ bot on the real chat widget socket, with Apertium: a Spanish question answered from the Spanish
// version of a knowledge-base article, a request for a person handed off (reply + ticket), an off-topic
// question left alone.

/** A widget visitor on a real socket; frames are kept until taken. */
class Visitor {
  private readonly frames: any[] = [];
  private wake: () => void = () => {};
  private seq = 0;
  readonly id = randomBytes(16).toString("hex");
  private constructor(readonly socket: WebSocket) {
    socket.on("message", (data) => {
      this.frames.push(JSON.parse(String(data)));
      this.wake();
    });
  }

  static async open(url: string): Promise<Visitor> {
    const socket = new WebSocket(url);
    await new Promise((resolve, reject) => {
      socket.once("open", resolve);
      socket.once("error", reject);
    });
    const v = new Visitor(socket);
    v.socket.send(JSON.stringify({ type: "hello", visitorId: v.id, name: "Lucía Fernández" }));
    await v.take((f) => f.type === "welcome");
    return v;
  }

  /** Sends a message and returns its stored id. */
  async say(text: string): Promise<{ id: string; conversationId: string }> {
    const clientId = `c${++this.seq}`;
    this.socket.send(JSON.stringify({ type: "message", clientId, text }));
    const ack = await this.take((f) => f.type === "ack" && f.clientId === clientId);
    return { id: ack.id, conversationId: ack.conversationId };
  }

  async take(match: (f: any) => boolean, timeoutMs = 30_000): Promise<any> {
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

  replies(): any[] {
    return this.frames.filter((f) => f.type === "message" && f.direction === "out");
  }

  close(): Promise<void> {
    return new Promise((r) => {
      this.socket.once("close", () => r());
      this.socket.close();
    });
  }
}

const REFUND_EN = {
  language: "en",
  title: "Refund policy",
  body: "You can request a refund for your order within 30 days of delivery. Open the order in your account and choose Request a refund. The money goes back to your card within 5 business days.",
};
const REFUND_ES = {
  language: "es",
  title: "Política de reembolsos",
  body: "Puede pedir un reembolso de su pedido en los 30 días siguientes a la entrega. Abra el pedido en su cuenta y elija Solicitar un reembolso. El dinero vuelve a su tarjeta en 5 días hábiles.",
};
const SHIPPING_EN = {
  language: "en",
  title: "Shipping times",
  body: "Orders ship within two working days. Delivery to Mexico takes five to eight working days; we send you the tracking number by email.",
};

let t: TestApp;
let url: string;
const versions: Record<string, string> = {};

async function article(title: string, list: Array<{ language: string; title: string; body: string }>) {
  const family = await t.call("POST", "/api/v1/kb/families", { title });
  expect(family.status).toBe(201);
  for (const v of list) {
    const added = await t.call("POST", `/api/v1/kb/families/${family.body.id}/versions`, { ...v, status: "published" });
    expect(added.status).toBe(201);
    versions[`${title}:${v.language}`] = added.body.id;
  }
  return family.body.id as string;
}

/** The bot's decision for a message, once made. */
const decisionOf = (messageId: string) =>
  waitFor(async () => {
    const res = await t.call("GET", `/api/v1/faq-bot/decisions?limit=100`);
    const d = res.body.items.find((x: any) => x.messageId === messageId);
    return d && d.state !== "pending" ? d : undefined;
  }, 30_000, `bot decision for ${messageId}`);

const outbound = async (conversationId: string) =>
  (await t.call("GET", `/api/v1/conversations/${conversationId}/messages?limit=100`)).body.items.filter((m: any) => m.direction === "out");

beforeAll(async () => {
  t = await createTestApp({ translation: translationConfig({ MUNDO_TRANSLATION_ENGINES: "apertium" }) });
  await t.app.listen({ port: 0, host: "127.0.0.1" });
  const address = t.app.server.address();
  url = `ws://127.0.0.1:${typeof address === "object" && address ? address.port : 0}${CHAT_SOCKET_PATH}`;
  await article("Refund policy", [REFUND_EN, REFUND_ES]);
  await article("Shipping times", [SHIPPING_EN]);
});
afterAll(() => t.close());

describe("FAQ bot settings", () => {
  it("answers chat by default, email only when enabled; managers change it, with validation", async () => {
    expect((await t.call("GET", "/api/v1/faq-bot/settings")).body).toMatchObject({ enabled: { chat: true, email: false }, minConfidence: 0.6 });
    const agent = await t.tokenFor("agent");
    expect((await t.call("PUT", "/api/v1/faq-bot/settings", { minConfidence: 0.5 }, agent)).status).toBe(403);
    const bad = await t.call("PUT", "/api/v1/faq-bot/settings", { minConfidence: 1.5 });
    expect(bad).toMatchObject({ status: 400, body: { error: { field: "minConfidence" } } });
    // The public address is the workspace's, not the bot's.
    expect((await t.call("PUT", "/api/v1/faq-bot/settings", { publicUrl: "https://x.example" })).body.error.field).toBe("publicUrl");
  });
});

describe("FAQ bot on the chat widget (Spanish customer, Apertium)", () => {
  let visitor: Visitor;
  let conversationId: string;
  beforeAll(async () => {
    visitor = await Visitor.open(url);
  });
  afterAll(() => visitor.close());

  it("answers a Spanish question about refunds with the Spanish version of the article", async () => {
    const asked = await visitor.say("¿Cómo puedo pedir un reembolso de mi pedido?");
    conversationId = asked.conversationId;
    const reply = await visitor.take((f) => f.type === "message" && f.direction === "out");
    expect(reply.text).toContain("Política de reembolsos");
    expect(reply.text).toContain("Puede pedir un reembolso de su pedido en los 30 días siguientes a la entrega.");
    expect(reply.text).toContain("Esto es lo que dice nuestro centro de ayuda:");
    // A link customers can open (the server's own address: no public URL is configured) and the way to a person.
    expect(reply.text).toMatch(/http:\/\/127\.0\.0\.1:\d+\/help\/es\/refund-policy/);
    expect(reply.text).toContain("Responda «persona»");
    expect(reply.text).not.toContain("Traducción automática");

    const d = await decisionOf(asked.id);
    expect(d).toMatchObject({
      decision: "answered",
      language: "es",
      kbVersionId: versions["Refund policy:es"],
      machineTranslated: false,
      replyLanguage: "es",
      replyMessageId: reply.id,
      ticketId: null,
    });
    expect(d.confidence).toBeGreaterThanOrEqual(0.6);

    // Stored as the bot's, not an agent's: no author, named "FAQ bot", delivered live.
    const [out] = await outbound(conversationId);
    expect(out).toMatchObject({ id: reply.id, authorId: null, sender: { name: "FAQ bot" }, language: "es", translation: null, delivery: "sent" });
    const row = await t.services.messages.repo.findById(reply.id);
    expect(row?.metadata).toMatchObject({ bot: true, kbVersionId: versions["Refund policy:es"], confidence: d.confidence, live: true });
  });

  it("decides once per message: running the job again sends nothing new", async () => {
    const first = (await t.call("GET", "/api/v1/faq-bot/decisions?decision=answered")).body.items[0];
    const ids = [await t.jobs.send("faq-bot.decide", { messageId: first.messageId }), await t.jobs.send("faq-bot.decide", { messageId: first.messageId })];
    await waitFor(
      async () => {
        const jobs = await t.db.database.db.selectFrom("jobs").select("state").where("id", "in", ids as string[]).execute();
        return jobs.every((j) => j.state === "completed");
      },
      30_000,
      "repeated decision jobs",
    );
    expect(await outbound(conversationId)).toHaveLength(1);
    const all = await t.call("GET", `/api/v1/faq-bot/decisions?conversationId=${conversationId}`);
    expect(all.body.total).toBe(1);
  });

  it("leaves an off-topic question to an agent and says why", async () => {
    const asked = await visitor.say("¿Venden bicicletas de montaña?");
    const d = await decisionOf(asked.id);
    expect(d).toMatchObject({ decision: "no_answer", replyMessageId: null });
    expect(d.reason).toMatch(/^no confident answer, left for an agent/);
    expect(await outbound(conversationId)).toHaveLength(1);
    expect(visitor.replies()).toEqual([]);
  });

  it("hands off in Spanish when asked for a person, opens a ticket, and stays quiet afterwards", async () => {
    const asked = await visitor.say("Quiero hablar con una persona, por favor");
    const reply = await visitor.take((f) => f.type === "message" && f.direction === "out");
    expect(reply.text).toBe("Por supuesto. En breve una persona de nuestro equipo continuará esta conversación; mientras tanto, puede seguir escribiendo aquí.");
    const d = await decisionOf(asked.id);
    expect(d).toMatchObject({ decision: "handoff", replyLanguage: "es", replyMessageId: reply.id, ticketId: expect.any(String) });
    expect(d.reason).toContain("customer asked for a person");

    const tickets = await t.call("GET", `/api/v1/tickets?conversationId=${conversationId}`);
    expect(tickets.body.total).toBe(1);
    expect(tickets.body.items[0]).toMatchObject({ id: d.ticketId, conversationId, language: "es" });

    // The conversation belongs to a person now: even a question the bot could answer is left alone.
    const later = await visitor.say("¿Cómo puedo pedir un reembolso?");
    const quiet = await decisionOf(later.id);
    expect(quiet).toMatchObject({ decision: "skipped", reason: "the conversation was handed to a person earlier", replyMessageId: null });
    expect(await outbound(conversationId)).toHaveLength(2);
  });

  it("lists decisions newest first, paginated and filtered", async () => {
    const page = await t.call("GET", `/api/v1/faq-bot/decisions?conversationId=${conversationId}&limit=2`);
    expect(page.body.total).toBe(4);
    expect(page.body.items.map((d: any) => d.decision)).toEqual(["skipped", "handoff"]);
    expect(page.body.items[0].customer).toMatchObject({ name: "Lucía Fernández" });
    const next = await t.call("GET", `/api/v1/faq-bot/decisions?conversationId=${conversationId}&limit=2&offset=2`);
    expect(next.body.items.map((d: any) => d.decision)).toEqual(["no_answer", "answered"]);
    const handoffs = await t.call("GET", "/api/v1/faq-bot/decisions?decision=handoff");
    expect(handoffs.body.items.every((d: any) => d.decision === "handoff")).toBe(true);
    expect((await t.call("GET", "/api/v1/faq-bot/decisions?decision=maybe")).status).toBe(400);
  });
});

describe("FAQ bot: machine-translated answers and quiet channels", () => {
  it("answers from an English-only article through Apertium, marked as a machine translation", async () => {
    const visitor = await Visitor.open(url);
    const asked = await visitor.say("¿Cuánto tarda el envío de un pedido a México?");
    const d = await decisionOf(asked.id);
    expect(d).toMatchObject({ decision: "answered", machineTranslated: true, replyLanguage: "es", kbVersionId: versions["Shipping times:en"] });
    const reply = await visitor.take((f) => f.type === "message" && f.direction === "out" && f.id === d.replyMessageId);
    expect(reply.text).toContain("(Traducción automática)");
    expect(reply.text).toMatch(/México/);
    // The link is the English help-centre page: the translation is not stored in the knowledge base.
    expect(reply.text).toMatch(/\/help\/en\/shipping-times/);
    const family = await t.call("GET", `/api/v1/kb/families?q=shipping`);
    expect(family.body.items[0].versions.map((v: any) => v.language)).toEqual(["en"]);
    await visitor.close();
  });

  it("does not answer email unless enabled", async () => {
    const m = await t.call("POST", "/api/v1/messages", {
      channel: "email",
      externalId: "faq-bot-email-1",
      customer: { email: "ana@example.es", name: "Ana" },
      subject: "Reembolso",
      text: "¿Cómo puedo pedir un reembolso de mi pedido?",
    });
    expect(m.status).toBe(201);
    await waitFor(async () => (await t.call("GET", `/api/v1/messages/${m.body.id}`)).body.state === "processed", 30_000, "email processed");
    const decisions = await t.call("GET", `/api/v1/faq-bot/decisions?conversationId=${m.body.conversationId}`);
    expect(decisions.body.total).toBe(0);
  });
});

describe("FAQ bot on email (auto-reply)", () => {
  it("answers a new email when enabled, but not an automated sender or imported history", async () => {
    await t.call("PUT", "/api/v1/faq-bot/settings", { enabled: { email: true } });
    const ask = async (externalId: string, email: string, sentAt?: string) => {
      const m = await t.call("POST", "/api/v1/messages", { channel: "email", externalId, customer: { email }, subject: "Reembolso", text: "¿Cómo puedo pedir un reembolso de mi pedido?", ...(sentAt ? { sentAt } : {}) });
      expect(m.status).toBe(201);
      await waitFor(async () => (await t.call("GET", `/api/v1/messages/${m.body.id}`)).body.state === "processed", 30_000, "email processed");
      return m.body as { id: string; conversationId: string };
    };
    const fresh = await ask("faq-bot-email-2", "luis@example.es");
    expect(await decisionOf(fresh.id)).toMatchObject({ decision: "answered", channel: "email", kbVersionId: versions["Refund policy:es"] });
    // Without a relay the reply is stored for the agent to see, not sent.
    const [reply] = await outbound(fresh.conversationId);
    expect(reply).toMatchObject({ authorId: null, sender: { name: "FAQ bot" }, delivery: null });
    expect(reply.original.text).toContain("Política de reembolsos");

    const robot = await ask("faq-bot-email-3", "no-reply@shop.example");
    expect(await decisionOf(robot.id)).toMatchObject({ decision: "skipped", reason: "automated sender no-reply@shop.example" });

    const old = await ask("faq-bot-email-4", "old@example.es", new Date(Date.now() - 3 * 86_400_000).toISOString());
    expect((await t.call("GET", `/api/v1/faq-bot/decisions?conversationId=${old.conversationId}`)).body.total).toBe(0);
    await t.call("PUT", "/api/v1/faq-bot/settings", { enabled: { email: false } });
  });
});
