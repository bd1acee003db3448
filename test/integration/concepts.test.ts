import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, translationConfig } from "../support/test-app.js";
import { waitFor } from "../support/wait-for.js";

// Keyword concepts against real Apertium (es→en for the translation path; nothing offline for vi/de).
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

async function ingest(externalId: string, email: string, name: string, text: string) {
  const res = await t.call("POST", "/api/v1/messages", { channel: "api", externalId, customer: { email, name }, text });
  expect(res.status).toBe(201);
  return processed(res.body.id);
}

const conceptByKey = async (key: string) => {
  const res = await t.call("GET", "/api/v1/concepts?limit=100");
  return res.body.items.find((c: { key: string | null }) => c.key === key);
};
const tagsOf = (customerId: string) => t.services.tags.customerTags.list(customerId);

describe("keyword concepts across languages", () => {
  let wholesaleId: string;
  let vietCustomer: string;

  it("seeds the four built-in concepts once, with human-written lists in languages without an offline engine", async () => {
    await t.services.concepts.service.seedBuiltins();
    const res = await t.call("GET", "/api/v1/concepts?limit=100");
    expect(res.status).toBe(200);
    expect(res.body.items.map((c: { key: string }) => c.key).sort()).toEqual(["cancel", "invoice", "refund", "wholesale"]);
    const wholesale = await conceptByKey("wholesale");
    wholesaleId = wholesale.id;
    expect(wholesale).toMatchObject({ tag: "wholesale interest", language: "en", enabled: true, matchCount: 0 });
    expect(wholesale.termLists[0].language).toBe("en");
    const vi = wholesale.termLists.find((l: { language: string }) => l.language === "vi");
    expect(vi.origin).toBe("human");
    expect(vi.terms.map((x: { text: string }) => x.text)).toEqual(expect.arrayContaining(["bán buôn", "giá sỉ", "mua sỉ", "số lượng lớn"]));
  });

  it("tags the sender of a Vietnamese message asking for wholesale prices, showing the matched term", async () => {
    const m = await ingest("vi-1", "thu.nguyen@example.vn", "Nguyễn Thị Thu", "Chào anh, cho em xin giá sỉ cho đơn hàng 500 cái được không ạ?");
    expect(m.language).toBe("vi");
    vietCustomer = m.customerId;
    const tags = await tagsOf(m.customerId);
    const tag = tags.find((x) => x.name === "wholesale interest");
    expect(tag).toMatchObject({ source: `concept:${wholesaleId}`, evidence: { term: "giá sỉ", language: "vi", messageId: m.id, where: "original" } });
    expect(tag!.reason).toMatch(/^matched "giá sỉ" \(vi\) in a message on \d{4}-\d{2}-\d{2}$/);

    const matches = await t.call("GET", `/api/v1/concepts/${wholesaleId}/matches`);
    expect(matches.body.total).toBe(1);
    expect(matches.body.items[0]).toMatchObject({
      term: "giá sỉ",
      language: "vi",
      where: "original",
      messageId: m.id,
      conversationId: m.conversationId,
      customer: { id: m.customerId, name: "Nguyễn Thị Thu" },
    });
    expect(matches.body.items[0].excerpt).toContain("giá sỉ cho đơn hàng");
    expect((await t.call("GET", `/api/v1/concepts/${wholesaleId}`)).body).toMatchObject({ matchCount: 1, customerCount: 1 });
  });

  it("does not take 'bạn buồn' (friend is sad) for 'bán buôn' (wholesale)", async () => {
    const m = await ingest("vi-2", "an.tran@example.vn", "Trần An", "Bạn buồn lắm vì đơn hàng đến muộn ba ngày rồi.");
    expect(m.language).toBe("vi");
    expect((await tagsOf(m.customerId)).map((x) => x.name)).not.toContain("wholesale interest");
  });

  it("matches a Spanish message through its English translation (Apertium es→en)", async () => {
    const discount = await t.call("POST", "/api/v1/concepts", { name: "Discounts", tag: "discount seeker", terms: ["discount", "coupon"] });
    expect(discount.status).toBe(201);
    expect(discount.body).toMatchObject({ language: "en", termLists: [{ language: "en", origin: "human" }] });
    const m = await ingest("es-1", "pablo@example.es", "Pablo Ruiz", "Quiero un reembolso. ¿Tienen algún descuento para mi próximo pedido?");
    expect(m).toMatchObject({ language: "es", translation: { to: "en", provenance: { engine: "apertium" } } });

    // The discount concept has no Spanish list: only the translation can match.
    const dm = await t.call("GET", `/api/v1/concepts/${discount.body.id}/matches`);
    expect(dm.body.items).toEqual([expect.objectContaining({ term: "discount", language: "en", where: "translation", messageId: m.id })]);
    const refund = await conceptByKey("refund");
    const rm = await t.call("GET", `/api/v1/concepts/${refund.id}/matches?where=translation`);
    // Apertium renders "reembolso" as "repayment", which the English list has.
    expect(rm.body.items).toEqual([expect.objectContaining({ term: "repayment", language: "en", where: "translation" })]);
    const original = await t.call("GET", `/api/v1/concepts/${refund.id}/matches?language=es`);
    expect(original.body.items).toEqual([expect.objectContaining({ term: "reembols*", where: "original" })]);
    const tags = await tagsOf(m.customerId);
    expect(tags.find((x) => x.name === "discount seeker")?.reason).toMatch(/^matched "discount" \(en\) in the translation of a message on /);
    expect(tags.map((x) => x.name)).toContain("refund request");
  });

  it("drafts term lists by machine translation and says plainly which languages have no engine", async () => {
    const list = await t.call("GET", "/api/v1/concepts?q=discount");
    const id = list.body.items[0].id;
    const res = await t.call("POST", `/api/v1/concepts/${id}/translate`, { languages: ["es", "vi", "de"] });
    expect(res.status).toBe(200);
    const by = Object.fromEntries(res.body.results.map((r: { language: string }) => [r.language, r]));
    expect(by.es.status).toBe("drafted");
    expect(by.es.terms[0]).toMatchObject({ origin: "machine", engine: "apertium" });
    expect(by.es.terms.map((x: { text: string }) => x.text.toLowerCase())).toContain("descuento");
    expect(by.vi).toMatchObject({ status: "unavailable" });
    expect(by.vi.message).toMatch(/en.*vi|vi/);
    expect(by.de.status).toBe("unavailable");
    // Nothing is stored for an unavailable language.
    expect(res.body.concept.termLists.map((l: { language: string }) => l.language).sort()).toEqual(["en", "es"]);
    expect(res.body.concept.termLists.find((l: { language: string }) => l.language === "es").origin).toBe("machine");

    // A person writes the Vietnamese list; a later draft keeps it unless told to overwrite.
    const put = await t.call("PUT", `/api/v1/concepts/${id}/terms/vi`, { terms: ["giảm giá", "mã giảm giá", "giảm giá"] });
    expect(put.status).toBe(200);
    const vi = put.body.termLists.find((l: { language: string }) => l.language === "vi");
    expect(vi).toMatchObject({ origin: "human", terms: [{ text: "giảm giá", origin: "human" }, { text: "mã giảm giá", origin: "human" }] });
    const again = await t.call("POST", `/api/v1/concepts/${id}/translate`, { languages: ["vi"] });
    expect(again.body.results[0]).toMatchObject({ language: "vi", status: "kept-human" });
    const own = await t.call("POST", `/api/v1/concepts/${id}/translate`, { languages: ["en"] });
    expect(own.body.results[0].status).toBe("same-language");
  });

  it("renames, disables and re-enables a concept's tag on customers; built-ins cannot be deleted", async () => {
    const renamed = await t.call("PATCH", `/api/v1/concepts/${wholesaleId}`, { tag: "wholesale lead" });
    expect(renamed.body.tag).toBe("wholesale lead");
    expect((await tagsOf(vietCustomer)).map((x) => x.name)).toEqual(expect.arrayContaining(["wholesale lead"]));
    expect((await tagsOf(vietCustomer)).map((x) => x.name)).not.toContain("wholesale interest");
    await t.call("PATCH", `/api/v1/concepts/${wholesaleId}`, { enabled: false });
    expect((await tagsOf(vietCustomer)).map((x) => x.name)).not.toContain("wholesale lead");
    const back = await t.call("PATCH", `/api/v1/concepts/${wholesaleId}`, { enabled: true, tag: "wholesale interest" });
    expect(back.body.enabled).toBe(true);
    const tag = (await tagsOf(vietCustomer)).find((x) => x.name === "wholesale interest");
    expect(tag?.evidence).toMatchObject({ term: "giá sỉ", language: "vi" });

    const del = await t.call("DELETE", `/api/v1/concepts/${wholesaleId}`);
    expect(del.status).toBe(409);
    expect(del.body.error.message).toContain("disable");
  });

  it("rescans stored messages idempotently, and a new concept finds old messages", async () => {
    const before = (await t.call("GET", `/api/v1/concepts/${wholesaleId}`)).body.matchCount;
    const order = await t.call("POST", "/api/v1/concepts", { name: "Delivery delay", tag: "late delivery", language: "vi", terms: ["đến muộn"] });
    const rescan = await t.call("POST", "/api/v1/concepts/rescan", {});
    expect(rescan.status).toBe(202);
    await waitFor(async () => ((await t.call("GET", `/api/v1/concepts/${order.body.id}`)).body.matchCount === 1 ? true : undefined), 20_000, "rescan");
    await waitFor(async () => {
      const jobs = await t.db.database.db.selectFrom("jobs").select("state").where("name", "=", "concepts.rescan").execute();
      return jobs.every((j) => j.state === "completed") ? true : undefined;
    }, 20_000, "rescan job completed");
    expect((await t.call("GET", `/api/v1/concepts/${wholesaleId}`)).body.matchCount).toBe(before);
    const matches = await t.call("GET", `/api/v1/concepts/${order.body.id}/matches`);
    expect(matches.body.items[0]).toMatchObject({ term: "đến muộn", language: "vi", customer: { name: "Trần An" } });

    // Deleting an added concept removes its matches and the tags it gave.
    const customerId = matches.body.items[0].customer.id;
    expect((await tagsOf(customerId)).map((x) => x.name)).toContain("late delivery");
    expect((await t.call("DELETE", `/api/v1/concepts/${order.body.id}`)).status).toBe(204);
    expect((await tagsOf(customerId)).map((x) => x.name)).not.toContain("late delivery");
    expect((await t.call("GET", `/api/v1/concepts/${order.body.id}`)).status).toBe(404);
  });

  it("refuses bad input and non-managers", async () => {
    const star = await t.call("POST", "/api/v1/concepts", { name: "X", tag: "x", terms: ["re*fund"] });
    expect(star.status).toBe(400);
    expect(star.body.error.field).toBe("terms.0");
    const none = await t.call("POST", "/api/v1/concepts", { name: "X", tag: "x", terms: [] });
    expect(none.body.error.field).toBe("terms");
    const lang = await t.call("PUT", `/api/v1/concepts/${wholesaleId}/terms/not_a_language!`, { terms: ["a"] });
    expect(lang.status).toBe(400);
    const own = await t.call("PUT", `/api/v1/concepts/${wholesaleId}/terms/en`, { terms: [] });
    expect(own.status).toBe(400);
    const agent = await t.tokenFor("agent");
    expect((await t.call("GET", "/api/v1/concepts", undefined, agent)).status).toBe(200);
    expect((await t.call("POST", "/api/v1/concepts", { name: "Y", tag: "y", terms: ["y"] }, agent)).status).toBe(403);
  });
});
