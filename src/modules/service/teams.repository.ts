import { type Kysely, type Selectable, sql } from "kysely";
import type { DB, TeamsTable } from "../../db/schema.js";
import { likeContains } from "../../shared/search-text.js";
import { parseSort } from "../../shared/validators.js";
import type { LanguageSkill } from "./teams.schema.js";
import { ACTIVE_STATUSES } from "./tickets.schema.js";

export type TeamRow = Selectable<TeamsTable>;
export interface MemberRow {
  team_id: string;
  id: string;
  name: string;
  role: string;
  languages: LanguageSkill[] | null;
}

type TeamWrite = {
  name: string;
  name_key: string;
  languages: string;
  time_zone: string;
  business_hours: string;
  holiday_country: string | null;
  holidays: string;
  capacity_per_agent: number;
  mt_assisted: boolean;
  sla_policy_id: string | null;
};

export function createTeamsRepository(db: Kysely<DB>) {
  return {
    findById: (id: string) => db.selectFrom("teams").selectAll().where("id", "=", id).executeTakeFirst(),
    findByNameKey: (key: string) => db.selectFrom("teams").select(["id", "name"]).where("name_key", "=", key).executeTakeFirst(),
    all: () => db.selectFrom("teams").selectAll().orderBy(sql`name COLLATE "und-x-icu"`).orderBy("id").execute(),

    async list(q: { q?: string; sort?: string; limit: number; offset: number; language?: string }) {
      let query = db.selectFrom("teams");
      if (q.q) query = query.where("name_key", "like", likeContains(q.q));
      if (q.language) {
        const primary = q.language.split("-")[0]!.toLowerCase();
        query = query.where(sql<boolean>`EXISTS (SELECT 1 FROM jsonb_array_elements(teams.languages) l
          WHERE lower(split_part(l->>'language', '-', 1)) = ${primary})`);
      }
      const { field, desc } = parseSort(q.sort, "name");
      const column = field === "createdAt" ? sql`created_at` : sql`name COLLATE "und-x-icu"`;
      const [items, count] = await Promise.all([
        query.selectAll().orderBy(column, desc ? "desc" : "asc").orderBy("id").limit(q.limit).offset(q.offset).execute(),
        query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(count.n) };
    },

    insert: (row: TeamWrite) => db.insertInto("teams").values(row).returning("id").executeTakeFirstOrThrow(),
    update: (id: string, patch: Partial<TeamWrite>) =>
      db.updateTable("teams").set({ ...patch, updated_at: new Date() }).where("id", "=", id).returning("id").executeTakeFirst(),
    delete: (id: string) => db.deleteFrom("teams").where("id", "=", id).executeTakeFirst(),

    /** Members of the given teams with their languages, in name order. */
    members(teamIds: string[]): Promise<MemberRow[]> {
      if (teamIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom("team_members as tm")
        .innerJoin("users as u", "u.id", "tm.user_id")
        .leftJoin("agent_profiles as ap", "ap.user_id", "u.id")
        .select(["tm.team_id", "u.id", "u.name", "u.role", "ap.languages"])
        .where("tm.team_id", "in", teamIds)
        .orderBy(sql`u.name COLLATE "und-x-icu"`)
        .orderBy("u.id")
        .execute() as Promise<MemberRow[]>;
    },
    async setMembers(teamId: string, userIds: string[]) {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom("team_members").where("team_id", "=", teamId).execute();
        if (userIds.length > 0) await trx.insertInto("team_members").values(userIds.map((user_id) => ({ team_id: teamId, user_id }))).execute();
      });
    },
    addMember: (teamId: string, userId: string) =>
      db.insertInto("team_members").values({ team_id: teamId, user_id: userId }).onConflict((oc) => oc.doNothing()).execute(),
    removeMember: (teamId: string, userId: string) =>
      db.deleteFrom("team_members").where("team_id", "=", teamId).where("user_id", "=", userId).executeTakeFirst(),

    /** Active (new, open, pending) tickets per assignee. */
    async loadByUser(userIds: string[]): Promise<Map<string, number>> {
      if (userIds.length === 0) return new Map();
      const rows = await db
        .selectFrom("tickets")
        .select(["assignee_id", (eb) => eb.fn.countAll<number>().as("n")])
        .where("assignee_id", "in", userIds)
        .where("status", "in", ACTIVE_STATUSES)
        .groupBy("assignee_id")
        .execute();
      return new Map(rows.map((r) => [r.assignee_id!, Number(r.n)]));
    },
    async loadByTeam(teamIds: string[]): Promise<Map<string, number>> {
      if (teamIds.length === 0) return new Map();
      const rows = await db
        .selectFrom("tickets")
        .select(["team_id", (eb) => eb.fn.countAll<number>().as("n")])
        .where("team_id", "in", teamIds)
        .where("status", "in", ACTIVE_STATUSES)
        .groupBy("team_id")
        .execute();
      return new Map(rows.map((r) => [r.team_id!, Number(r.n)]));
    },
    existingUsers: async (ids: string[]) =>
      ids.length === 0 ? [] : (await db.selectFrom("users").select("id").where("id", "in", ids).execute()).map((r) => r.id),
    slaPolicyExists: async (id: string) => Boolean(await db.selectFrom("sla_policies").select("id").where("id", "=", id).executeTakeFirst()),
  };
}
export type TeamsRepository = ReturnType<typeof createTeamsRepository>;
