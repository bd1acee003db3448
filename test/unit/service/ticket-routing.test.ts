import { describe, expect, it } from "vitest";
import { relatedLanguages, relatedLanguageTable, routingLanguage } from "../../../src/modules/service/related-languages.js";
import { teamCalendar } from "../../../src/modules/service/team-calendar.js";
import { type RoutingTeam, routeTicket } from "../../../src/modules/service/ticket-routing.service.js";
import type { LanguageSkill } from "../../../src/modules/service/teams.schema.js";

const ALWAYS = Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, [{ start: "00:00", end: "24:00" }]]));
const NEVER = {};
let n = 0;
function team(name: string, languages: Array<string | LanguageSkill>, opts: { open?: boolean; mt?: boolean; members?: Array<[string, number, string[]?]>; capacity?: number } = {}): RoutingTeam {
  n++;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
    name,
    languages: languages.map((l) => (typeof l === "string" ? { language: l, proficiency: "native" } : l)),
    mtAssisted: opts.mt ?? false,
    capacityPerAgent: opts.capacity ?? 10,
    calendar: teamCalendar({ timeZone: "UTC", businessHours: opts.open === false ? NEVER : ALWAYS, holidayCountry: null, holidays: [] }),
    members: (opts.members ?? [[`${name} agent`, 0]]).map(([memberName, openTickets, langs], i) => ({
      id: `10000000-0000-4000-8000-${String(n * 100 + i).padStart(12, "0")}`,
      name: memberName,
      openTickets,
      languages: (langs ?? []).map((l) => ({ language: l, proficiency: "native" as const })),
    })),
  };
}
const NOW = new Date("2027-06-01T10:00:00Z");

describe("routing", () => {
  it("prefers native over fluent over basic among teams serving the language", () => {
    const basic = team("Basic", [{ language: "de", proficiency: "basic" }]);
    const fluent = team("Fluent", [{ language: "de", proficiency: "fluent" }]);
    const native = team("Native", ["en", "de"]);
    expect(routeTicket({ language: "de", customerLanguages: [] }, [basic, fluent, native], NOW).team?.name).toBe("Native");
    expect(routeTicket({ language: "de-AT", customerLanguages: [] }, [basic, fluent], NOW).team).toMatchObject({ name: "Fluent", proficiency: "fluent" });
  });

  it("tries the customer's other languages before related languages and machine translation", () => {
    const es = team("Madrid", ["es"]);
    const en = team("London", ["en"]);
    const mt = team("Global", ["ko"], { mt: true });
    const d = routeTicket({ language: "ja", customerLanguages: ["ja", "en"] }, [es, mt, en], NOW);
    expect(d.team).toMatchObject({ name: "London", match: "exact" });
    expect(d.reason).toBe("ja → en (the customer's next language) → London (English native) → London agent, 0 open tickets");
    const gl = routeTicket({ language: "gl", customerLanguages: [] }, [mt, es, team("Lisbon", ["pt"])], NOW);
    expect(gl.team).toMatchObject({ name: "Madrid", match: "related", relation: "regional" });
  });

  it("lets an open team beat a closed better one, and keeps the best closed one when none is open", () => {
    const closed = team("Cairo", ["ar"], { open: false });
    const fluentOpen = team("Dubai", [{ language: "ar", proficiency: "fluent" }]);
    const mt = team("Global", ["en"], { mt: true });
    expect(routeTicket({ language: "ar", customerLanguages: [] }, [closed, fluentOpen, mt], NOW).team?.name).toBe("Dubai");
    const closedMt = team("Night", ["en"], { mt: true, open: false });
    const d = routeTicket({ language: "ar", customerLanguages: [] }, [closedMt, closed], NOW);
    expect(d.team).toMatchObject({ name: "Cairo", open: false, opensAt: null });
    expect(d.skipped).toEqual([]);
    expect(d.reason).toContain("no open team serves it");
  });

  it("balances by load within capacity, agents who read the language first", () => {
    const t = team("Paris", ["fr"], { capacity: 3, members: [["Zoé", 1, ["fr"]], ["Alex", 0, ["en"]], ["Bea", 2, ["fr"]]] });
    expect(routeTicket({ language: "fr", customerLanguages: [] }, [t], NOW).assignee).toMatchObject({ name: "Zoé", openTickets: 1, speaksLanguage: true });
    const full = team("Full", ["fr"], { capacity: 2, members: [["A", 2], ["B", 3]] });
    const d = routeTicket({ language: "fr", customerLanguages: [] }, [full], NOW);
    expect(d).toMatchObject({ team: { name: "Full" }, assignee: null, assigneeNote: "all_at_capacity" });
    expect(d.reason).toBe("fr → Full (French native) → every agent at capacity (2): queued");
    // Two equal teams: the one with a free agent, then the lighter one.
    const busy = team("Busy", ["fr"], { members: [["C", 7]] });
    const calm = team("Calm", ["fr"], { members: [["D", 1]] });
    expect(routeTicket({ language: "fr", customerLanguages: [] }, [full, busy, calm], NOW).team?.name).toBe("Calm");
  });

  it("says so when no team can take the language", () => {
    expect(routeTicket({ language: "ja", customerLanguages: [] }, [], NOW)).toMatchObject({ team: null, noTeam: "no_teams" });
    const d = routeTicket({ language: "ja", customerLanguages: [] }, [team("Madrid", ["es"])], NOW);
    expect(d).toMatchObject({ team: null, noTeam: "no_match", assignee: null });
    expect(d.reason).toBe("ja → no team serves Japanese and none works through machine translation: unassigned");
    // Unknown language: only a machine-translation team can read anything.
    expect(routeTicket({ language: null, customerLanguages: [] }, [team("Global", ["en"], { mt: true })], NOW).team?.match).toBe("mt");
  });
});

describe("related languages", () => {
  it("lists regional languages before close ones, and leaves out contested pairs", () => {
    expect(relatedLanguages("gl").map((r) => r.language)).toEqual(["es", "pt"]);
    expect(relatedLanguages("ca")).toEqual([{ language: "es", relation: "regional" }]);
    expect(relatedLanguages("es").map((r) => r.language)).toEqual(["pt"]);
    expect(relatedLanguages("nb").map((r) => r.language)).toEqual(["nn", "da", "sv"]);
    expect(relatedLanguages("no").map((r) => r.language)).toEqual(["nn", "da", "sv"]);
    expect(routingLanguage("pt-BR")).toBe("pt");
    for (const [from, to] of [["uk", "ru"], ["hi", "ur"], ["ur", "hi"], ["mk", "bg"], ["es", "ca"]]) {
      expect(relatedLanguages(from!).map((r) => r.language)).not.toContain(to);
    }
    expect(relatedLanguageTable().length).toBeGreaterThan(30);
  });
});
