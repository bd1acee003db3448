import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, translationConfig } from "../support/test-app.js";
import { waitFor } from "../support/wait-for.js";

// The 360° profile of one customer who wrote on three channels in two languages, through the real pipeline
// (detection, Apertium translation, sentiment).
let t: TestApp;
let customerId: string;
const DAY = 86_400_000;
const inbound: Array<{ id: string; body: any }> = [];

const processed = (id: string) =>
  waitFor(async () => {
    const res = await t.call("GET", `/api/v1/messages/${id}`);
    return res.body.state === "processed" ? res.body : undefined;
  }, 30_000, `message ${id} processed`);

beforeAll(async () => {
  t = await createTestApp({ translation: translationConfig({ MUNDO_TRANSLATION_ENGINES: "apertium" }) });
  const created = await t.call("POST", "/api/v1/customers", {
    name: "Lucía Fernández",
    emails: ["lucia@cliente.example"],
    phones: ["+34 612 34 56 78"],
    country: "ES",
    tags: ["vip"],
  });
  customerId = created.body.id;
  const messages = [
    { channel: "email", externalId: "p-1", customer: { email: "lucia@cliente.example" }, subject: "Pedido", text: "Mi pedido llegó roto y estoy muy enfadada. Es un servicio horrible.", sentAt: new Date(Date.now() - 21 * DAY).toISOString() },
    { channel: "whatsapp", externalId: "p-2", customer: { phone: "+34612345678" }, text: "Muchas gracias, el nuevo paquete es perfecto. ¡Excelente servicio!", sentAt: new Date(Date.now() - 7 * DAY).toISOString() },
    { channel: "email", externalId: "p-3", customer: { email: "lucia@cliente.example" }, subject: "Factura", text: "¿Pueden enviarme la factura de mi último pedido, por favor?", sentAt: new Date(Date.now() - 2 * DAY).toISOString() },
    { channel: "api", externalId: "p-4", customer: { email: "lucia@cliente.example" }, text: "Bonjour, je voudrais savoir si vous livrez aussi en France.", sentAt: new Date(Date.now() - DAY).toISOString() },
  ];
  for (const m of messages) {
    const res = await t.call("POST", "/api/v1/messages", m);
    expect(res.status).toBe(201);
    expect(res.body.customerId).toBe(customerId);
  }
  for (const m of (await t.call("GET", "/api/v1/messages?direction=in&limit=10")).body.items) inbound.push({ id: m.id, body: await processed(m.id) });
  // An agent's reply belongs to the timeline too.
  const conv = inbound.find((m) => m.body.externalId === "p-3")!.body.conversationId;
  expect((await t.call("POST", `/api/v1/conversations/${conv}/replies`, { text: "We will send the invoice today." })).status).toBe(201);

  await t.services.tags.customerTags.add(customerId, "manual", [{ name: "lang:es", reason: "Writes in Spanish" }]);
  for (const [i, amount] of [120.5, 79.5].entries()) {
    const res = await t.call("POST", `/api/v1/customers/${customerId}/orders`, { orderedAt: new Date(Date.now() - (10 + i) * DAY).toISOString().slice(0, 10), amount, currency: "EUR", externalId: `profile-${i}` });
    expect(res.status).toBe(201);
  }
  await t.call("POST", "/api/v1/segments", { name: "Spanish speakers", filter: { field: "language", op: "eq", value: "es" } });
  await t.call("POST", "/api/v1/segments", { name: "Japan", filter: { field: "country", op: "eq", value: "JP" } });
});
afterAll(() => t.close());

