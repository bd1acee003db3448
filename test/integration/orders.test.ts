import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();
let seq = 0;
async function customer(body: Record<string, unknown> = {}) {
  seq++;
  const res = await t.call("POST", "/api/v1/customers", { name: `Customer ${seq}`, emails: [`c${seq}@orders.example`], ...body });
  expect(res.status).toBe(201);
  return res.body as { id: string; emails: string[] };
}
const order = (id: string, body: Record<string, unknown>) => t.call("POST", `/api/v1/customers/${id}/orders`, body);
const ruleTags = async (id: string) => (await t.services.tags.customerTags.list(id)).filter((x) => x.source.startsWith("rule:")).map((x) => x.name);

describe("orders API and reference exchange rates", () => {
  it("stores an order converted into the base currency with the table's rate, lists newest first, and is idempotent by externalId", async () => {
    const c = await customer();
    const fx = await t.call("GET", "/api/v1/fx-rates");
    expect(fx.status).toBe(200);
    expect(fx.body).toMatchObject({ reference: "EUR", baseCurrency: "EUR" });
    const usd = fx.body.rates.find((r: { currency: string }) => r.currency === "USD");
    expect(usd.perEur).toBeGreaterThan(0);

    const first = await order(c.id, { orderedAt: daysAgo(3), amount: 100, currency: "usd", externalId: "A-1", channel: "Web" });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ customerId: c.id, amount: 100, currency: "USD", baseCurrency: "EUR", externalId: "A-1", channel: "web" });
    expect(first.body.fxRate).toBeCloseTo(1 / usd.perEur, 6);
    expect(first.body.amountBase).toBeCloseTo(100 / usd.perEur, 2);

    const again = await order(c.id, { orderedAt: daysAgo(3), amount: 100, currency: "USD", externalId: "A-1" });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    const other = await customer();
    const stolen = await order(other.id, { orderedAt: daysAgo(1), amount: 5, currency: "EUR", externalId: "A-1" });
    expect(stolen.status).toBe(409);
    expect(stolen.body.error.field).toBe("externalId");

    await order(c.id, { orderedAt: "2024-01-15", amount: 20, currency: "EUR" });
    await order(c.id, { orderedAt: daysAgo(1), amount: 3000, currency: "JPY" });
    const list = await t.call("GET", `/api/v1/customers/${c.id}/orders`);
    expect(list.body.total).toBe(3);
    expect(list.body.items.map((o: { currency: string }) => o.currency)).toEqual(["JPY", "USD", "EUR"]);
    expect(list.body.items[2].orderedAt).toBe("2024-01-15T12:00:00.000Z");
  });

  it("refuses an unknown currency, a bad date and a bad amount with 400 naming the field", async () => {
    const c = await customer();
    const unknownRate = await order(c.id, { orderedAt: daysAgo(1), amount: 10, currency: "MNT" });
    expect(unknownRate.status).toBe(400);
    expect(unknownRate.body.error.field).toBe("currency");
    expect(unknownRate.body.error.message).toMatch(/no reference exchange rate for MNT/);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ orderedAt: daysAgo(1), amount: 10, currency: "ZZZ" }, "currency"],
      [{ orderedAt: "yesterday", amount: 10, currency: "EUR" }, "orderedAt"],
      [{ orderedAt: new Date(Date.now() + 10 * DAY).toISOString(), amount: 10, currency: "EUR" }, "orderedAt"],
      [{ orderedAt: daysAgo(1), amount: -1, currency: "EUR" }, "amount"],
      [{ orderedAt: daysAgo(1), amount: 1, currency: "EUR", channel: "Web Shop" }, "channel"],
      [{ orderedAt: daysAgo(1), amount: 1, currency: "EUR", colour: "red" }, "colour"],
    ];
    for (const [body, field] of cases) {
      const res = await order(c.id, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.field).toBe(field);
    }
    expect((await order("00000000-0000-4000-8000-000000000000", { orderedAt: daysAgo(1), amount: 1, currency: "EUR" })).status).toBe(404);
  });

  it("lets managers replace the rate table (agents may not); the base currency must keep a rate", async () => {
    const agent = await t.tokenFor("agent");
    expect((await t.call("GET", "/api/v1/fx-rates", undefined, agent)).status).toBe(403);
    const current = (await t.call("GET", "/api/v1/fx-rates")).body.rates as Array<{ currency: string; perEur: number; source: string; asOf: string }>;
    const withMnt = [...current.map(({ currency, perEur }) => ({ currency, perEur })), { currency: "MNT", perEur: 3600 }];
    const put = await t.call("PUT", "/api/v1/fx-rates", { rates: withMnt });
    expect(put.status).toBe(200);
    const mnt = put.body.rates.find((r: { currency: string }) => r.currency === "MNT");
    expect(mnt).toMatchObject({ perEur: 3600, source: "edited" });
    // Unchanged rates keep where they came from.
    expect(put.body.rates.find((r: { currency: string }) => r.currency === "USD").source).toBe(current.find((r) => r.currency === "USD")!.source);
    const c = await customer();
    const res = await order(c.id, { orderedAt: daysAgo(1), amount: 36000, currency: "MNT" });
    expect(res.status).toBe(201);
    expect(res.body.amountBase).toBe(10);

    await t.call("PATCH", "/api/v1/settings", { baseCurrency: "USD" });
    const noUsd = await t.call("PUT", "/api/v1/fx-rates", { rates: [{ currency: "GBP", perEur: 0.8 }] });
    expect(noUsd.status).toBe(400);
    expect(noUsd.body.error.field).toBe("rates");
    const eur = await t.call("PUT", "/api/v1/fx-rates", { rates: [...withMnt.filter((r) => r.currency !== "EUR"), { currency: "EUR", perEur: 2 }] });
    expect(eur.status).toBe(400);
    await t.call("PATCH", "/api/v1/settings", { baseCurrency: "EUR" });
  });

  it("imports orders from CSV with per-row errors, and a re-import adds nothing", async () => {
    const a = await customer();
    const b = await customer();
    const csv = [
      "customer_email,customer_id,ordered_at,amount,currency,external_id,channel",
      `${a.emails[0]!.toUpperCase()},,${daysAgo(10)},120.50,EUR,CSV-1,web`,
      `,${b.id},2025-03-01,99,GBP,CSV-2,store`,
      `nobody@orders.example,,2025-03-01,10,EUR,CSV-3,`,
      `${a.emails[0]},,not-a-date,10,EUR,CSV-4,`,
      `${a.emails[0]},,2025-03-01,"1,000.00",EUR,CSV-5,`,
      `${a.emails[0]},,2025-03-01,10,MNX,CSV-6,`,
      `${a.emails[0]},,2025-03-01,10,EUR,CSV-1,`,
      `,not-a-uuid,2025-03-01,10,EUR,CSV-7,`,
    ].join("\n");
    const res = await t.call("POST", "/api/v1/orders/import", { csv });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rows: 8, imported: 2, skipped: 1, failed: 5 });
    expect(res.body.errors.map((e: { row: number }) => e.row)).toEqual([3, 4, 5, 6, 8]);
    expect(res.body.errors[0].message).toMatch(/customer_email: no customer with the email nobody@orders\.example/);
    expect(res.body.errors[1].message).toMatch(/^ordered_at:/);
    expect(res.body.errors[2].message).toMatch(/^amount:/);
    expect(res.body.errors[3].message).toMatch(/^currency:/);
    expect(res.body.errors[4].message).toMatch(/^customer_id:/);
    const again = await t.call("POST", "/api/v1/orders/import", { csv });
    expect(again.body).toMatchObject({ imported: 0, skipped: 3, failed: 5 });
    expect((await t.call("GET", `/api/v1/customers/${b.id}/orders`)).body.items[0]).toMatchObject({ currency: "GBP", externalId: "CSV-2", channel: "store" });

    const broken = await t.call("POST", "/api/v1/orders/import", { csv: "email,amount\nx,1" });
    expect(broken.status).toBe(400);
    expect(broken.body.error.field).toBe("csv");
    expect((await t.call("POST", "/api/v1/orders/import", { csv }, await t.tokenFor("agent"))).status).toBe(403);
  });
});

