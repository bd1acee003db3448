import ct from "countries-and-timezones";
import countries from "i18n-iso-countries";
import { describe, expect, it } from "vitest";
import { normalisePhones, resolveTimeZone } from "../../src/modules/customers/customer-contact.js";
import { AppError } from "../../src/shared/app-error.js";
import { primaryTimeZone } from "../../src/shared/country-time-zone.js";

function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  }
  throw new Error("expected an AppError");
}

describe("normalisePhones", () => {
  it("turns international notation into E.164", () => {
    expect(normalisePhones(["+52 55 1234 5678"], null)).toEqual(["+525512345678"]);
    expect(normalisePhones(["+44 (20) 7946-0958", "+81 3-1234-5678"], "FR")).toEqual(["+442079460958", "+81312345678"]);
  });

  it("reads national notation in the customer's country", () => {
    expect(normalisePhones(["030 1234567"], "DE")).toEqual(["+49301234567"]);
    expect(normalisePhones(["55 1234 5678"], "MX")).toEqual(["+525512345678"]);
    expect(normalisePhones(["(212) 555-0123"], "US")).toEqual(["+12125550123"]);
  });

  it("collapses the same number written twice", () => {
    expect(normalisePhones(["+49 30 1234567", "030 1234567", "+49301234567"], "DE")).toEqual(["+49301234567"]);
    expect(normalisePhones([], "DE")).toEqual([]);
  });

  it("rejects an invalid number with a 400 AppError naming its index", () => {
    const err = thrown(() => normalisePhones(["+49 30 1234567", "12"], "DE"));
    expect(err.code).toBe("VALIDATION_FAILED");
    expect(err.status).toBe(400);
    expect(err.field).toBe("phones.1");
    expect(err.message).toContain('"12"');
    expect(thrown(() => normalisePhones(["+1 555"], null)).field).toBe("phones.0");
    expect(thrown(() => normalisePhones(["not a phone"], "US")).field).toBe("phones.0");
  });

  it("hints at the country code when a national number comes without a country", () => {
    expect(thrown(() => normalisePhones(["030 1234567"], null)).message).toMatch(/country code/);
    expect(thrown(() => normalisePhones(["12"], "DE")).message).not.toMatch(/country code/);
  });
});

describe("resolveTimeZone", () => {
  it("derives the main zone of the country", () => {
    expect(resolveTimeZone(null, "MX", [])).toEqual({ timeZone: "America/Mexico_City", source: "country" });
    expect(resolveTimeZone(undefined, "US", [])).toEqual({ timeZone: "America/New_York", source: "country" });
    expect(resolveTimeZone(null, "JP", ["+525512345678"])).toEqual({ timeZone: "Asia/Tokyo", source: "country" });
  });

  it("lets an explicit zone win over country and phones", () => {
    expect(resolveTimeZone("America/Tijuana", "MX", ["+525512345678"])).toEqual({
      timeZone: "America/Tijuana",
      source: "explicit",
    });
  });

  it("falls back to the first phone whose country has a zone", () => {
    expect(resolveTimeZone(null, null, ["+7 495 123-45-67"])).toEqual({ timeZone: "Europe/Moscow", source: "phone" });
    expect(resolveTimeZone(null, null, ["+81312345678", "+525512345678"])).toEqual({ timeZone: "Asia/Tokyo", source: "phone" });
    expect(resolveTimeZone(null, null, [])).toEqual({ timeZone: null, source: null });
  });
});

describe("primaryTimeZone", () => {
  const codes = Object.keys(countries.getAlpha2Codes());

  it("gives every ISO country either null or a valid IANA zone of that country", () => {
    expect(codes.length).toBeGreaterThan(240);
    const unknown: string[] = [];
    for (const code of codes) {
      const tz = primaryTimeZone(code);
      if (tz === null) {
        unknown.push(code);
        continue;
      }
      expect(() => new Intl.DateTimeFormat("en", { timeZone: tz }), `${code}: ${tz}`).not.toThrow();
      const ofCountry = (ct.getTimezonesForCountry(code, { deprecated: true }) ?? []).map((z) => z.name);
      expect(ofCountry, `${code}: ${tz}`).toContain(tz);
    }
    // Only uninhabited or unlisted territories lack a zone.
    expect(unknown.length).toBeLessThan(10);
  });

  it("is case-insensitive and null for unknown codes", () => {
    expect(primaryTimeZone("mx")).toBe("America/Mexico_City");
    expect(primaryTimeZone("ZZ")).toBeNull();
  });
});
