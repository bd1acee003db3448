import countries from "i18n-iso-countries";
import { describe, expect, it } from "vitest";
import { REGION_IDS, regionCountries, regionOf } from "../../../src/modules/segments/region-groups.data.js";

describe("region groups", () => {
  it("put every ISO 3166-1 country in exactly one group, and nothing else", () => {
    const known = new Set(Object.keys(countries.getAlpha2Codes()));
    const listed = REGION_IDS.flatMap((id) => regionCountries(id));
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.filter((c) => !known.has(c))).toEqual([]);
    expect([...known].filter((c) => regionOf(c) === null)).toEqual([]);
  });

  it("names the group of a country, case-insensitively", () => {
    expect(regionOf("sa")).toEqual({ id: "mena", name: "Middle East & North Africa" });
    expect(regionOf("SN")?.id).toBe("sub-saharan-africa");
    expect(regionOf("JP")?.id).toBe("east-asia");
    expect(regionOf(null)).toBeNull();
    expect(regionOf("ZZ")).toBeNull();
  });
});
