import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "../../../src/modules/segments/segment-export.csv.js";
import { zonedIsoTime } from "../../../src/shared/wall-clock.js";

describe("CSV cells", () => {
  it("quote commas, quotes and line breaks, and leave plain text alone", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('Dupont, "Jean"')).toBe('"Dupont, ""Jean"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(" padded ")).toBe('" padded "');
    expect(csvCell(null)).toBe("");
    expect(csvCell(12.5)).toBe("12.5");
  });

  it("defuse spreadsheet formulas but keep phone numbers and negative amounts", () => {
    expect(csvCell("=SUM(A1:A9)")).toBe("'=SUM(A1:A9)");
    expect(csvCell("@cmd")).toBe("'@cmd");
    expect(csvCell("+cmd|' /C calc'!A0")).toBe("'+cmd|' /C calc'!A0");
    expect(csvCell("+33612345678")).toBe("+33612345678");
    expect(csvCell("-12.50")).toBe("-12.50");
  });

  it("start with a byte order mark and end rows with CRLF", () => {
    expect(toCsv(["a", "b"], [["王秀英", 1]])).toBe("\uFEFFa,b\r\n王秀英,1\r\n");
  });
});

describe("zoned ISO time", () => {
  it("writes the wall clock of the zone with its offset at that instant", () => {
    const instant = new Date(Date.UTC(2026, 6, 1, 12, 0, 0));
    const offsetOf = (zone: string) =>
      new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" }).formatToParts(instant).find((p) => p.type === "timeZoneName")!.value.replace("GMT", "") || "+00:00";
    for (const zone of ["Asia/Kolkata", "America/Sao_Paulo", "Europe/London", "UTC", "Asia/Kathmandu"]) {
      const iso = zonedIsoTime(instant, zone)!;
      expect(iso.endsWith(offsetOf(zone))).toBe(true);
      expect(Date.parse(iso)).toBe(instant.getTime());
    }
    expect(zonedIsoTime(instant, "Mars/Olympus_Mons")).toBeNull();
  });
});
