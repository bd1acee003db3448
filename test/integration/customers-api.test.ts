import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("customers API", () => {
  it("creates a customer, normalising the phone to E.164 and deriving the time zone from the country", async () => {
    const res = await t.call("POST", "/api/v1/customers", {
      name: "Lupita Hernández",
      country: "mx",
      phones: ["+52 55 1234 5678"],
      emails: ["lupita@example.mx"],
      preferredLanguages: ["es-mx", "en"],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: "Lupita Hernández",
      country: "MX",
      phones: ["+525512345678"],
      timeZone: "America/Mexico_City",
      timeZoneSource: "country",
      preferredLanguages: ["es-MX", "en"],
      consent: { email: false, sms: false, phone: false },
    });
    const got = await t.call("GET", `/api/v1/customers/${res.body.id}`);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(res.body);
  });

  it("reads national phone numbers in the customer's country and derives the zone from the phone without a country", async () => {
    const national = await t.call("POST", "/api/v1/customers", { name: "Hans Maier", country: "DE", phones: ["030 1234567"] });
    expect(national.body.phones).toEqual(["+49301234567"]);
    expect(national.body.timeZone).toBe("Europe/Berlin");
    const byPhone = await t.call("POST", "/api/v1/customers", { name: "Иван Петров", phones: ["+7 495 123-45-67"] });
    expect(byPhone.body).toMatchObject({ timeZone: "Europe/Moscow", timeZoneSource: "phone", country: null });
  });

  it("keeps an explicit time zone when the country changes, and re-derives a derived one", async () => {
    const explicit = await t.call("POST", "/api/v1/customers", { name: "Explicit Zone", country: "US", timeZone: "America/Denver" });
    const moved = await t.call("PATCH", `/api/v1/customers/${explicit.body.id}`, { country: "CA" });
    expect(moved.body).toMatchObject({ country: "CA", timeZone: "America/Denver", timeZoneSource: "explicit" });
    const derived = await t.call("POST", "/api/v1/customers", { name: "Derived Zone", country: "US" });
    expect(derived.body.timeZone).toBe("America/New_York");
    const moved2 = await t.call("PATCH", `/api/v1/customers/${derived.body.id}`, { country: "JP" });
    expect(moved2.body).toMatchObject({ timeZone: "Asia/Tokyo", timeZoneSource: "country" });
  });

  it("answers 400 naming the field for invalid input", async () => {
    const cases: Array<[unknown, string]> = [
      [{}, "name"],
      [{ name: "  " }, "name"],
      [{ name: "A", country: "XX" }, "country"],
      [{ name: "A", emails: ["not-an-email"] }, "emails.0"],
      [{ name: "A", phones: ["+1 555"] }, "phones.0"],
      [{ name: "A", timeZone: "Mars/Olympus" }, "timeZone"],
      [{ name: "A", preferredLanguages: ["en", "!!"] }, "preferredLanguages.1"],
      [{ name: "A", companyId: "00000000-0000-4000-8000-000000000000" }, "companyId"],
      [{ name: "A", nmae: "typo" }, "nmae"],
    ];
    for (const [body, field] of cases) {
      const res = await t.call("POST", "/api/v1/customers", body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error).toMatchObject({ code: "VALIDATION_FAILED", field });
      expect(res.body.error.message).toContain(field);
    }
  });

  it("answers 400 for malformed JSON, 401 without a token, 404 for unknown ids", async () => {
    const bad = await t.app.inject({
      method: "POST",
      url: "/api/v1/customers",
      headers: { authorization: `Bearer ${t.adminToken}`, "content-type": "application/json" },
      payload: "{not json",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe("INVALID_JSON");
    const anon = await t.call("GET", "/api/v1/customers", undefined, null);
    expect(anon).toEqual({ status: 401, body: { error: { code: "UNAUTHENTICATED", message: expect.any(String) } } });
    const forged = await t.call("GET", "/api/v1/customers", undefined, "mundo_ses_forged");
    expect(forged.status).toBe(401);
    const missing = await t.call("GET", "/api/v1/customers/7d0c5b8e-8d0e-4f51-9d7e-4a8b1b2f0c11");
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("NOT_FOUND");
    expect((await t.call("PATCH", "/api/v1/customers/7d0c5b8e-8d0e-4f51-9d7e-4a8b1b2f0c11", { name: "x" })).status).toBe(404);
    expect((await t.call("DELETE", "/api/v1/customers/7d0c5b8e-8d0e-4f51-9d7e-4a8b1b2f0c11")).status).toBe(404);
  });

  it("answers 409 when an email or phone already belongs to another customer", async () => {
    await t.call("POST", "/api/v1/customers", { name: "First", emails: ["Shared@Example.com"], phones: ["+33 1 23 45 67 89"] });
    const dupEmail = await t.call("POST", "/api/v1/customers", { name: "Second", emails: ["shared@example.com"] });
    expect(dupEmail.status).toBe(409);
    expect(dupEmail.body.error).toMatchObject({ code: "CONFLICT", field: "emails" });
    const dupPhone = await t.call("POST", "/api/v1/customers", { name: "Third", phones: ["+33123456789"] });
    expect(dupPhone.body.error).toMatchObject({ code: "CONFLICT", field: "phones" });
    // The failed attempts stored nothing.
    const list = await t.call("GET", "/api/v1/customers?q=second");
    expect(list.body.total).toBe(0);
  });

  it("updates only the fields sent and deletes", async () => {
    const c = await t.call("POST", "/api/v1/customers", {
      name: "Patch Me",
      tags: ["vip"],
      consent: { email: true },
      notes: "keep",
    });
    const patched = await t.call("PATCH", `/api/v1/customers/${c.body.id}`, { consent: { sms: true }, tags: ["vip", "wholesale"] });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: "Patch Me", notes: "keep", tags: ["vip", "wholesale"], consent: { email: true, sms: true, phone: false } });
    expect(new Date(patched.body.updatedAt) >= new Date(c.body.updatedAt)).toBe(true);
    expect((await t.call("DELETE", `/api/v1/customers/${c.body.id}`)).status).toBe(204);
    expect((await t.call("GET", `/api/v1/customers/${c.body.id}`)).status).toBe(404);
  });
});

