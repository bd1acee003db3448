import { describe, expect, it } from "vitest";
import { average, median, netPromoterScore, startOfLocalDay, weeksBetween, weekStart } from "../../../src/modules/service-metrics/metrics-math.js";
import { csvField, metricsCsv } from "../../../src/modules/service-metrics/service-metrics.csv.js";

describe("metrics math", () => {
  it("median and average", () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(average([1, 2, 6])).toBe(3);
  });

  it("NPS is % promoters minus % detractors", () => {
    expect(netPromoterScore([10, 9, 8, 7, 6, 0])).toEqual({ score: 0, responses: 6, promoters: 2, passives: 2, detractors: 2 });
    expect(netPromoterScore([10, 10, 3]).score).toBe(33.3);
    expect(netPromoterScore([]).score).toBeNull();
  });

  it("weeks start on Monday in the workspace time zone", () => {
    // Sunday 23:30 in UTC is already Monday in Tokyo.
    const at = new Date("2026-03-01T23:30:00Z");
    expect(weekStart(at, "UTC")).toBe("2026-02-23");
    expect(weekStart(at, "Asia/Tokyo")).toBe("2026-03-02");
    expect(weeksBetween(new Date("2026-02-25T12:00:00Z"), new Date("2026-03-10T12:00:00Z"), "UTC")).toEqual(["2026-02-23", "2026-03-02", "2026-03-09"]);
  });

  it("a local day starts at the zone's midnight, across a DST change", () => {
    // Europe/Madrid switches to summer time on the last Sunday of March (from the tz database, through Intl).
    expect(startOfLocalDay("2026-03-28", "Europe/Madrid").toISOString()).toBe("2026-03-27T23:00:00.000Z");
    expect(startOfLocalDay("2026-03-30", "Europe/Madrid").toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(startOfLocalDay("2026-03-30", "America/Mexico_City").toISOString()).toBe("2026-03-30T06:00:00.000Z");
  });
});

describe("metrics CSV", () => {
  it("quotes commas, quotes and line breaks, and defuses formulas", () => {
    expect(csvField('Soporte "España", Madrid')).toBe('"Soporte ""España"", Madrid"');
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
    expect(csvField("=HYPERLINK(\"x\")")).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField(null)).toBe("");
    expect(csvField(4.5)).toBe("4.5");
  });

  it("starts with a BOM, ends lines with CRLF and adds a total row", () => {
    const empty = {
      tickets: 0,
      firstResponse: { medianMinutes: null, averageMinutes: null, count: 0 },
      resolution: { medianMinutes: null, averageMinutes: null, count: 0 },
      sla: { withSla: 0, breached: 0, breachedShare: null },
      csat: { average: 4.5, responses: 2, satisfiedShare: 1 },
      nps: { score: null, responses: 0, promoters: 0, passives: 0, detractors: 0 },
      sentiment: { messages: 0, negative: 0, negativeShare: null },
    };
    const csv = metricsCsv({
      from: "2026-01-01", to: "2026-01-31", timeZone: "Europe/Madrid", groupBy: "language", timeBasis: "wall-clock", notes: [],
      totals: { ...empty, weekly: [] },
      groups: [{ ...empty, key: "es", label: "es", weekly: [] }],
    });
    expect(csv.startsWith("\uFEFFgroup_by,key,label,tickets,")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^language,es,es,0,,,0,,,0,0,0,,4.5,2,100,/);
    expect(lines[2]).toMatch(/^language,total,Total,/);
    expect(lines[3]).toBe("");
  });
});
