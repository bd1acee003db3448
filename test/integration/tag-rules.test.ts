import Holidays from "date-holidays";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILTIN_RULES } from "../../src/modules/tags/builtin-rules.js";
import { createTagRulesRepository } from "../../src/modules/tags/tag-rules.repository.js";
import { foldForSearch } from "../../src/shared/search-text.js";
import { createTestApp, type TestApp } from "../support/test-app.js";
import { waitFor } from "../support/wait-for.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const DAY = 86_400_000;
let seq = 0;
async function customer(body: Record<string, unknown>) {
  seq++;
  const res = await t.call("POST", "/api/v1/customers", { name: `Tagged ${seq}`, emails: [`t${seq}@tags.example`], ...body });
  expect(res.status).toBe(201);
  return res.body as { id: string; emails: string[] };
}
const tagsAt = async (id: string, date: string) => t.services.tags.evaluateCustomer(id, new Date(`${date}T12:00:00Z`));
const names = (tags: Array<{ name: string }>) => tags.map((x) => x.name);
const stored = async (id: string) => (await t.services.tags.customerTags.list(id)).filter((x) => x.source.startsWith("rule:"));
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Ramadan 2027 as the library says: the days of 2027 whose islamic-umalqura month is 9. */
function ramadan2027FromIntl(): { first: string; last: string } {
  const f = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura-nu-latn", { timeZone: "UTC", month: "numeric" });
  const days: string[] = [];
  for (let ms = Date.UTC(2027, 0, 1, 12); ms < Date.UTC(2028, 0, 1); ms += DAY) {
    if (f.formatToParts(new Date(ms)).find((p) => p.type === "month")?.value === "9") days.push(iso(ms));
  }
  return { first: days[0]!, last: days[days.length - 1]! };
}

