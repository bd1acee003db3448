import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, translationConfig } from "../support/test-app.js";
import { waitFor } from "../support/wait-for.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ translation: translationConfig({ MUNDO_TRANSLATION_ENGINES: "apertium" }) });
});
afterAll(() => t.close());

const processed = (id: string) =>
  waitFor(async () => {
    const res = await t.call("GET", `/api/v1/messages/${id}`);
    return res.body.state === "processed" ? res.body : undefined;
  }, 30_000, `message ${id} processed`);

describe("generic message API and the pipeline", () => {
  let messageId: string;

  it("stores a message once per channel + externalId", async () => {
    const body = { channel: "api", externalId: "order-desk-1", customer: { email: "Lucia.Fernandez@example.es", name: "Lucía Fernández" }, text: "Hola, mi pedido llegó roto y estoy muy enfadada. ¿Pueden ayudarme?" };
    const first = await t.call("POST", "/api/v1/messages", body);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ channel: "api", externalId: "order-desk-1", direction: "in", original: { text: body.text }, state: "received" });
    messageId = first.body.id;
    for (let i = 0; i < 2; i++) {
      const again = await t.call("POST", "/api/v1/messages", body);
      expect(again.status).toBe(200);
      expect(again.body.id).toBe(messageId);
    }
    const listed = await t.call("GET", "/api/v1/messages?externalId=order-desk-1");
    expect(listed.body.total).toBe(1);
  });

  it("detects, translates into the working language with provenance, reads sentiment and creates the customer", async () => {
    const m = await processed(messageId);
    expect(m.language).toBe("es");
    expect(m.translation).toMatchObject({ to: "en", provenance: { engine: "apertium" } });
    expect(m.translation.text).toMatch(/order|broken/i);
    expect(m.sentiment.label).toBe("negative");
    const customer = await t.call("GET", `/api/v1/customers/${m.customerId}`);
    expect(customer.body).toMatchObject({ name: "Lucía Fernández", emails: ["Lucia.Fernandez@example.es"], preferredLanguages: ["es"] });
    // The same sender again is the same customer, matched case-insensitively.
    const second = await t.call("POST", "/api/v1/messages", { channel: "api", externalId: "order-desk-2", customer: { email: "lucia.fernandez@EXAMPLE.es" }, text: "¿Hay novedades?" });
    expect(second.body.customerId).toBe(m.customerId);
  });

  it("skips translation for text already in the working language and says why", async () => {
    const res = await t.call("POST", "/api/v1/messages", { channel: "api", externalId: "en-1", customer: { phone: "+44 20 7946 0958" }, text: "Thanks, the parcel arrived in perfect condition!" });
    const m = await processed(res.body.id);
    expect(m).toMatchObject({ language: "en", translation: null, sentiment: { label: "positive" } });
    expect(m.translationNote).toContain("working language");
  });

  it("lists conversations with filters and their messages oldest first", async () => {
    const list = await t.call("GET", "/api/v1/conversations?language=es");
    expect(list.body.total).toBeGreaterThanOrEqual(1);
    const conv = list.body.items.find((c: { customer: { name: string } | null }) => c.customer?.name === "Lucía Fernández");
    expect(conv).toMatchObject({ channel: "api", status: "open", language: "es" });
    const negative = await t.call("GET", "/api/v1/conversations?sentiment=negative");
    expect(negative.body.items.map((c: { id: string }) => c.id)).toContain(conv.id);
    const msgs = await t.call("GET", `/api/v1/conversations/${conv.id}/messages`);
    expect(msgs.body.items[0].id).toBe(messageId);
  });

  it("previews and sends an agent reply in the customer's language; an edited translation goes to the memory", async () => {
    const conv = (await t.call("GET", `/api/v1/messages/${messageId}`)).body.conversationId;
    const preview = await t.call("POST", `/api/v1/conversations/${conv}/replies/preview`, { text: "We will send a new box today." });
    expect(preview.body).toMatchObject({ from: "en", to: "es", translation: { provenance: { engine: "apertium" } } });
    const sent = await t.call("POST", `/api/v1/conversations/${conv}/replies`, { text: "We will send a new box today.", translation: "Hoy le enviaremos una caja nueva." });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ direction: "out", original: { text: "We will send a new box today." }, translation: { text: "Hoy le enviaremos una caja nueva.", to: "es", provenance: { engine: "human" } } });
    const again = await t.call("POST", `/api/v1/conversations/${conv}/replies/preview`, { text: "We will send a new box today." });
    expect(again.body.translation).toMatchObject({ text: "Hoy le enviaremos una caja nueva.", provenance: { tmMatch: "exact", approved: true } });
  });

  it("refuses bad input clearly", async () => {
    const noContact = await t.call("POST", "/api/v1/messages", { channel: "api", externalId: "x", customer: { name: "Anon" }, text: "hi" });
    expect(noContact.status).toBe(400);
    expect(noContact.body.error.field).toBe("customer");
    const noText = await t.call("POST", "/api/v1/messages", { channel: "api", externalId: "x", customer: { email: "a@b.example" } });
    expect(noText.body.error.field).toBe("text");
    const huge = await t.app.inject({
      method: "POST",
      url: "/api/v1/messages",
      headers: { authorization: `Bearer ${t.adminToken}`, "content-type": "application/json" },
      payload: JSON.stringify({ channel: "api", externalId: "big", customer: { email: "a@b.example" }, text: "x".repeat(5 * 1024 * 1024) }),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe("PAYLOAD_TOO_LARGE");
  });
});
