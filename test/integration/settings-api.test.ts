import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const nineToFive = [{ start: "09:00", end: "17:00" }];
const hours = (overrides: Record<string, unknown> = {}) => ({
  mon: nineToFive,
  tue: nineToFive,
  wed: nineToFive,
  thu: nineToFive,
  fri: nineToFive,
  sat: [],
  sun: [],
  ...overrides,
});
const settings = async () => (await t.call("GET", "/api/v1/settings")).body;

describe("workspace settings", () => {
  it("starts with English, a currency code, a valid zone and Monday-to-Friday business hours", async () => {
    const res = await t.call("GET", "/api/v1/settings", undefined, await t.tokenFor("agent"));
    expect(res.status).toBe(200);
    const s = res.body;
    expect(s.workingLanguage).toBe("en");
    expect(s.baseCurrency).toMatch(/^[A-Z]{3}$/);
    expect(() => new Intl.DateTimeFormat("en", { timeZone: s.timeZone })).not.toThrow();
    expect(Object.keys(s.businessHours).sort()).toEqual([...WEEKDAYS].sort());
    for (const day of ["mon", "tue", "wed", "thu", "fri"]) {
      expect(s.businessHours[day].length, day).toBeGreaterThan(0);
      for (const { start, end } of s.businessHours[day]) expect(start < end).toBe(true);
    }
    expect(s.businessHours.sat).toEqual([]);
    expect(s.businessHours.sun).toEqual([]);
    expect(Number.isNaN(Date.parse(s.updatedAt))).toBe(false);
  });

  it("canonicalises the language tag and the currency code, and persists them", async () => {
    const before = await settings();
    const res = await t.call("PATCH", "/api/v1/settings", { workingLanguage: "zh-cn", baseCurrency: "jpy" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ workingLanguage: "zh-CN", baseCurrency: "JPY" });
    expect(new Date(res.body.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(before.updatedAt).getTime());
    expect(await settings()).toEqual(res.body);
    const more = await t.call("PATCH", "/api/v1/settings", { workingLanguage: " sr-latn-rs ", baseCurrency: " eur " });
    expect(more.body).toMatchObject({ workingLanguage: "sr-Latn-RS", baseCurrency: "EUR" });
  });

  it("keeps the fields a partial update does not mention", async () => {
    const before = await settings();
    const tz = await t.call("PATCH", "/api/v1/settings", { timeZone: "Asia/Kolkata" });
    expect(tz.status).toBe(200);
    expect(tz.body).toEqual({ ...before, timeZone: "Asia/Kolkata", updatedAt: tz.body.updatedAt });
    const weekend = hours({ sat: [{ start: "10:00", end: "14:00" }], fri: [{ start: "08:00", end: "12:00" }, { start: "13:00", end: "24:00" }] });
    const bh = await t.call("PATCH", "/api/v1/settings", { businessHours: weekend });
    expect(bh.body).toEqual({ ...before, timeZone: "Asia/Kolkata", businessHours: weekend, updatedAt: bh.body.updatedAt });
    expect((await settings()).businessHours).toEqual(weekend);
    const empty = await t.call("PATCH", "/api/v1/settings", {});
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({ ...bh.body, updatedAt: empty.body.updatedAt });
  });

  it("answers 400 naming the field path for invalid values, and changes nothing", async () => {
    const before = await settings();
    const cases: Array<[unknown, string]> = [
      [{ baseCurrency: "EURO" }, "baseCurrency"],
      [{ baseCurrency: "XYZ" }, "baseCurrency"],
      [{ workingLanguage: "english!" }, "workingLanguage"],
      [{ timeZone: "Mars/Olympus_Mons" }, "timeZone"],
      [{ timeZone: "" }, "timeZone"],
      [{ businessHours: hours({ mon: [{ start: "25:00", end: "26:00" }] }) }, "businessHours.mon.0.start"],
      [{ businessHours: hours({ tue: [nineToFive[0], { start: "9:00", end: "18:00" }] }) }, "businessHours.tue.1.start"],
      [{ businessHours: hours({ wed: [{ start: "18:00", end: "09:00" }] }) }, "businessHours.wed.0.end"],
      [{ businessHours: hours({ thu: [{ start: "12:00", end: "12:00" }] }) }, "businessHours.thu.0.end"],
      [{ businessHours: hours({ sun: undefined }) }, "businessHours.sun"],
      [{ businessHours: hours({ holiday: [] }) }, "businessHours.holiday"],
      [{ baseCurrency: "USD", currency: "USD" }, "currency"],
      [{ publicUrl: "ftp://crm.example.com" }, "publicUrl"],
      [{ publicUrl: "crm.example.com" }, "publicUrl"],
    ];
    for (const [body, field] of cases) {
      const res = await t.call("PATCH", "/api/v1/settings", body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error, JSON.stringify(body)).toMatchObject({ code: "VALIDATION_FAILED", field });
      expect(res.body.error.message).toContain(field);
    }
    expect(await settings()).toEqual(before);
  });

  it("keeps one public address for links customers and receivers open, trailing slash dropped; null clears it", async () => {
    expect((await settings()).publicUrl).toBeNull();
    expect((await t.call("PATCH", "/api/v1/settings", { publicUrl: "https://crm.example.com/" })).body.publicUrl).toBe("https://crm.example.com");
    expect((await settings()).publicUrl).toBe("https://crm.example.com");
    expect((await t.call("PATCH", "/api/v1/settings", { publicUrl: null })).body.publicUrl).toBeNull();
  });

  it("refuses a JSON body that is not an object", async () => {
    for (const json of ["[]", '"en"', "42", "null"]) {
      const res = await t.app.inject({
        method: "PATCH",
        url: "/api/v1/settings",
        headers: { authorization: `Bearer ${t.adminToken}`, "content-type": "application/json" },
        payload: json,
      });
      expect(res.statusCode, json).toBe(400);
      expect(res.json().error.code, json).toMatch(/VALIDATION_FAILED|INVALID_JSON/);
    }
  });
});