describe("RFM tags follow orders", () => {
  it("none → new → high value as orders arrive through the API; an old big spender is high value then, at risk now", async () => {
    // A population to rank against: six customers with a small order long ago and two recent ones.
    for (let i = 0; i < 6; i++) {
      const b = await customer();
      await order(b.id, { orderedAt: daysAgo(500), amount: 80, currency: "EUR" });
      await order(b.id, { orderedAt: daysAgo(20 + i), amount: 100, currency: "EUR" });
      await order(b.id, { orderedAt: daysAgo(10 + i), amount: 100, currency: "EUR" });
    }
    const s = await customer({ preferredLanguages: ["fr"] });
    expect(await ruleTags(s.id)).not.toContain("new");

    await order(s.id, { orderedAt: daysAgo(0), amount: 30, currency: "EUR" });
    const afterFirst = await ruleTags(s.id);
    expect(afterFirst).toContain("new");
    expect(afterFirst).not.toContain("high value");

    for (const amount of [1500, 2200, 1800]) await order(s.id, { orderedAt: daysAgo(1), amount, currency: "USD" });
    const tags = await t.services.tags.customerTags.list(s.id);
    const high = tags.find((x) => x.name === "high value");
    expect(high?.reason).toMatch(/^R5 F5 M5: 4 orders, [\d,.]+ EUR, last (today|1 day ago)$/);
    expect(tags.map((x) => x.name)).toEqual(expect.arrayContaining(["new", "loyal", "lang:fr"]));

    const old = await customer();
    for (const [ago, amount] of [[470, 2500], [460, 3000], [450, 4000]] as const) await order(old.id, { orderedAt: daysAgo(ago), amount, currency: "EUR" });
    const now = await ruleTags(old.id);
    expect(now).toContain("at risk");
    expect(now).not.toContain("high value");
    const then = (await t.services.tags.evaluateCustomer(old.id, new Date(Date.now() - 445 * DAY))).map((x) => x.name);
    expect(then).toContain("high value");
    expect(then).not.toContain("at risk");
  });
});
