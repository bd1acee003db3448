import { type Kysely, sql } from "kysely";
import type { DB } from "../../db/schema.js";

export interface TicketFact {
  id: string;
  language: string | null;
  teamId: string | null;
  teamName: string | null;
  createdAt: Date;
  firstResponseAt: Date | null;
  firstResponseDueAt: Date | null;
  resolvedAt: Date | null;
  resolutionDueAt: Date | null;
  /** Inbound messages with a sentiment label in the ticket's conversation, and the negative ones. */
  sentimentMessages: number;
  negativeMessages: number;
}

export interface ResponseFact {
  language: string;
  teamId: string | null;
  teamName: string | null;
  csat: number;
  nps: number | null;
  createdAt: Date;
}

const toDate = (v: Date | string | null): Date | null => (v === null ? null : v instanceof Date ? v : new Date(v));

// Reporting reads the service tables (tickets, teams), the survey responses and the messages directly:
// one pass of SQL per fact, the grouping and medians in JS (the same on PGlite and PostgreSQL).
export function createServiceMetricsRepository(db: Kysely<DB>) {
  return {
    async tickets(from: Date, to: Date): Promise<TicketFact[]> {
      const rows = await db
        .selectFrom("tickets as t")
        .leftJoin("teams as tm", "tm.id", "t.team_id")
        .select([
          "t.id",
          "t.language",
          "t.team_id",
          "tm.name as team_name",
          "t.created_at",
          "t.first_response_at",
          "t.first_response_due_at",
          "t.resolved_at",
          "t.resolution_due_at",
          sql<number>`(SELECT count(*) FROM messages m WHERE m.conversation_id = t.conversation_id AND m.direction = 'in'
            AND m.sentiment_label IN ('negative', 'neutral', 'positive'))`.as("sentiment_messages"),
          sql<number>`(SELECT count(*) FROM messages m WHERE m.conversation_id = t.conversation_id AND m.direction = 'in'
            AND m.sentiment_label = 'negative')`.as("negative_messages"),
        ])
        .where("t.created_at", ">=", from)
        .where("t.created_at", "<", to)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        language: r.language,
        teamId: r.team_id,
        teamName: r.team_name,
        createdAt: toDate(r.created_at)!,
        firstResponseAt: toDate(r.first_response_at),
        firstResponseDueAt: toDate(r.first_response_due_at),
        resolvedAt: toDate(r.resolved_at),
        resolutionDueAt: toDate(r.resolution_due_at),
        sentimentMessages: Number(r.sentiment_messages),
        negativeMessages: Number(r.negative_messages),
      }));
    },

    /** Survey answers received in the period (whenever their ticket was created). */
    async responses(from: Date, to: Date): Promise<ResponseFact[]> {
      const rows = await db
        .selectFrom("survey_responses as r")
        .leftJoin("teams as tm", "tm.id", "r.team_id")
        .select(["r.language", "r.team_id", "tm.name as team_name", "r.csat", "r.nps", "r.created_at"])
        .where("r.created_at", ">=", from)
        .where("r.created_at", "<", to)
        .execute();
      return rows.map((r) => ({ language: r.language, teamId: r.team_id, teamName: r.team_name, csat: r.csat, nps: r.nps, createdAt: toDate(r.created_at)! }));
    },
  };
}
export type ServiceMetricsRepository = ReturnType<typeof createServiceMetricsRepository>;
