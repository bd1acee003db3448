import { type Insertable, type Kysely, type Selectable, sql, type Updateable } from "kysely";
import type { DB, SurveyResponsesTable, SurveysTable } from "../../db/schema.js";
import type { SurveyListQuery, SurveyResponseDto, SurveySettings } from "./csat.schema.js";

export type SurveyRow = Selectable<SurveysTable>;
export type ResponseRow = Selectable<SurveyResponsesTable>;

export const toResponseDto = (r: ResponseRow): SurveyResponseDto => ({
  id: r.id,
  surveyId: r.survey_id,
  ticketId: r.ticket_id,
  customerId: r.customer_id,
  teamId: r.team_id,
  language: r.language,
  csat: r.csat,
  nps: r.nps,
  comment: r.comment,
  via: r.via,
  createdAt: r.created_at.toISOString(),
});

export function createCsatRepository(db: Kysely<DB>) {
  return {
    async settings(): Promise<SurveySettings> {
      const r = await db.selectFrom("survey_settings").selectAll().where("id", "=", 1).executeTakeFirstOrThrow();
      return { enabled: r.enabled, expiresDays: r.expires_days, updatedAt: r.updated_at.toISOString() };
    },
    async updateSettings(patch: { enabled?: boolean; expiresDays?: number }) {
      await db
        .updateTable("survey_settings")
        .set({ enabled: patch.enabled, expires_days: patch.expiresDays, updated_at: new Date() })
        .where("id", "=", 1)
        .execute();
    },

    byTicket: (ticketId: string) => db.selectFrom("surveys").selectAll().where("ticket_id", "=", ticketId).executeTakeFirst(),
    byToken: (token: string) => db.selectFrom("surveys").selectAll().where("token", "=", token).executeTakeFirst(),
    /** One survey per ticket: a second insert for the same ticket returns the first. */
    async insert(s: Insertable<SurveysTable>): Promise<SurveyRow> {
      await db.insertInto("surveys").values(s).onConflict((oc) => oc.column("ticket_id").doNothing()).execute();
      return db.selectFrom("surveys").selectAll().where("ticket_id", "=", s.ticket_id).executeTakeFirstOrThrow();
    },
    update: (id: string, patch: Updateable<SurveysTable>) => db.updateTable("surveys").set(patch).where("id", "=", id).execute(),

    /** Stores the answer; null when the survey already has one. */
    async respond(r: Insertable<SurveyResponsesTable>): Promise<ResponseRow | null> {
      return (await db.insertInto("survey_responses").values(r).onConflict((oc) => oc.column("survey_id").doNothing()).returningAll().executeTakeFirst()) ?? null;
    },
    responseOf: (surveyId: string) => db.selectFrom("survey_responses").selectAll().where("survey_id", "=", surveyId).executeTakeFirst(),

    async list(q: SurveyListQuery) {
      let query = db
        .selectFrom("surveys as s")
        .leftJoin("survey_responses as r", "r.survey_id", "s.id")
        .leftJoin("customers as cu", "cu.id", "s.customer_id");
      if (q.ticketId) query = query.where("s.ticket_id", "=", q.ticketId);
      if (q.language) query = query.where(sql<boolean>`(s.language = ${q.language} OR s.language LIKE ${`${q.language}-%`})`);
      if (q.status === "answered") query = query.where("r.id", "is not", null);
      if (q.status === "unanswered") query = query.where("r.id", "is", null).where("s.expires_at", ">", new Date());
      if (q.status === "expired") query = query.where("r.id", "is", null).where("s.expires_at", "<=", new Date());
      const [items, total] = await Promise.all([
        query
          .selectAll("s")
          .select(["cu.name as customer_name", sql<ResponseRow | null>`CASE WHEN r.id IS NULL THEN NULL ELSE to_jsonb(r) END`.as("response")])
          .orderBy("s.created_at", "desc")
          .orderBy("s.id", "desc")
          .limit(q.limit)
          .offset(q.offset)
          .execute(),
        query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(total.n) };
    },
  };
}
export type CsatRepository = ReturnType<typeof createCsatRepository>;
