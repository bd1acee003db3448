import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { foldForSearch } from "../../shared/search-text.js";
import type { SettingsService } from "../settings/index.js";
import { localDate, localTime, nextChange, WEEKDAYS } from "./business-time.js";
import { countryHolidays, isHolidayCountry, type TeamCalendar, teamCalendar } from "./team-calendar.js";
import type { RoutingTeam } from "./ticket-routing.service.js";
import { createTeamsRepository, type MemberRow, type TeamRow } from "./teams.repository.js";
import type { BusinessHoursInput, CreateTeamInput, LanguageSkill, TeamDto, TeamListQuery, UpdateTeamInput } from "./teams.schema.js";

type Hours = BusinessHoursInput;
type Holiday = { date: string; name: string | null };

const calendarOf = (r: TeamRow): TeamCalendar =>
  teamCalendar({ timeZone: r.time_zone, businessHours: r.business_hours as Hours, holidayCountry: r.holiday_country, holidays: r.holidays as Holiday[] });

/** Teams, their members, calendars and load. `now` is the module's clock (injectable for tests). */
export function createTeamsService(db: Kysely<DB>, settings: SettingsService, now: () => Date) {
  const repo = createTeamsRepository(db);

  function status(calendar: TeamCalendar, at: Date): TeamDto["status"] {
    const change = nextChange(at, calendar);
    const holiday = change.open ? null : calendar.holidayName(localDate(at, calendar.timeZone));
    return {
      open: change.open,
      closedReason: change.open ? null : holiday ? "holiday" : "hours",
      holiday,
      changesAt: change.at?.toISOString() ?? null,
      localTime: localTime(at, calendar.timeZone),
    };
  }

  async function toDtos(rows: TeamRow[]): Promise<TeamDto[]> {
    const ids = rows.map((r) => r.id);
    const members = await repo.members(ids);
    const [userLoad, teamLoad] = await Promise.all([repo.loadByUser([...new Set(members.map((m) => m.id))]), repo.loadByTeam(ids)]);
    const at = now();
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      languages: r.languages as LanguageSkill[],
      timeZone: r.time_zone,
      businessHours: r.business_hours as Hours,
      holidayCountry: r.holiday_country,
      holidays: r.holidays as Holiday[],
      capacityPerAgent: r.capacity_per_agent,
      mtAssisted: r.mt_assisted,
      slaPolicyId: r.sla_policy_id,
      members: members
        .filter((m) => m.team_id === r.id)
        .map((m) => ({ id: m.id, name: m.name, role: m.role, languages: m.languages ?? [], openTickets: userLoad.get(m.id) ?? 0 })),
      openTickets: teamLoad.get(r.id) ?? 0,
      status: status(calendarOf(r), at),
      createdAt: r.created_at.toISOString(),
      updatedAt: r.updated_at.toISOString(),
    }));
  }

  async function get(id: string): Promise<TeamDto> {
    const row = await repo.findById(id);
    if (!row) throw notFound("Team", id);
    return (await toDtos([row]))[0]!;
  }

  async function validate(input: UpdateTeamInput & { name?: string }, exceptId?: string) {
    if (input.name !== undefined) {
      const existing = await repo.findByNameKey(foldForSearch(input.name));
      if (existing && existing.id !== exceptId) throw new AppError("CONFLICT", `A team named "${existing.name}" already exists`, "name");
    }
    if (input.holidayCountry && !isHolidayCountry(input.holidayCountry)) {
      throw new AppError("VALIDATION_FAILED", `holidayCountry: date-holidays has no public holidays for ${input.holidayCountry}`, "holidayCountry");
    }
    if (input.slaPolicyId && !(await repo.slaPolicyExists(input.slaPolicyId))) {
      throw new AppError("VALIDATION_FAILED", `slaPolicyId: SLA policy ${input.slaPolicyId} does not exist`, "slaPolicyId");
    }
    if (input.members) await assertUsers(input.members, "members");
  }

  async function assertUsers(ids: string[], field: string) {
    const found = new Set(await repo.existingUsers(ids));
    const missing = ids.find((id) => !found.has(id));
    if (missing) throw new AppError("VALIDATION_FAILED", `${field}: user ${missing} does not exist`, field);
  }

  const json = (v: unknown) => JSON.stringify(v);

  return {
    repo,
    get,
    async list(q: TeamListQuery) {
      const { items, total } = await repo.list(q);
      return { items: await toDtos(items), total };
    },
    async create(input: CreateTeamInput & { languages: LanguageSkill[] }) {
      await validate(input);
      const hours = input.businessHours ?? ((await settings.get()).businessHours as Hours);
      const { id } = await repo.insert({
        name: input.name,
        name_key: foldForSearch(input.name),
        languages: json(input.languages),
        time_zone: input.timeZone,
        business_hours: json(hours),
        holiday_country: input.holidayCountry ?? null,
        holidays: json(input.holidays ?? []),
        capacity_per_agent: input.capacityPerAgent ?? 10,
        mt_assisted: input.mtAssisted ?? false,
        sla_policy_id: input.slaPolicyId ?? null,
      });
      if (input.members?.length) await repo.setMembers(id, [...new Set(input.members)]);
      return get(id);
    },
    async update(id: string, patch: UpdateTeamInput & { languages?: LanguageSkill[] }) {
      if (!(await repo.findById(id))) throw notFound("Team", id);
      await validate(patch, id);
      await repo.update(id, {
        ...(patch.name !== undefined ? { name: patch.name, name_key: foldForSearch(patch.name) } : {}),
        ...(patch.languages !== undefined ? { languages: json(patch.languages) } : {}),
        ...(patch.timeZone !== undefined ? { time_zone: patch.timeZone } : {}),
        ...(patch.businessHours !== undefined ? { business_hours: json(patch.businessHours) } : {}),
        ...(patch.holidayCountry !== undefined ? { holiday_country: patch.holidayCountry } : {}),
        ...(patch.holidays !== undefined ? { holidays: json(patch.holidays) } : {}),
        ...(patch.capacityPerAgent !== undefined ? { capacity_per_agent: patch.capacityPerAgent } : {}),
        ...(patch.mtAssisted !== undefined ? { mt_assisted: patch.mtAssisted } : {}),
        ...(patch.slaPolicyId !== undefined ? { sla_policy_id: patch.slaPolicyId } : {}),
      });
      if (patch.members !== undefined) await repo.setMembers(id, [...new Set(patch.members)]);
      return get(id);
    },
    async remove(id: string) {
      const result = await repo.delete(id);
      if (Number(result.numDeletedRows) === 0) throw notFound("Team", id);
    },
    async setMembers(id: string, userIds: string[]) {
      if (!(await repo.findById(id))) throw notFound("Team", id);
      await assertUsers(userIds, "userIds");
      await repo.setMembers(id, [...new Set(userIds)]);
      return get(id);
    },
    async addMember(id: string, userId: string) {
      if (!(await repo.findById(id))) throw notFound("Team", id);
      await assertUsers([userId], "userId");
      await repo.addMember(id, userId);
      return get(id);
    },
    async removeMember(id: string, userId: string) {
      if (!(await repo.findById(id))) throw notFound("Team", id);
      const result = await repo.removeMember(id, userId);
      if (Number(result.numDeletedRows) === 0) throw notFound("Team member", userId);
      return get(id);
    },
    /** The team's closed days of a year: its country's public holidays and its own dates. */
    async holidays(id: string, year = now().getUTCFullYear(), language = "en") {
      const row = await repo.findById(id);
      if (!row) throw notFound("Team", id);
      const custom = (row.holidays as Holiday[])
        .filter((h) => h.date.startsWith(`${year}-`))
        .map((h) => ({ date: h.date, name: h.name ?? "Holiday", source: "custom" as const }));
      const country = row.holiday_country ? countryHolidays(row.holiday_country, year, language).map((h) => ({ ...h, source: "country" as const })) : [];
      const items = [...country, ...custom].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      return { items, total: items.length };
    },
    /** A team's calendar; without a team, the workspace's hours and zone (no holidays). */
    async calendar(teamId: string | null): Promise<TeamCalendar> {
      const row = teamId ? await repo.findById(teamId) : undefined;
      if (row) return calendarOf(row);
      const s = await settings.get();
      return teamCalendar({ timeZone: s.timeZone, businessHours: s.businessHours, holidayCountry: null, holidays: [] });
    },
    /** Every team with its calendar, members' languages and current load, for the router. */
    async routingTeams(): Promise<RoutingTeam[]> {
      const rows = await repo.all();
      const members = await repo.members(rows.map((r) => r.id));
      const load = await repo.loadByUser([...new Set(members.map((m) => m.id))]);
      const memberOf = (m: MemberRow) => ({ id: m.id, name: m.name, languages: m.languages ?? [], openTickets: load.get(m.id) ?? 0 });
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        languages: r.languages as LanguageSkill[],
        mtAssisted: r.mt_assisted,
        capacityPerAgent: r.capacity_per_agent,
        calendar: calendarOf(r),
        members: members.filter((m) => m.team_id === r.id).map(memberOf),
      }));
    },
  };
}
export type TeamsService = ReturnType<typeof createTeamsService>;

export const ALWAYS_OPEN: Hours = Object.fromEntries(WEEKDAYS.map((d) => [d, [{ start: "00:00", end: "24:00" }]])) as Hours;
