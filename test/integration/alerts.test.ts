import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmailSender } from "../../src/modules/email/index.js";
import { verifySignature } from "../../src/modules/alerts/index.js";
import { startCaptureSmtp } from "../support/mail-servers.js";
import { createTestApp, type TestApp } from "../support/test-app.js";
import { waitFor } from "../support/wait-for.js";

// Sentiment alerts end to end: the Russian lexicon reads the message, a real HTTP receiver checks the
// signature (and fails the first attempt to prove the retry), a real SMTP server receives the email.
const RUSSIAN_NEGATIVE = "Это ужасно! Заказ пришёл сломанным, я очень зол и требую вернуть деньги.";

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  answered: number;
}

function startReceiver() {
  const received: Received[] = [];
  const state = { failFirst: true };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const answered = state.failFirst ? 500 : 200;
      state.failFirst = false;
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8"), answered });
      res.writeHead(answered, { "content-type": "text/plain" }).end(answered === 200 ? "ok" : "try again");
    });
  });
  return new Promise<{ url: string; received: Received[]; state: typeof state; close: () => Promise<void> }>((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/mundo`,
        received,
        state,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startCaptureSmtp>>;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
const live: Array<{ alert: { id: string } }> = [];

beforeAll(async () => {
  smtp = await startCaptureSmtp();
  receiver = await startReceiver();
  t = await createTestApp({
    mailer: createEmailSender({ transport: { host: "127.0.0.1", port: smtp.port, secure: false, ignoreTLS: true }, from: "Mundo <mundo@test.example>" }),
  });
  t.services.events.on("alert.created", (e) => live.push(e));
});
afterAll(async () => {
  await t.close();
  await receiver.close();
  await smtp.close();
});

const processed = (id: string) =>
  waitFor(async () => {
    const res = await t.call("GET", `/api/v1/messages/${id}`);
    return res.body.state === "processed" ? res.body : undefined;
  }, 30_000, `message ${id} processed`);

async function ingest(externalId: string, customer: { email: string; name?: string }, text: string) {
  const res = await t.call("POST", "/api/v1/messages", { channel: "api", externalId, customer, text });
  expect(res.status).toBe(201);
  return processed(res.body.id);
}

describe("sentiment alerts", () => {
  let webhookId: string;
  let secret: string;
  let alertId: string;
  let message: { id: string; conversationId: string; customerId: string };

  it("seeds one enabled default rule for every clearly negative message, which can be disabled but not deleted", async () => {
    await t.services.alerts.rules.seedDefault();
    const rules = await t.call("GET", "/api/v1/alert-rules");
    expect(rules.body.items).toEqual([
      expect.objectContaining({ key: "default-negative", kind: "negative-message", enabled: true, threshold: -0.5, language: null }),
    ]);
    const del = await t.call("DELETE", `/api/v1/alert-rules/${rules.body.items[0].id}`);
    expect(del.status).toBe(409);
  });

  it("configures a webhook (http/https only; the secret is shown once) and email recipients", async () => {
    const ftp = await t.call("POST", "/api/v1/alert-webhooks", { url: "ftp://example.com/hook" });
    expect(ftp.status).toBe(400);
    expect(ftp.body.error.field).toBe("url");
    const short = await t.call("POST", "/api/v1/alert-webhooks", { url: receiver.url, secret: "short" });
    expect(short.body.error.field).toBe("secret");
    const agent = await t.tokenFor("agent");
    expect((await t.call("POST", "/api/v1/alert-webhooks", { url: receiver.url }, agent)).status).toBe(403);

    const created = await t.call("POST", "/api/v1/alert-webhooks", { url: receiver.url, description: "Ops channel" });
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^whsec_.{20,}$/);
    ({ id: webhookId, secret } = created.body);
    const listed = await t.call("GET", "/api/v1/alert-webhooks");
    expect(listed.body.items).toEqual([expect.objectContaining({ id: webhookId, url: receiver.url, secretHint: `…${secret.slice(-4)}` })]);
    expect(JSON.stringify(listed.body)).not.toContain(secret);

    const bad = await t.call("PATCH", "/api/v1/alert-settings", { emailRecipients: ["not-an-email"] });
    expect(bad.body.error.field).toBe("emailRecipients.0");
    expect((await t.call("PATCH", "/api/v1/settings", { publicUrl: "https://crm.test.example/" })).status).toBe(200);
    const settings = await t.call("PATCH", "/api/v1/alert-settings", { emailRecipients: ["Support-Leads@test.example"] });
    expect(settings.body).toMatchObject({ emailRecipients: ["support-leads@test.example"], publicUrl: "https://crm.test.example", mailerConfigured: true });
  });

  it("raises an alert for a negative Russian message, live, with the reason and the message", async () => {
    message = await ingest("ru-1", { email: "ivan.petrov@example.ru", name: "Иван Петров" }, RUSSIAN_NEGATIVE);
    expect(message).toMatchObject({ language: "ru", sentiment: { label: "negative" } });
    const res = await t.call("GET", "/api/v1/alerts?language=ru");
    expect(res.body.total).toBe(1);
    const alert = res.body.items[0];
    alertId = alert.id;
    expect(alert).toMatchObject({
      kind: "negative-message",
      language: "ru",
      customer: { id: message.customerId, name: "Иван Петров" },
      messageId: message.id,
      conversationId: message.conversationId,
      acknowledgedAt: null,
      message: { original: RUSSIAN_NEGATIVE, translation: null, sentiment: { label: "negative" } },
    });
    expect(alert.message.sentiment.score).toBeLessThanOrEqual(-0.5);
    expect(alert.reason).toContain("Russian (ru)");
    expect(live.map((e) => e.alert.id)).toEqual([alertId]);
  });

  it("delivers the alert to the webhook with a valid signature, retrying after the receiver's 500", async () => {
    const delivered = await waitFor(async () => {
      const res = await t.call("GET", `/api/v1/alert-deliveries?alertId=${alertId}&channel=webhook`);
      return res.body.items[0]?.status === "delivered" ? res.body.items[0] : undefined;
    }, 30_000, "webhook delivered");
    expect(delivered).toMatchObject({ webhookId, attempts: 2, responseCode: 200, lastError: null });
    expect(receiver.received.map((r) => r.answered)).toEqual([500, 200]);
    for (const r of receiver.received) {
      expect(verifySignature(secret, r.body, r.headers["x-mundo-signature"] as string)).toBe(true);
      expect(verifySignature("another-secret-123", r.body, r.headers["x-mundo-signature"] as string)).toBe(false);
      expect(r.headers["x-mundo-delivery"]).toBe(delivered.id);
      expect(Number(r.headers["x-mundo-timestamp"])).toBeGreaterThan(1_600_000_000);
    }
    const payload = JSON.parse(receiver.received[1]!.body);
    expect(payload).toMatchObject({
      type: "alert.created",
      deliveryId: delivered.id,
      alert: { id: alertId, kind: "negative-message", language: "ru" },
      customer: { id: message.customerId, name: "Иван Петров" },
      message: { id: message.id, language: "ru", original: RUSSIAN_NEGATIVE, translation: null },
      conversationUrl: `https://crm.test.example/inbox/${message.conversationId}`,
    });
    expect(Math.floor(new Date(payload.sentAt).getTime() / 1000)).toBe(Number(receiver.received[1]!.headers["x-mundo-timestamp"]));
    const hooks = await t.call("GET", "/api/v1/alert-webhooks");
    expect(hooks.body.items[0].lastDelivery).toMatchObject({ status: "delivered", responseCode: 200 });
  });

  it("emails the alert to the configured recipients", async () => {
    const mail = await waitFor(async () => smtp.received.find((m) => m.parsed.subject?.includes("Иван Петров")), 20_000, "alert email");
    expect(mail.envelopeTo).toEqual(["support-leads@test.example"]);
    expect(mail.parsed.subject).toBe("Mundo alert: negative message from Иван Петров (ru)");
    expect(mail.parsed.text).toContain(RUSSIAN_NEGATIVE);
    expect(mail.parsed.text).toContain(`https://crm.test.example/inbox/${message.conversationId}`);
    const log = await t.call("GET", `/api/v1/alert-deliveries?alertId=${alertId}&channel=email`);
    expect(log.body.items[0]).toMatchObject({ status: "delivered", attempts: 1, target: "support-leads@test.example" });
  });

  it("raises nothing for a positive message, and one alert per rule and message when the job runs again", async () => {
    await ingest("ru-2", { email: "olga@example.ru" }, "Спасибо большое, всё пришло вовремя, отличный магазин!");
    expect((await t.call("GET", "/api/v1/alerts")).body.total).toBe(1);
    // Run the hooks again for the Russian message, as a retried job would.
    const row = await t.call("GET", `/api/v1/messages/${message.id}`);
    await t.services.alerts.service.onMessage({
      id: message.id,
      conversationId: message.conversationId,
      customerId: message.customerId,
      channel: "api",
      originalText: RUSSIAN_NEGATIVE,
      body: RUSSIAN_NEGATIVE,
      language: "ru",
      translation: null,
      sentiment: row.body.sentiment,
      sentAt: new Date(row.body.sentAt ?? row.body.createdAt),
    });
    expect((await t.call("GET", "/api/v1/alerts")).body.total).toBe(1);
    expect((await t.call("GET", `/api/v1/alert-deliveries?alertId=${alertId}`)).body.total).toBe(2);
  });

  it("acknowledges an alert once and filters by state, kind and language", async () => {
    const agent = await t.tokenFor("agent");
    const ack = await t.call("POST", `/api/v1/alerts/${alertId}/ack`, undefined, agent);
    expect(ack.status).toBe(200);
    expect(ack.body.acknowledgedAt).not.toBeNull();
    expect(ack.body.acknowledgedBy.name).toBe("agent");
    const again = await t.call("POST", `/api/v1/alerts/${alertId}/ack`);
    expect(again.body.acknowledgedAt).toBe(ack.body.acknowledgedAt);
    expect(again.body.acknowledgedBy.name).toBe("agent");
    expect((await t.call("GET", "/api/v1/alerts?acknowledged=false")).body.total).toBe(0);
    expect((await t.call("GET", "/api/v1/alerts?acknowledged=true")).body.items.map((a: { id: string }) => a.id)).toEqual([alertId]);
    expect((await t.call("GET", "/api/v1/alerts?kind=negative-streak")).body.total).toBe(0);
    expect((await t.call("GET", "/api/v1/alerts?language=es")).body.total).toBe(0);
    expect((await t.call("GET", "/api/v1/alerts?kind=nope")).status).toBe(400);
    expect((await t.call("POST", "/api/v1/alerts/00000000-0000-4000-8000-000000000000/ack")).status).toBe(404);
  });

  it("applies per-language and repeated-negatives rules; the default one can be switched off", async () => {
    const rules = (await t.call("GET", "/api/v1/alert-rules")).body.items;
    await t.call("PATCH", `/api/v1/alert-rules/${rules[0].id}`, { enabled: false });
    const ru = await t.call("POST", "/api/v1/alert-rules", { kind: "negative-message", language: "ru" });
    expect(ru.body).toMatchObject({ name: "Negative message in Russian (ru)", threshold: -0.5, enabled: true });
    const streak = await t.call("POST", "/api/v1/alert-rules", { kind: "negative-streak", tag: "high value", minCount: 2, windowDays: 7 });
    expect(streak.status).toBe(201);
    expect(streak.body.name).toBe('2 negative messages within 7 days from a customer tagged "high value"');
    const bad = await t.call("PATCH", `/api/v1/alert-rules/${ru.body.id}`, { minCount: 3 });
    expect(bad.status).toBe(400);

    // A German negative message: no rule for it while the default is off.
    await ingest("de-1", { email: "jonas@example.de" }, "Das ist eine Katastrophe, der Service ist schrecklich und ich bin sehr wütend!");
    expect((await t.call("GET", "/api/v1/alerts?language=de")).body.total).toBe(0);

    const vip = { email: "svetlana@example.ru", name: "Светлана" };
    const first = await ingest("vip-1", vip, "Ужасное качество, я очень разочарована.");
    await t.services.tags.customerTags.add(first.customerId, "manual", [{ name: "high value", reason: "set by hand" }]);
    await ingest("vip-2", vip, RUSSIAN_NEGATIVE);
    const streaks = await t.call("GET", "/api/v1/alerts?kind=negative-streak");
    expect(streaks.body.items).toEqual([expect.objectContaining({ ruleId: streak.body.id, customer: { id: first.customerId, name: "Светлана" } })]);
    expect(streaks.body.items[0].reason).toMatch(/^2 clearly negative messages within 7 days from a customer tagged "high value"/);
    // Both Russian messages set off the Russian rule; the streak alerts once while it is open.
    await ingest("vip-3", vip, "Это ужасно, опять сломано!");
    expect((await t.call("GET", `/api/v1/alerts?kind=negative-streak`)).body.total).toBe(1);
    expect((await t.call("GET", `/api/v1/alerts?customerId=${first.customerId}&kind=negative-message`)).body.total).toBe(3);
  });
});

describe("alert email without a relay", () => {
  let bare: TestApp;
  beforeAll(async () => {
    bare = await createTestApp();
  });
  afterAll(() => bare.close());

  it("records the email as skipped and still raises the alert", async () => {
    await bare.call("PATCH", "/api/v1/alert-settings", { emailRecipients: ["leads@test.example"] });
    expect((await bare.call("GET", "/api/v1/alert-settings")).body.mailerConfigured).toBe(false);
    const res = await bare.call("POST", "/api/v1/messages", { channel: "api", externalId: "ru-x", customer: { email: "boris@example.ru" }, text: RUSSIAN_NEGATIVE });
    const alert = await waitFor(async () => (await bare.call("GET", "/api/v1/alerts")).body.items[0], 30_000, "alert");
    expect(alert.messageId).toBe(res.body.id);
    const log = await bare.call("GET", `/api/v1/alert-deliveries?alertId=${alert.id}`);
    expect(log.body.items).toEqual([expect.objectContaining({ channel: "email", status: "skipped", lastError: "email skipped: no relay configured" })]);
  });
});
