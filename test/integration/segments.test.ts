import { parse } from "csv-parse/sync";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoOrders } from "../../src/db/seed/demo-orders.js";
import { seedDemo } from "../../src/db/seed/demo-seed.js";
import { seedDemoSegments } from "../../src/db/seed/demo-segments.js";
import { createTestApp, type TestApp } from "../support/test-app.js";

// Segments over the demo workspace (264 customers in 30 countries) with the demo orders and the rule
// engine's tags. Every count is checked against hand-written SQL.
let t: TestApp;
let customerIds: string[];
const MENA = ["AE", "BH", "DZ", "EG", "IL", "IQ", "JO", "KW", "LB", "MA", "OM", "QA", "SA", "TN"];

const db = () => t.db.database.db;
async function sqlCount(query: ReturnType<typeof sql<{ n: string }>>): Promise<number> {
  const { rows } = await query.execute(db());
  return Number(rows[0]!.n);
}

async function createSegment(name: string, filter: unknown) {
  const res = await t.call("POST", "/api/v1/segments", { name, filter });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; count: number; name: string };
}

async function exportCsv(id: string) {
  const res = await t.app.inject({ method: "GET", url: `/api/v1/segments/${id}/export.csv`, headers: { authorization: `Bearer ${t.adminToken}` } });
  return { status: res.statusCode, headers: res.headers, raw: res.rawPayload, text: res.body };
}

const csvRows = (text: string) => parse(text.replace(/^\uFEFF/, ""), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
const preview = async (filter: unknown) => (await t.call("POST", "/api/v1/segments/preview", { filter })).body as { count: number; sample: unknown[] };

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.services);
  const rows = await db().selectFrom("customers").select(["id", "preferred_languages"]).orderBy("created_at").orderBy("id").execute();
  customerIds = rows.map((r) => r.id);
  // The demo's orders (several currencies, converted into the base currency), then the rule engine's tags.
  const orders = await seedDemoOrders(t.services);
  expect(orders.imported).toBeGreaterThan(100);
  // A hand-made tag on customers who do not prefer French, so two sources of one tag are counted together.
  const learners = rows.filter((r) => r.preferred_languages[0] === "en").slice(0, 3);
  for (const r of learners) await t.services.tags.customerTags.add(r.id, "manual", [{ name: "lang:fr", reason: "learning French" }]);
});
afterAll(() => t.close());

