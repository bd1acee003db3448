import { languageName } from "../../language/language-tags.js";
import { localDate, localTime, nextChange, weekdayOf } from "./business-time.js";
import { relatedLanguages, type Relation, routingLanguage } from "./related-languages.js";
import type { TeamCalendar } from "./team-calendar.js";
import type { LanguageSkill, Proficiency } from "./teams.schema.js";
import type { RoutingDecision } from "./tickets.schema.js";

// Routing by language, in this order:
// 1. a team serving the customer's language (native > fluent > basic), trying the customer's languages
//    in priority order (the ticket's language first);
// 2. a team serving a related language (related-languages.ts);
// 3. a team that works through machine translation;
// then business hours now: the best-ranked team that is open wins, so a closed exact team loses to the
// next open team covering the language, or to an open MT team; if none is open, the best-ranked team;
// then load: its least-loaded agent below the team's capacity (agents reading the language first).

export interface RoutingMember {
  id: string;
  name: string;
  languages: LanguageSkill[];
  openTickets: number;
}

export interface RoutingTeam {
  id: string;
  name: string;
  languages: LanguageSkill[];
  mtAssisted: boolean;
  capacityPerAgent: number;
  calendar: TeamCalendar;
  members: RoutingMember[];
}

type Match = { kind: "exact" | "related" | "mt" | "none"; key: number[]; language: string | null; proficiency: Proficiency | null; relation: Relation | null; customerLanguage: string | null };

const PROFICIENCY_RANK: Record<Proficiency, number> = { native: 0, fluent: 1, basic: 2 };

