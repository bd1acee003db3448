import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const MISSING = "7d0c5b8e-8d0e-4f51-9d7e-4a8b1b2f0c11";
const names = (res: { body: { items: Array<{ name: string }> } }) => res.body.items.map((c) => c.name);

describe("companies API", () => {
  it("creates, reads, updates and deletes a company", async () => {
    const created = await t.call("POST", "/api/v1/companies", { name: "  Acme Logística  ", domain: "ACME.example", country: "br" });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "Acme Logística", domain: "acme.example", country: "BR", customerCount: 0 });
    expect(created.body.id).toMatch(/^[0-9a-f-]{36}$/);
    const got = await t.call("GET", `/api/v1/companies/${created.body.id}`);
    expect(got).toEqual({ status: 200, body: created.body });

    const patched = await t.call("PATCH", `/api/v1/companies/${created.body.id}`, { domain: null, country: "PT" });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: "Acme Logística", domain: null, country: "PT" });
    expect(new Date(patched.body.updatedAt) >= new Date(created.body.updatedAt)).toBe(true);
    const renamed = await t.call("PATCH", `/api/v1/companies/${created.body.id}`, { name: "Acme Logística Lda" });
    expect(renamed.body).toMatchObject({ name: "Acme Logística Lda", country: "PT", domain: null });

    expect((await t.call("DELETE", `/api/v1/companies/${created.body.id}`)).status).toBe(204);
    expect((await t.call("GET", `/api/v1/companies/${created.body.id}`)).status).toBe(404);
    expect((await t.call("DELETE", `/api/v1/companies/${created.body.id}`)).status).toBe(404);
  });

  it("answers 404 for unknown ids, 400 for invalid input, 403 when an agent deletes", async () => {
    for (const method of ["GET", "PATCH", "DELETE"] as const) {
      const res = await t.call(method, `/api/v1/companies/${MISSING}`, method === "PATCH" ? { name: "x" } : undefined);
      expect(res.status, method).toBe(404);
      expect(res.body.error.code).toBe("NOT_FOUND");
    }
    const cases: Array<[unknown, string]> = [
      [{}, "name"],
      [{ name: "   " }, "name"],
      [{ name: "A", domain: "not a domain" }, "domain"],
      [{ name: "A", country: "XX" }, "country"],
      [{ name: "A", website: "a.example" }, "website"],
    ];
    for (const [body, field] of cases) {
      const res = await t.call("POST", "/api/v1/companies", body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error).toMatchObject({ code: "VALIDATION_FAILED", field });
    }
    expect((await t.call("GET", "/api/v1/companies/not-a-uuid")).body.error.field).toBe("id");
    const agent = await t.tokenFor("agent");
    const company = await t.call("POST", "/api/v1/companies", { name: "Agent Made Co" }, agent);
    expect(company.status).toBe(201);
    const del = await t.call("DELETE", `/api/v1/companies/${company.body.id}`, undefined, agent);
    expect(del.status).toBe(403);
    expect((await t.call("GET", `/api/v1/companies/${company.body.id}`)).status).toBe(200);
  });

  it("answers 409 for a name that differs only in case or accents, in any script", async () => {
    const pairs: Array<[string, string]> = [
      ["Globex Corporation", "GLOBEX corporation"],
      ["ООО Ромашка", "ооо ромашка"],
      ["Café Müller", "cafe muller"],
      ["Ελληνική Εταιρεία", "ελληνικη εταιρεια"],
    ];
    for (const [first, second] of pairs) {
      expect((await t.call("POST", "/api/v1/companies", { name: first })).status).toBe(201);
      const dup = await t.call("POST", "/api/v1/companies", { name: second });
      expect(dup.status, second).toBe(409);
      expect(dup.body.error).toMatchObject({ code: "CONFLICT", field: "name" });
      expect(dup.body.error.message).toContain(first);
    }
    // Renaming onto another company's name conflicts; changing the case of one's own name does not.
    const other = await t.call("POST", "/api/v1/companies", { name: "Initech" });
    const clash = await t.call("PATCH", `/api/v1/companies/${other.body.id}`, { name: "globex CORPORATION" });
    expect(clash.status).toBe(409);
    const recased = await t.call("PATCH", `/api/v1/companies/${other.body.id}`, { name: "INITECH" });
    expect(recased.status).toBe(200);
    expect(recased.body.name).toBe("INITECH");
  });
});