describe("segment counts match a direct SQL count on demo data", () => {
  it("countries of the Middle East and North Africa, by list and by region group", async () => {
    const byList = await createSegment("MENA by list", { field: "country", op: "in", value: MENA });
    const expected = await sqlCount(sql<{ n: string }>`SELECT count(*) AS n FROM customers WHERE country IN (${sql.join(MENA)})`);
    expect(expected).toBeGreaterThan(10);
    expect(byList.count).toBe(expected);
    const byRegion = await createSegment("MENA by region", { field: "region", op: "eq", value: "mena" });
    expect(byRegion.count).toBe(expected); // the demo has no MENA country outside the list above
    const csv = await exportCsv(byList.id);
    expect(csvRows(csv.text)).toHaveLength(expected);
  });

  it("tag lang:fr, from the tag table or the customer record", async () => {
    const seg = await createSegment("French speakers", { all: [{ field: "tag", op: "has", value: "lang:fr" }] });
    const expected = await sqlCount(sql<{ n: string }>`SELECT count(*) AS n FROM customers c
      WHERE EXISTS (SELECT 1 FROM customer_tags ct WHERE ct.customer_id = c.id AND ct.name = 'lang:fr') OR c.tags @> '["lang:fr"]'::jsonb`);
    expect(expected).toBeGreaterThan(5);
    expect(seg.count).toBe(expected);
    expect((await t.call("GET", `/api/v1/segments/${seg.id}`)).body.count).toBe(expected);
    expect(csvRows((await exportCsv(seg.id)).text)).toHaveLength(expected);
  });

  it("total spend above a threshold, and order count within a window", async () => {
    const seg = await createSegment("Big spenders", { field: "total_spend", op: "gt", value: 500 });
    const expected = await sqlCount(sql<{ n: string }>`SELECT count(*) AS n FROM (SELECT customer_id FROM orders GROUP BY customer_id HAVING sum(amount_base) > 500) s`);
    expect(expected).toBeGreaterThan(5);
    expect(seg.count).toBe(expected);
    expect(csvRows((await exportCsv(seg.id)).text)).toHaveLength(expected);

    const recent = await preview({ field: "order_count", op: "gte", value: 2, days: 60 });
    const expectedRecent = await sqlCount(sql<{ n: string }>`SELECT count(*) AS n FROM (SELECT customer_id FROM orders
      WHERE ordered_at >= now() - interval '60 days' GROUP BY customer_id HAVING count(*) >= 2) s`);
    expect(recent.count).toBe(expectedRecent);
    const none = await preview({ field: "order_count", op: "eq", value: 0 });
    expect(none.count).toBe(await sqlCount(sql<{ n: string }>`SELECT count(*) AS n FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id)`));
  });

  it("nested all / any / not", async () => {
    const filter = {
      all: [
        { field: "language", op: "in", value: ["fr", "ar"] },
        { any: [{ field: "country", op: "in", value: ["FR", "SN"] }, { not: { field: "tag", op: "has-prefix", value: "vi" } }] },
        { not: { any: [{ field: "order_count", op: "eq", value: 0 }, { field: "company", op: "is-not-set" }] } },
      ],
    };
    const seg = await createSegment("Nested", filter);
    const expected = await sqlCount(sql<{ n: string }>`SELECT count(*) AS n FROM customers c WHERE
      EXISTS (SELECT 1 FROM jsonb_array_elements_text(c.preferred_languages) l(v) WHERE v IN ('fr', 'ar') OR v LIKE 'fr-%' OR v LIKE 'ar-%')
      AND (c.country IN ('FR', 'SN') OR NOT (EXISTS (SELECT 1 FROM customer_tags ct WHERE ct.customer_id = c.id AND ct.name LIKE 'vi%')
        OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(c.tags) x(v) WHERE v LIKE 'vi%')))
      AND EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id) AND c.company_id IS NOT NULL`);
    expect(expected).toBeGreaterThan(3);
    expect(seg.count).toBe(expected);
    const listed = await t.call("GET", "/api/v1/segments?q=nest");
    expect(listed.body).toMatchObject({ total: 1, items: [{ id: seg.id, count: expected }] });
  });
});

describe("filter semantics", () => {
  it("not includes customers the condition cannot speak for; empty groups mean everyone / no one", async () => {
    const total = customerIds.length;
    await t.call("POST", "/api/v1/customers", { name: "Nowhere Person", emails: ["nowhere@test.example"] });
    const fr = (await preview({ field: "country", op: "eq", value: "FR" })).count;
    expect((await preview({ not: { field: "country", op: "eq", value: "FR" } })).count).toBe(total + 1 - fr);
    expect((await preview({ field: "country", op: "ne", value: "FR" })).count).toBe(total + 1 - fr);
    expect((await preview({ field: "country", op: "is-not-set" })).count).toBe(1);
    expect((await preview({ all: [] })).count).toBe(total + 1);
    expect((await preview({ any: [] })).count).toBe(0);
  });

  it("languages match regional variants; dates, consent and channels", async () => {
    const pt = await sqlCount(sql<{ n: string }>`SELECT count(*) AS n FROM customers WHERE preferred_languages ?| array['pt-BR', 'pt-PT', 'pt']`);
    expect(pt).toBeGreaterThan(0);
    expect((await preview({ field: "language", op: "eq", value: "pt" })).count).toBe(pt);
    expect((await preview({ field: "created_at", op: "within-days", value: 1 })).count).toBe(customerIds.length + 1);
    expect((await preview({ field: "created_at", op: "before", value: "2000-01-01" })).count).toBe(0);
    const consent = await sqlCount(sql<{ n: string }>`SELECT count(*) AS n FROM customers WHERE consent->>'sms' = 'true'`);
    expect((await preview({ field: "consent", op: "has", value: "sms" })).count).toBe(consent);
    const lastYear = await sqlCount(sql<{ n: string }>`SELECT count(*) AS n FROM (SELECT customer_id FROM orders GROUP BY customer_id HAVING max(ordered_at) < now() - interval '100 days') s`);
    expect((await preview({ field: "last_order_at", op: "older-than-days", value: 100 })).count).toBe(lastYear);
    expect((await preview({ field: "last_message_at", op: "is-set" })).count).toBe(0);
    expect((await preview({ field: "channel", op: "has", value: "email" })).count).toBe(0);
  });
});