describe("tag rules: built-ins and cultural tags", () => {
  it("seeds the built-in rules once, idempotently", async () => {
    const repo = createTagRulesRepository(t.db.database.db);
    await repo.ensureBuiltins(BUILTIN_RULES, foldForSearch);
    await repo.ensureBuiltins(BUILTIN_RULES, foldForSearch);
    const list = await t.call("GET", "/api/v1/tag-rules");
    expect(list.status).toBe(200);
    const builtins = list.body.items.filter((r: { kind: string }) => r.kind === "builtin");
    expect(builtins.map((r: { key: string }) => r.key)).toEqual(BUILTIN_RULES.map((r) => r.key));
    expect(builtins.find((r: { key: string }) => r.key === "language")).toMatchObject({ tag: "lang:{language}", enabled: true, condition: { field: "language", op: "exists" } });
  });

  it("tags languages from the preferred list and from languages detected in messages, with reasons", async () => {
    const c = await customer({ preferredLanguages: ["en"], country: "AT" });
    const texts = [
      "Guten Tag, ich warte seit zwei Wochen auf meine Bestellung. Können Sie mir bitte sagen, wann sie ankommt?",
      "Hallo, leider ist die Lieferung immer noch nicht angekommen. Bitte melden Sie sich bei mir.",
    ];
    for (const [i, text] of texts.entries()) {
      const res = await t.call("POST", "/api/v1/messages", { channel: "email", externalId: `tags-de-${i}`, customer: { email: c.emails[0] }, text });
      expect(res.status).toBe(201);
      await waitFor(async () => (await t.call("GET", `/api/v1/messages/${res.body.id}`)).body.state === "processed", 30_000, "message processed");
    }
    // Stored by the message hook, without any explicit evaluation.
    const tags = await stored(c.id);
    expect(tags.find((x) => x.name === "lang:en")?.reason).toBe("preferred language en");
    expect(tags.find((x) => x.name === "lang:de")?.reason).toBe("detected in 2 messages");
    expect(names(tags)).toEqual(expect.arrayContaining(["region:DACH", "region:EU", "weekend:sat-sun"]));
  });

  it("gives region groups and the country's weekend days (CLDR)", async () => {
    const sa = await customer({ country: "SA" });
    const de = await customer({ country: "DE" });
    const saTags = await t.services.tags.evaluateCustomer(sa.id);
    expect(names(saTags)).toEqual(expect.arrayContaining(["region:MENA", "region:GCC", "weekend:fri-sat"]));
    expect(saTags.find((x) => x.name === "weekend:fri-sat")?.reason).toMatch(/weekend in SA is Fri–Sat \(CLDR/);
    expect(saTags.find((x) => x.name === "region:GCC")).toMatchObject({ reason: "SA is in GCC", evidence: { rule: { name: "Region groups" } } });
    const deTags = names(await t.services.tags.evaluateCustomer(de.id));
    expect(deTags).toEqual(expect.arrayContaining(["region:DACH", "region:EU", "weekend:sat-sun"]));
    expect(deTags).not.toContain("region:MENA");
  });

  it("carries 'Ramadan active' in Saudi Arabia on a day inside Ramadan 2027 and not outside it (dates from the libraries)", async () => {
    const { first, last } = ramadan2027FromIntl();
    // date-holidays' Eid al-Fitr 2027 for SA: the day before it is still Ramadan by umalqura.
    const eid = new Holidays("SA").getHolidays(2027, "en").find((h) => /fitr/i.test(h.name))!.date.slice(0, 10);
    const dayBeforeEid = iso(Date.parse(`${eid}T12:00:00Z`) - DAY);
    expect(dayBeforeEid >= first && dayBeforeEid <= last).toBe(true);
    const inside = iso(Date.parse(`${first}T12:00:00Z`) + 10 * DAY);
    const outside = iso(Date.parse(`${last}T12:00:00Z`) + 20 * DAY);

    const sa = await customer({ country: "SA" });
    const during = await tagsAt(sa.id, inside);
    const ramadan = during.find((x) => x.name === "Ramadan active");
    expect(ramadan?.reason).toContain(`runs ${first} – ${last}`);
    expect(ramadan?.reason).toMatch(/islamic-umalqura/);
    expect(ramadan?.reason).toMatch(/date-holidays \(SA\): Eid al-Fitr/);
    expect(names(await tagsAt(sa.id, dayBeforeEid))).toContain("Ramadan active");
    expect(names(await tagsAt(sa.id, outside))).not.toContain("Ramadan active");
    expect(names(await tagsAt(sa.id, iso(Date.parse(`${first}T12:00:00Z`) - DAY)))).not.toContain("Ramadan active");
    // A customer in a country that does not observe Ramadan never gets it.
    const fr = await customer({ country: "FR" });
    expect(names(await tagsAt(fr.id, inside))).not.toContain("Ramadan active");

    // The same through the profile, which evaluates calendar tags as of ?at=.
    const profileInside = await t.call("GET", `/api/v1/customers/${sa.id}/profile?at=${inside}`);
    expect(profileInside.status).toBe(200);
    expect(names(profileInside.body.tags)).toContain("Ramadan active");
    const profileOutside = await t.call("GET", `/api/v1/customers/${sa.id}/profile?at=${outside}`);
    expect(names(profileOutside.body.tags)).not.toContain("Ramadan active");
  });

  it("tags an upcoming public holiday within 14 days (date-holidays), and not 16 days before it", async () => {
    const list = new Holidays("FR").getHolidays(2027, "en").filter((h) => h.type === "public");
    const holiday = list.find((h, i) => i > 0 && Date.parse(h.date.slice(0, 10)) - Date.parse(list[i - 1]!.date.slice(0, 10)) > 20 * DAY)!;
    const date = holiday.date.slice(0, 10);
    const fr = await customer({ country: "FR" });
    const soon = await tagsAt(fr.id, iso(Date.parse(`${date}T12:00:00Z`) - 5 * DAY));
    const tag = soon.find((x) => x.name === `holiday soon: ${holiday.name} ${date}`);
    expect(tag?.reason).toMatch(/in 5 days \(date-holidays\)/);
    const early = await tagsAt(fr.id, iso(Date.parse(`${date}T12:00:00Z`) - 16 * DAY));
    expect(names(early).filter((n) => n.startsWith("holiday soon:"))).toEqual([]);
  });
});

describe("tag rules API", () => {
  let ruleId: string;

  it("creates, edits and deletes a custom rule; validation errors name the field", async () => {
    const created = await t.call("POST", "/api/v1/tag-rules", {
      name: "German speakers in DACH",
      condition: { all: [{ field: "language", op: "in", value: ["DE"] }, { field: "region", op: "in", value: ["dach"] }] },
      tag: "DACH German",
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: "custom", enabled: true, key: null, condition: { all: [{ value: ["de"] }, { value: ["DACH"] }] } });
    ruleId = created.body.id;

    const bad: Array<[Record<string, unknown>, string]> = [
      [{ name: "x", condition: { field: "language", op: "gt", value: 3 }, tag: "x" }, "condition.op"],
      [{ name: "x", condition: { field: "shoe.size", op: "eq", value: 3 }, tag: "x" }, "condition.field"],
      [{ name: "x", condition: { all: [{ field: "country", op: "eq", value: "FR" }, { field: "orders.count", op: "gte", value: "many" }] }, tag: "x" }, "condition.all.1.value"],
      [{ name: "x", condition: { any: [] }, tag: "x" }, "condition.any"],
      [{ name: "x", condition: { field: "sentiment.negative", op: "gte", value: 2, days: 0 }, tag: "x" }, "condition.days"],
      [{ name: "x", condition: { field: "country", op: "exists" }, tag: "country:{colour}" }, "tag"],
      [{ name: "x", condition: { field: "country", op: "exists" }, tag: "{language} {region}" }, "tag"],
      [{ name: "x", tag: "x" }, "condition"],
      [{ name: "", condition: { field: "country", op: "exists" }, tag: "x" }, "name"],
    ];
    for (const [body, field] of bad) {
      const res = await t.call("POST", "/api/v1/tag-rules", body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.field).toBe(field);
    }
    const dup = await t.call("POST", "/api/v1/tag-rules", { name: "german speakers in dach", condition: { field: "country", op: "exists" }, tag: "x" });
    expect(dup.status).toBe(409);
    expect((await t.call("POST", "/api/v1/tag-rules", { name: "Agent rule", condition: { field: "country", op: "exists" }, tag: "x" }, await t.tokenFor("agent"))).status).toBe(403);

    const patched = await t.call("PATCH", `/api/v1/tag-rules/${ruleId}`, { tag: "lang-region:{language}", description: "German speakers" });
    expect(patched.body).toMatchObject({ tag: "lang-region:{language}", description: "German speakers" });
    const at = await customer({ country: "AT", preferredLanguages: ["de", "en"] });
    const tags = (await t.services.tags.evaluateCustomer(at.id)).filter((x) => x.source === `rule:${ruleId}`);
    // One tag per language the condition allows (de), not per language the customer has.
    expect(tags).toEqual([expect.objectContaining({ name: "lang-region:de", reason: "preferred language de; AT is in DACH" })]);
  });

  it("previews a condition over all customers: the count equals a direct SQL count", async () => {
    await customer({ country: "FR" });
    await customer({ country: "DE" });
    const condition = { field: "country", op: "in", value: ["FR", "DE"] };
    const res = await t.call("POST", "/api/v1/tag-rules/preview", { condition, tag: "FR or DE" });
    expect(res.status).toBe(200);
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM customers WHERE country IN ('FR', 'DE')`.execute(t.db.database.db);
    expect(res.body.matches).toBe(rows[0]!.n);
    expect(res.body.matches).toBeGreaterThanOrEqual(4);
    const { rows: all } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM customers`.execute(t.db.database.db);
    expect(res.body.total).toBe(all[0]!.n);
    expect(res.body.sample[0].tags).toEqual([{ name: "FR or DE", reason: expect.stringMatching(/^country (FR|DE)$/) }]);

    // The two Austrians: one prefers German, the other wrote in it.
    const byRule = await t.call("POST", "/api/v1/tag-rules/preview", { ruleId });
    expect(byRule.body.matches).toBe(2);
    const neither = await t.call("POST", "/api/v1/tag-rules/preview", { condition, ruleId });
    expect(neither.status).toBe(400);
  });

  it("re-evaluates everyone as a job with progress; disabling a built-in removes its tags, deleting one is refused", async () => {
    // Rule edits above queued runs of their own: let them finish so this request starts a fresh one.
    await waitFor(async () => (await t.call("GET", "/api/v1/tag-rules/evaluations?limit=50")).body.items.every((r: { status: string }) => r.status === "completed"), 60_000, "earlier runs");
    const start = await t.call("POST", "/api/v1/tag-rules/evaluate");
    expect(start.status).toBe(202);
    const run = await waitFor(async () => {
      const r = await t.call("GET", `/api/v1/tag-rules/evaluations/${start.body.id}`);
      return r.body.status === "completed" ? r.body : undefined;
    }, 60_000, "evaluation run");
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM customers`.execute(t.db.database.db);
    expect(run.processed).toBe(rows[0]!.n);
    const list = (await t.call("GET", "/api/v1/tag-rules")).body.items as Array<{ id: string; key: string | null; matchCount: number }>;
    const region = list.find((r) => r.key === "region")!;
    const { rows: withCountry } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM customers WHERE country IS NOT NULL`.execute(t.db.database.db);
    expect(region.matchCount).toBe(withCountry[0]!.n);

    const off = await t.call("PATCH", `/api/v1/tag-rules/${region.id}`, { enabled: false });
    expect(off.body).toMatchObject({ enabled: false, matchCount: 0 });
    const del = await t.call("DELETE", `/api/v1/tag-rules/${region.id}`);
    expect(del.status).toBe(409);
    await t.call("PATCH", `/api/v1/tag-rules/${region.id}`, { enabled: true });

    expect((await t.call("DELETE", `/api/v1/tag-rules/${ruleId}`)).status).toBe(204);
    expect((await t.call("GET", `/api/v1/tag-rules/${ruleId}`)).status).toBe(404);
    const { rows: left } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM customer_tags WHERE source = ${`rule:${ruleId}`}`.execute(t.db.database.db);
    expect(left[0]!.n).toBe(0);
  });

  it("builds a composite portrait from other rules' tags in the same evaluation", async () => {
    for (let i = 0; i < 5; i++) {
      const b = await customer({ country: "BE" });
      await t.call("POST", `/api/v1/customers/${b.id}/orders`, { orderedAt: new Date(Date.now() - (30 + i) * DAY).toISOString(), amount: 40, currency: "EUR" });
    }
    const fr = await customer({ country: "FR", preferredLanguages: ["fr"] });
    for (const [i, text] of ["Bonjour, je voudrais savoir si la commande est partie.", "Merci beaucoup, tout est arrivé en parfait état !"].entries()) {
      const res = await t.call("POST", "/api/v1/messages", { channel: "chat", externalId: `tags-chat-${i}`, customer: { email: fr.emails[0], handle: `chat:tags-${i}` }, text });
      await waitFor(async () => (await t.call("GET", `/api/v1/messages/${res.body.id}`)).body.state === "processed", 30_000, "chat processed");
    }
    for (const amount of [900, 1200, 800]) await t.call("POST", `/api/v1/customers/${fr.id}/orders`, { orderedAt: new Date(Date.now() - DAY).toISOString(), amount, currency: "EUR" });
    const portrait = (await stored(fr.id)).find((x) => x.name === "French-speaking, high value, prefers online chat");
    expect(portrait?.reason).toMatch(/^preferred language fr; detected in 2 messages; tagged high value; most messages via chat \(2 of 2\)$/);
  });
});
