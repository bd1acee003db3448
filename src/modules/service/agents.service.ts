import { type Kysely, sql } from "kysely";
import type { DB } from "../../db/schema.js";
import type { AuthUser } from "../../http/auth-context.js";
import { hasRole } from "../../http/auth-context.js";
import { AppError, notFound } from "../../shared/app-error.js";
import type { AgentDto, LanguageSkill } from "./teams.schema.js";
import type { TeamsRepository } from "./teams.repository.js";

/** Agents (users) with the languages they work in, their teams and load. */
export function createAgentsService(db: Kysely<DB>, teams: TeamsRepository) {
  async function list(userIds?: string[]): Promise<AgentDto[]> {
    let query = db
      .selectFrom("users as u")
      .leftJoin("agent_profiles as ap", "ap.user_id", "u.id")
      .select(["u.id", "u.name", "u.role", "ap.languages", "ap.working_language"])
      .orderBy(sql`u.name COLLATE "und-x-icu"`)
      .orderBy("u.id");
    if (userIds) query = query.where("u.id", "in", userIds.length ? userIds : ["00000000-0000-0000-0000-000000000000"]);
    const rows = await query.execute();
    const ids = rows.map((r) => r.id);
    const [memberships, load] = await Promise.all([
      ids.length
        ? db.selectFrom("team_members as tm").innerJoin("teams as t", "t.id", "tm.team_id").select(["tm.user_id", "t.id", "t.name"]).where("tm.user_id", "in", ids).orderBy("t.name").execute()
        : [],
      teams.loadByUser(ids),
    ]);
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      role: r.role,
      languages: (r.languages as LanguageSkill[] | null) ?? [],
      workingLanguage: r.working_language,
      teams: memberships.filter((m) => m.user_id === r.id).map((m) => ({ id: m.id, name: m.name })),
      openTickets: load.get(r.id) ?? 0,
    }));
  }

  async function get(userId: string): Promise<AgentDto> {
    const [agent] = await list([userId]);
    if (!agent) throw notFound("User", userId);
    return agent;
  }

  return {
    list: async () => {
      const items = await list();
      return { items, total: items.length };
    },
    get,
    /** Agents change their own languages; managers anyone's (actor null: the system, e.g. the demo seed). */
    async setLanguages(userId: string, input: { languages: LanguageSkill[]; workingLanguage?: string | null }, actor: AuthUser | null): Promise<AgentDto> {
      if (actor && actor.id !== userId && !hasRole(actor, "manager")) throw new AppError("FORBIDDEN", "Agents may change only their own languages");
      await get(userId);
      const values = {
        languages: JSON.stringify(input.languages),
        ...(input.workingLanguage !== undefined ? { working_language: input.workingLanguage } : {}),
      };
      await db
        .insertInto("agent_profiles")
        .values({ user_id: userId, ...values })
        .onConflict((oc) => oc.column("user_id").doUpdateSet({ ...values, updated_at: new Date() }))
        .execute();
      return get(userId);
    },
  };
}
export type AgentsService = ReturnType<typeof createAgentsService>;