describe("validation", () => {
  it("names the unknown field, op or bad value with its path", async () => {
    const cases: Array<[unknown, string, RegExp]> = [
      [{ all: [{ field: "country", op: "eq", value: "FR" }, { field: "shoe_size", op: "eq", value: 42 }] }, "filter.all.1.field", /unknown field "shoe_size"/],
      [{ any: [{ not: { field: "country", op: "like", value: "F%" } }] }, "filter.any.0.not.op", /unknown op "like" for field "country"; use one of eq, ne, in/],
      [{ field: "country", op: "in", value: ["FR", "XX"] }, "filter.value.1", /ISO 3166/],
      [{ field: "region", op: "eq", value: "atlantis" }, "filter.value", /mena/],
      [{ field: "total_spend", op: "between", value: [500, 100] }, "filter.value", /must not exceed/],
      [{ field: "tag", op: "has", value: "vip", days: 3 }, "filter.days", /unknown key "days"/],
      [{ field: "last_order_at", op: "is-set", value: true }, "filter.value", /takes no value/],
      [{ all: [], any: [] }, "filter", /only its "all" key/],
      [{ all: "everyone" }, "filter.all", /must be an array/],
      [["country"], "filter", /must be a condition/],
    ];
    for (const [filter, field, message] of cases) {
      const res = await t.call("POST", "/api/v1/segments/preview", { filter });
      expect(res.status, JSON.stringify(filter)).toBe(400);
      expect(res.body.error).toMatchObject({ code: "VALIDATION_FAILED", field });
      expect(res.body.error.message).toMatch(message);
    }
    let deep: unknown = { field: "country", op: "eq", value: "FR" };
    for (let i = 0; i < 10; i++) deep = { not: deep };
    expect((await t.call("POST", "/api/v1/segments", { name: "Deep", filter: deep })).body.error.message).toMatch(/nested at most/);
  });

  it("refuses duplicate names, unknown segments and agents who try to save or export", async () => {
    await createSegment("Once", { all: [] });
    const again = await t.call("POST", "/api/v1/segments", { name: "ONCE", filter: { all: [] } });
    expect(again.status).toBe(409);
    expect(again.body.error.field).toBe("name");
    expect((await t.call("GET", "/api/v1/segments/00000000-0000-4000-8000-000000000000")).status).toBe(404);
    const agent = await t.tokenFor("agent");
    expect((await t.call("POST", "/api/v1/segments", { name: "Mine", filter: { all: [] } }, agent)).status).toBe(403);
    expect((await t.call("POST", "/api/v1/segments/preview", { filter: { all: [] } }, agent)).status).toBe(200);
    const once = (await t.call("GET", "/api/v1/segments?q=once")).body.items[0];
    const exported = await t.app.inject({ method: "GET", url: `/api/v1/segments/${once.id}/export.csv`, headers: { authorization: `Bearer ${agent}` } });
    expect(exported.statusCode).toBe(403);
    expect((await t.call("GET", `/api/v1/segments/${once.id}/customers?limit=1`, undefined, agent)).status).toBe(200);
  });
});