describe("company search, sorting and pagination", () => {
  const searchable = ["株式会社山田製作所", "ООО Северный Ветер", "Nguyễn Trading", "شركة النور", "Þórsson ehf"];
  const sorted = ["sortco alpha", "Sortco Beta", "SORTCO Émile", "sortco gamma", "Sortco Zulu"];
  beforeAll(async () => {
    for (const name of searchable) expect((await t.call("POST", "/api/v1/companies", { name })).status).toBe(201);
    expect((await t.call("POST", "/api/v1/companies", { name: "Domain Only", domain: "widgets.example" })).status).toBe(201);
    // Created out of order so that creation order does not give the expected name order.
    for (const name of [sorted[3], sorted[0], sorted[4], sorted[2], sorted[1]]) {
      expect((await t.call("POST", "/api/v1/companies", { name })).status).toBe(201);
    }
  });

  it("finds companies in any script, case- and accent-insensitively, and by domain", async () => {
    const q = async (text: string) => names(await t.call("GET", `/api/v1/companies?q=${encodeURIComponent(text)}`));
    expect(await q("山田")).toEqual(["株式会社山田製作所"]);
    expect(await q("северный")).toEqual(["ООО Северный Ветер"]);
    expect(await q("NGUYEN")).toEqual(["Nguyễn Trading"]);
    expect(await q("النور")).toEqual(["شركة النور"]);
    expect(await q("þórsson")).toEqual(["Þórsson ehf"]);
    expect(await q("WIDGETS.EX")).toEqual(["Domain Only"]);
    expect(await q("%")).toEqual([]);
    expect(await q("_")).toEqual([]);
    const res = await t.call("GET", "/api/v1/companies?q=sortco");
    expect(res.body.total).toBe(sorted.length);
  });

  it("sorts by name in human order regardless of case and accents, both directions", async () => {
    const asc = names(await t.call("GET", "/api/v1/companies?q=sortco&sort=name"));
    expect(asc).toEqual(sorted);
    const desc = names(await t.call("GET", "/api/v1/companies?q=sortco&sort=-name"));
    expect(desc).toEqual([...sorted].reverse());
    const defaultOrder = names(await t.call("GET", "/api/v1/companies?q=sortco"));
    expect(defaultOrder).toEqual(sorted);
    const byCreation = names(await t.call("GET", "/api/v1/companies?q=sortco&sort=createdAt"));
    expect(byCreation).toEqual([sorted[3], sorted[0], sorted[4], sorted[2], sorted[1]]);
    expect((await t.call("GET", "/api/v1/companies?sort=domain")).body.error.field).toBe("sort");
  });

  it("paginates with the total of all matches on every page", async () => {
    const pages = await Promise.all(
      [0, 2, 4].map((offset) => t.call("GET", `/api/v1/companies?q=sortco&sort=name&limit=2&offset=${offset}`)),
    );
    expect(pages.map((p) => p.body.total)).toEqual([5, 5, 5]);
    expect(pages.map((p) => p.body.items.length)).toEqual([2, 2, 1]);
    expect(pages.flatMap((p) => names(p))).toEqual(sorted);
    const beyond = await t.call("GET", "/api/v1/companies?q=sortco&limit=2&offset=10");
    expect(beyond.body).toEqual({ items: [], total: 5 });
    const all = await t.call("GET", "/api/v1/companies?limit=100");
    expect(all.body.total).toBe(all.body.items.length);
  });
});

describe("companies and their customers", () => {
  it("counts the customers linked to a company and keeps them, unlinked, when it is deleted", async () => {
    const company = (await t.call("POST", "/api/v1/companies", { name: "Counted GmbH", country: "DE" })).body;
    const other = (await t.call("POST", "/api/v1/companies", { name: "Other GmbH" })).body;
    const linked = [];
    for (const name of ["Anna Schmidt", "Jörg Weber"]) {
      const res = await t.call("POST", "/api/v1/customers", { name, companyId: company.id });
      expect(res.status).toBe(201);
      expect(res.body.company).toEqual({ id: company.id, name: "Counted GmbH" });
      linked.push(res.body);
    }
    await t.call("POST", "/api/v1/customers", { name: "Unlinked Person" });
    await t.call("POST", "/api/v1/customers", { name: "Elsewhere Person", companyId: other.id });
    expect((await t.call("GET", `/api/v1/companies/${company.id}`)).body.customerCount).toBe(2);
    const listed = (await t.call("GET", "/api/v1/companies?q=gmbh")).body.items;
    expect(listed.map((c: { name: string; customerCount: number }) => [c.name, c.customerCount])).toEqual([
      ["Counted GmbH", 2],
      ["Other GmbH", 1],
    ]);

    // Moving a customer to the other company moves the count.
    await t.call("PATCH", `/api/v1/customers/${linked[1].id}`, { companyId: other.id });
    expect((await t.call("GET", `/api/v1/companies/${company.id}`)).body.customerCount).toBe(1);
    expect((await t.call("GET", `/api/v1/companies/${other.id}`)).body.customerCount).toBe(2);

    expect((await t.call("DELETE", `/api/v1/companies/${company.id}`)).status).toBe(204);
    const kept = await t.call("GET", `/api/v1/customers/${linked[0].id}`);
    expect(kept.status).toBe(200);
    expect(kept.body).toMatchObject({ name: "Anna Schmidt", companyId: null, company: null });
    const moved = await t.call("GET", `/api/v1/customers/${linked[1].id}`);
    expect(moved.body).toMatchObject({ companyId: other.id, company: { id: other.id, name: "Other GmbH" } });
    expect((await t.call("GET", `/api/v1/customers?companyId=${company.id}`)).body.total).toBe(0);
  });
});