describe("GET /api/v1/customers/:id/profile", () => {
  it("gathers identity, languages with counts, location with local time, orders, tags with reasons and segments", async () => {
    const before = Math.floor(Date.now() / 1000) * 1000;
    const res = await t.call("GET", `/api/v1/customers/${customerId}/profile`);
    const after = Date.now();
    expect(res.status).toBe(200);
    const p = res.body;
    expect(p.identity).toMatchObject({ id: customerId, name: "Lucía Fernández", country: "ES" });
    expect(p.languages).toEqual({ preferred: ["es"], detected: [{ language: "es", count: 3 }, { language: "fr", count: 1 }] });
    expect(p.location).toMatchObject({ country: "ES", region: "Europe", regionId: "europe", timeZone: "Europe/Madrid" });

    // The local time is "now" as a Madrid wall clock, with Madrid's offset at this instant (summer or winter).
    const instant = Date.parse(p.location.localTime);
    expect(instant).toBeGreaterThanOrEqual(before);
    expect(instant).toBeLessThanOrEqual(after);
    const offset = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Madrid", timeZoneName: "longOffset" }).formatToParts(instant).find((x) => x.type === "timeZoneName")!.value.replace("GMT", "");
    expect(p.location.localTime.endsWith(offset)).toBe(true);
    const wall = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Madrid", dateStyle: "short", timeStyle: "medium" }).format(instant).replace(" ", "T");
    expect(p.location.localTime.slice(0, 19)).toBe(wall);

    expect(p.orders).toMatchObject({ count: 2, total: 200, currency: "EUR" });
    expect(p.orders.recent.map((o: { externalId: string }) => o.externalId)).toEqual(["profile-0", "profile-1"]);
    expect(p.tags).toEqual(expect.arrayContaining([{ name: "lang:es", reason: "Writes in Spanish", source: "manual" }, { name: "vip", reason: expect.any(String), source: "customer" }]));
    expect(p.segments.map((s: { name: string }) => s.name)).toEqual(["Spanish speakers"]);
    expect(p.asOf).toBeNull();
  });

  it("has one timeline across channels, newest first, with originals and stored translations", async () => {
    const p = (await t.call("GET", `/api/v1/customers/${customerId}/profile?limit=3`)).body;
    expect(p.timeline.total).toBe(5);
    expect(p.timeline.items).toHaveLength(3);
    const all = (await t.call("GET", `/api/v1/customers/${customerId}/timeline?limit=10`)).body;
    const sent = all.items.map((m: { sentAt: string }) => m.sentAt);
    expect(sent).toEqual([...sent].sort().reverse());
    expect(new Set(all.items.map((m: { conversation: { channel: string } }) => m.conversation.channel))).toEqual(new Set(["email", "whatsapp", "api"]));
    const spanish = all.items.find((m: { externalId: string }) => m.externalId === "p-1");
    expect(spanish).toMatchObject({ direction: "in", language: "es", original: { text: expect.stringContaining("pedido"), subject: "Pedido" }, translation: { to: "en", provenance: { engine: "apertium" } } });
    expect(all.items.some((m: { direction: string }) => m.direction === "out")).toBe(true);
    const page2 = (await t.call("GET", `/api/v1/customers/${customerId}/timeline?limit=3&offset=3`)).body;
    expect(page2.items.map((m: { id: string }) => m.id)).toEqual(all.items.slice(3).map((m: { id: string }) => m.id));
    const whatsapp = (await t.call("GET", `/api/v1/customers/${customerId}/timeline?channel=whatsapp`)).body;
    expect(whatsapp).toMatchObject({ total: 1, items: [{ externalId: "p-2" }] });
  });

  it("trends sentiment per week, every week present", async () => {
    const p = (await t.call("GET", `/api/v1/customers/${customerId}/profile?weeks=8`)).body;
    const weeks = p.sentiment.weeks as Array<{ week: string; positive: number; neutral: number; negative: number; averageScore: number | null }>;
    expect(weeks).toHaveLength(8);
    for (const [i, w] of weeks.entries()) {
      expect(new Date(`${w.week}T00:00:00Z`).getUTCDay()).toBe(1); // Mondays
      if (i > 0) expect(Date.parse(w.week) - Date.parse(weeks[i - 1]!.week)).toBe(7 * DAY);
      if (w.positive + w.neutral + w.negative === 0) expect(w.averageScore).toBeNull();
    }
    const labels = inbound.map((m) => m.body.sentiment?.label).filter((l) => ["positive", "neutral", "negative"].includes(l));
    const sum = (k: "positive" | "neutral" | "negative") => weeks.reduce((s, w) => s + w[k], 0);
    expect(sum("negative")).toBe(labels.filter((l) => l === "negative").length);
    expect(sum("positive")).toBe(labels.filter((l) => l === "positive").length);
    expect(sum("negative")).toBeGreaterThanOrEqual(1);
    const negativeWeek = weeks.find((w) => w.negative > 0)!;
    expect(negativeWeek.averageScore).toBeLessThan(0);
  });

  it("validates ?at and unknown customers", async () => {
    const bad = await t.call("GET", `/api/v1/customers/${customerId}/profile?at=2026-02-30`);
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: "VALIDATION_FAILED", field: "at" });
    expect((await t.call("GET", `/api/v1/customers/${customerId}/profile?at=next-friday`)).body.error.field).toBe("at");
    const at = await t.call("GET", `/api/v1/customers/${customerId}/profile?at=2026-12-25`);
    expect(at.status).toBe(200);
    expect(at.body.asOf).toBe("2026-12-25");
    // Rule tags are those the engine computes for that date (calendar rules follow it), each with a reason.
    const computed = await t.services.tags.evaluateCustomer(customerId, new Date("2026-12-25T12:00:00Z"));
    const ruleTags = (at.body.tags as Array<{ name: string; reason: string; source: string }>).filter((x) => x.source.startsWith("rule:"));
    expect(ruleTags.map((x) => `${x.source}|${x.name}`).sort()).toEqual(computed.map((x) => `${x.source}|${x.name}`).sort());
    for (const tag of at.body.tags) expect(tag.reason.length).toBeGreaterThan(0);
    expect((await t.call("GET", "/api/v1/customers/00000000-0000-4000-8000-000000000000/profile")).status).toBe(404);
    expect((await t.call("GET", "/api/v1/customers/00000000-0000-4000-8000-000000000000/timeline")).status).toBe(404);
  });
});