describe("members and CSV export", () => {
  it("exports UTF-8 with a BOM, a header row, RFC 4180 quoting and formula-safe cells", async () => {
    const people = [
      { name: 'Dupont, "Jean"\nJunior', emails: ["jean.dupont@test.example"], phones: ["+33 6 12 34 56 78"], country: "FR" },
      { name: "王秀英", emails: ["wang.xiuying@test.example"], country: "CN", preferredLanguages: ["zh-CN"] },
      { name: '=HYPERLINK("http://evil.example","click")', emails: ["formula@test.example"] },
    ];
    for (const p of people) expect((await t.call("POST", "/api/v1/customers", { ...p, tags: ["csv-test"] })).status).toBe(201);
    const seg = await createSegment("Export, “quoted” 名单", { field: "tag", op: "has", value: "csv-test" });
    expect(seg.count).toBe(3);

    const csv = await exportCsv(seg.id);
    expect(csv.status).toBe(200);
    expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(String(csv.headers["content-disposition"])).toContain(`filename*=UTF-8''${encodeURIComponent("Export, “quoted” 名单.csv")}`);
    expect([...csv.raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.text.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("id,name,email,phone,country,languages,company,tags,orders,total_spend_EUR,last_order_at,created_at");
    expect(csv.text).toContain('"Dupont, ""Jean""\nJunior"');
    const rows = csvRows(csv.text);
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.name).sort()).toEqual([`'=HYPERLINK("http://evil.example","click")`, 'Dupont, "Jean"\nJunior', "王秀英"].sort());
    expect(rows.find((r) => r.name === "王秀英")).toMatchObject({ country: "CN", languages: "zh-CN", tags: "csv-test", orders: "0", total_spend_EUR: "0.00" });
    expect(rows.find((r) => r.email === "jean.dupont@test.example")?.phone).toBe("+33612345678");
  });

  it("lists members paginated and sorted by spend, and resolves ids and memberships for other modules", async () => {
    const seg = await createSegment("Any spend", { field: "order_count", op: "gte", value: 1 });
    const page1 = await t.call("GET", `/api/v1/segments/${seg.id}/customers?sort=-totalSpend&limit=5`);
    expect(page1.status).toBe(200);
    expect(page1.body.total).toBe(seg.count);
    expect(page1.body.items).toHaveLength(5);
    const spends = page1.body.items.map((m: { totalSpend: number }) => m.totalSpend);
    expect(spends).toEqual([...spends].sort((a, b) => b - a));
    const max = await sqlCount(sql<{ n: string }>`SELECT max(s) AS n FROM (SELECT sum(amount_base) s FROM orders GROUP BY customer_id) x`);
    expect(spends[0]).toBe(max);
    const page2 = await t.call("GET", `/api/v1/segments/${seg.id}/customers?sort=-totalSpend&limit=5&offset=5`);
    expect(page2.body.items[0].totalSpend).toBeLessThanOrEqual(spends[4]);
    expect(page2.body.items.map((m: { id: string }) => m.id)).not.toContain(page1.body.items[0].id);
    expect((await t.call("GET", `/api/v1/segments/${seg.id}/customers?sort=shoeSize`)).status).toBe(400);

    const ids = await t.services.segments.resolve(seg.id);
    expect(ids).toHaveLength(seg.count);
    expect(await t.services.segments.resolve({ field: "order_count", op: "gte", value: 1 })).toEqual(ids);
    await expect(t.services.segments.resolve({ field: "nope", op: "eq" })).rejects.toThrow(/unknown field/);
    const member = page1.body.items[0].id as string;
    const names = (await t.services.segments.membership(member)).map((s) => s.name);
    expect(names).toContain("Any spend");
    expect(names).toContain("Big spenders");
    expect(names).toContain("Once"); // {all: []}: everyone
    await createSegment("No orders", { field: "order_count", op: "eq", value: 0 });
    expect((await t.services.segments.membership(member)).map((s) => s.name)).not.toContain("No orders");
  });
});

describe("demo segments", () => {
  it("seed once, idempotently, each matching some demo customers", async () => {
    expect(await seedDemoSegments(t.services)).toBe(6);
    expect(await seedDemoSegments(t.services)).toBe(0);
    const list = (await t.call("GET", "/api/v1/segments?q=middle")).body;
    expect(list.items[0]).toMatchObject({ name: "Middle East & North Africa", count: (await preview({ field: "country", op: "in", value: MENA })).count });
    const best = (await t.call("GET", "/api/v1/segments?q=best")).body.items[0];
    expect(best.count).toBeGreaterThan(0);
  });
});