function bestMatch(team: RoutingTeam, langs: string[]): Match | null {
  let best: Match | null = null;
  const consider = (m: Match) => {
    if (!best || compareKeys(m.key, best.key) < 0) best = m;
  };
  langs.forEach((lang, i) => {
    team.languages.forEach((skill, j) => {
      const served = routingLanguage(skill.language);
      if (served === lang) {
        consider({ kind: "exact", key: [0, i, PROFICIENCY_RANK[skill.proficiency], j], language: skill.language, proficiency: skill.proficiency, relation: null, customerLanguage: lang });
      }
      const r = relatedLanguages(lang).findIndex((rel) => rel.language === served);
      if (r >= 0) {
        const relation = relatedLanguages(lang)[r]!.relation;
        consider({ kind: "related", key: [1, i, r, PROFICIENCY_RANK[skill.proficiency]], language: skill.language, proficiency: skill.proficiency, relation, customerLanguage: lang });
      }
    });
  });
  if (team.mtAssisted) consider({ kind: "mt", key: [2, 0, 0, 0], language: null, proficiency: null, relation: null, customerLanguage: langs[0] ?? null });
  if (langs.length === 0) consider({ kind: "none", key: [3, 0, 0, 0], language: null, proficiency: null, relation: null, customerLanguage: null });
  return best;
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Members below capacity, best first: reads the language, then fewest open tickets, then name. */
export function pickAgent(team: RoutingTeam, language: string | null): { agent: RoutingMember | null; note: "least_loaded" | "no_members" | "all_at_capacity"; speaks: boolean } {
  if (team.members.length === 0) return { agent: null, note: "no_members", speaks: false };
  const speaks = (m: RoutingMember) => !language || m.languages.length === 0 || m.languages.some((l) => routingLanguage(l.language) === routingLanguage(language));
  const eligible = team.members.filter((m) => m.openTickets < team.capacityPerAgent);
  if (eligible.length === 0) return { agent: null, note: "all_at_capacity", speaks: false };
  eligible.sort((a, b) => Number(speaks(b)) - Number(speaks(a)) || a.openTickets - b.openTickets || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
  return { agent: eligible[0]!, note: "least_loaded", speaks: speaks(eligible[0]!) };
}

const freeSeats = (t: RoutingTeam) => t.members.some((m) => m.openTickets < t.capacityPerAgent);
const lightest = (t: RoutingTeam) => Math.min(Infinity, ...t.members.filter((m) => m.openTickets < t.capacityPerAgent).map((m) => m.openTickets));

function openState(team: RoutingTeam, now: Date) {
  const change = nextChange(now, team.calendar);
  const holiday = team.calendar.holidayName(localDate(now, team.calendar.timeZone));
  return { open: change.open, opensAt: change.open ? null : change.at, holiday: change.open ? null : holiday };
}

const name = (tag: string) => languageName(tag, "en");

/** "09:00 Africa/Cairo", with the weekday when it is not today there. */
function opensText(at: Date | null, now: Date, timeZone: string): string {
  if (!at) return "no opening hours";
  const day = localDate(at, timeZone);
  const weekday = day === localDate(now, timeZone) ? "" : `${weekdayOf(day).charAt(0).toUpperCase()}${weekdayOf(day).slice(1)} `;
  return `opens ${weekday}${localTime(at, timeZone)} ${timeZone}`;
}

function matchText(m: Match): string {
  if (m.kind === "mt") return "machine translation";
  if (m.kind === "none") return "language unknown";
  const base = `${name(m.language!)} ${m.proficiency}`;
  return m.kind === "related" ? `${base}, related to ${name(m.customerLanguage!)}` : base;
}

export interface RoutingRequest {
  /** The ticket's language (given or detected), or null. */
  language: string | null;
  /** The customer's preferred languages, most preferred first. */
  customerLanguages: string[];
}

/** Chooses the team and agent for a ticket; pure given the teams (with their load) and the time. */
export function routeTicket(req: RoutingRequest, teams: RoutingTeam[], now: Date): RoutingDecision {
  const langs = [...new Set([req.language, ...req.customerLanguages].filter((l): l is string => Boolean(l) && l !== "und").map(routingLanguage))];
  const head = langs[0] ?? "language unknown";
  const base = { mode: "auto" as const, at: now.toISOString(), language: req.language, languages: langs };

  const ranked = teams
    .map((team) => ({ team, match: bestMatch(team, langs) }))
    .filter((c): c is { team: RoutingTeam; match: Match } => c.match !== null)
    .sort((a, b) => compareKeys(a.match.key, b.match.key) || Number(freeSeats(b.team)) - Number(freeSeats(a.team)) || lightest(a.team) - lightest(b.team) || a.team.name.localeCompare(b.team.name));

  if (ranked.length === 0) {
    const noTeam = teams.length === 0 ? ("no_teams" as const) : ("no_match" as const);
    const reason =
      noTeam === "no_teams"
        ? `${head} → no teams yet: unassigned`
        : `${head} → no team serves ${langs.map(name).join(" or ")} and none works through machine translation: unassigned`;
    return { ...base, reason, team: null, skipped: [], noTeam, assignee: null, assigneeNote: null };
  }

  const skipped: RoutingDecision["skipped"] = [];
  let chosen: (typeof ranked)[number] | null = null;
  let chosenState: ReturnType<typeof openState> | null = null;
  for (const c of ranked) {
    const state = openState(c.team, now);
    if (state.open) {
      chosen = c;
      chosenState = state;
      break;
    }
    skipped.push({
      id: c.team.id,
      name: c.team.name,
      match: c.match.kind,
      language: c.match.language,
      proficiency: c.match.proficiency,
      why: state.holiday ? "holiday" : "hours",
      holiday: state.holiday,
      opensAt: state.opensAt?.toISOString() ?? null,
      opensAtLocal: state.opensAt ? localTime(state.opensAt, c.team.calendar.timeZone) : null,
      timeZone: c.team.calendar.timeZone,
    });
  }
  // Nobody open: the best-ranked team still takes it, and its clock waits for its opening.
  const allClosed = chosen === null;
  if (!chosen) {
    chosen = ranked[0]!;
    chosenState = openState(chosen.team, now);
    skipped.length = 0;
  }
  const { team, match } = chosen;
  const pick = pickAgent(team, match.kind === "exact" || match.kind === "related" ? match.language : null);

  const parts: string[] = [head];
  for (const s of skipped) {
    const why = s.why === "holiday" ? `closed for ${s.holiday}` : "closed";
    parts.push(`${s.name} ${why} (${opensText(s.opensAt ? new Date(s.opensAt) : null, now, s.timeZone)})`);
  }
  if (match.customerLanguage && match.customerLanguage !== langs[0] && match.kind !== "mt") parts.push(`${match.customerLanguage} (the customer's next language)`);
  let teamText = `${team.name} (${matchText(match)})`;
  if (allClosed) {
    const why = chosenState!.holiday ? `closed for ${chosenState!.holiday}` : "closed";
    teamText += `, ${why}: ${opensText(chosenState!.opensAt, now, team.calendar.timeZone)}; no open team serves it`;
  }
  parts.push(teamText);
  if (pick.agent) parts.push(`${pick.agent.name}, ${pick.agent.openTickets} open ticket${pick.agent.openTickets === 1 ? "" : "s"}`);
  else parts.push(pick.note === "no_members" ? "no agents in the team: queued" : `every agent at capacity (${team.capacityPerAgent}): queued`);

  return {
    ...base,
    reason: parts.join(" → "),
    team: {
      id: team.id,
      name: team.name,
      match: match.kind,
      language: match.language,
      proficiency: match.proficiency,
      relation: match.relation,
      open: chosenState!.open,
      opensAt: chosenState!.opensAt?.toISOString() ?? null,
      timeZone: team.calendar.timeZone,
    },
    skipped,
    noTeam: null,
    assignee: pick.agent ? { id: pick.agent.id, name: pick.agent.name, openTickets: pick.agent.openTickets, capacity: team.capacityPerAgent, speaksLanguage: pick.speaks } : null,
    assigneeNote: pick.note,
  };
}

/** A decision for a team chosen by hand (teamId given); the agent is still picked by load unless given. */
export function manualRouting(team: RoutingTeam | null, assignee: { id: string; name: string } | null, language: string | null, now: Date, by: string): RoutingDecision {
  const pick = team && !assignee ? pickAgent(team, language) : null;
  const agent = assignee ?? pick?.agent ?? null;
  const parts = [`set by ${by}`];
  if (team) parts.push(team.name);
  if (agent) parts.push(pick?.agent ? `${agent.name}, ${pick.agent.openTickets} open tickets` : agent.name);
  else if (team) parts.push(pick?.note === "no_members" ? "no agents in the team: queued" : "every agent at capacity: queued");
  const state = team ? openState(team, now) : null;
  return {
    reason: parts.join(" → "),
    mode: "manual",
    at: now.toISOString(),
    language,
    languages: language ? [routingLanguage(language)] : [],
    team: team
      ? { id: team.id, name: team.name, match: "manual", language: null, proficiency: null, relation: null, open: state!.open, opensAt: state!.opensAt?.toISOString() ?? null, timeZone: team.calendar.timeZone }
      : null,
    skipped: [],
    noTeam: null,
    assignee: agent
      ? { id: agent.id, name: agent.name, openTickets: pick?.agent?.openTickets ?? 0, capacity: team?.capacityPerAgent ?? 0, speaksLanguage: pick?.speaks ?? true }
      : null,
    assigneeNote: assignee ? "manual" : (pick?.note ?? null),
  };
}