describe("customer search, sorting and pagination", () => {
  const names = ["Жанна Смирнова", "Андрей Волков", "山田 太郎", "محمد العتيبي", "Émile Zola", "ánh Nguyễn", "Zoë Baker", "प्रिया शर्मा", "สมชาย ใจดี"];
  beforeAll(async () => {
    for (const [i, name] of names.entries()) {
      const res = await t.call("POST", "/api/v1/customers", { name, tags: ["sorting"], country: i % 2 ? "FR" : "RU" });
      expect(res.status).toBe(201);
    }
  });

  it("finds names in any script, case- and accent-insensitively", async () => {
    const q = async (text: string) =>
      (await t.call("GET", `/api/v1/customers?q=${encodeURIComponent(text)}`)).body.items.map((c: { name: string }) => c.name);
    expect(await q("жанна")).toEqual(["Жанна Смирнова"]);
    expect(await q("ВОЛКОВ")).toEqual(["Андрей Волков"]);
    expect(await q("山田")).toEqual(["山田 太郎"]);
    expect(await q("العتيبي")).toEqual(["محمد العتيبي"]);
    expect(await q("emile")).toEqual(["Émile Zola"]);
    expect(await q("nguyen")).toEqual(["ánh Nguyễn"]);
    expect(await q("शर्मा")).toEqual(["प्रिया शर्मा"]);
    expect(await q("ใจดี")).toEqual(["สมชาย ใจดี"]);
    expect(await q("100%_")).toEqual([]);
  });

  it("finds customers by email and by phone digits in any notation", async () => {
    await t.call("POST", "/api/v1/customers", { name: "Phone Person", phones: ["+44 20 7946 0958"], emails: ["phone.person@example.co.uk"] });
    const byPhone = await t.call("GET", `/api/v1/customers?q=${encodeURIComponent("020 7946")}`);
    expect(byPhone.body.items.map((c: { name: string }) => c.name)).toContain("Phone Person");
    const byEmail = await t.call("GET", "/api/v1/customers?q=PHONE.PERSON@");
    expect(byEmail.body.total).toBe(1);
  });

  it("sorts names in human (ICU) order, both directions", async () => {
    const asc = (await t.call("GET", "/api/v1/customers?tag=sorting&sort=name&limit=100")).body.items.map((c: { name: string }) => c.name);
    // ICU root order: Latin (accents next to their base letter), then Cyrillic, then other scripts.
    expect(asc.indexOf("ánh Nguyễn")).toBeLessThan(asc.indexOf("Émile Zola"));
    expect(asc.indexOf("Émile Zola")).toBeLessThan(asc.indexOf("Zoë Baker"));
    expect(asc.indexOf("Zoë Baker")).toBeLessThan(asc.indexOf("Андрей Волков"));
    expect(asc.indexOf("Андрей Волков")).toBeLessThan(asc.indexOf("Жанна Смирнова"));
    const desc = (await t.call("GET", "/api/v1/customers?tag=sorting&sort=-name&limit=100")).body.items.map((c: { name: string }) => c.name);
    expect(desc).toEqual([...asc].reverse());
  });

  it("paginates with a stable total and filters by country and tag", async () => {
    const page1 = await t.call("GET", "/api/v1/customers?tag=sorting&sort=name&limit=4&offset=0");
    const page2 = await t.call("GET", "/api/v1/customers?tag=sorting&sort=name&limit=4&offset=4");
    const page3 = await t.call("GET", "/api/v1/customers?tag=sorting&sort=name&limit=4&offset=8");
    expect(page1.body.total).toBe(names.length);
    expect([page1, page2, page3].map((p) => p.body.items.length)).toEqual([4, 4, 1]);
    const all = [...page1.body.items, ...page2.body.items, ...page3.body.items].map((c: { id: string }) => c.id);
    expect(new Set(all).size).toBe(names.length);
    const fr = await t.call("GET", "/api/v1/customers?tag=sorting&country=fr");
    expect(fr.body.total).toBe(4);
    expect(fr.body.items.every((c: { country: string }) => c.country === "FR")).toBe(true);
    expect((await t.call("GET", "/api/v1/customers?limit=0")).status).toBe(400);
    expect((await t.call("GET", "/api/v1/customers?limit=101")).body.error.field).toBe("limit");
  });
});
