import { type Kysely, sql } from "kysely";
import type { DB } from "../../db/schema.js";
import type { TimelineQuery } from "./profiles.schema.js";

export interface WeekRow {
  week: string;
  positive: number;
  neutral: number;
  negative: number;
  averageScore: number | null;
}

export function createProfilesRepository(db: Kysely<DB>) {
  // A customer's messages: theirs, and the replies in their conversations.
  const ofCustomer = (customerId: string) =>
    db
      .selectFrom("messages as m")
      .innerJoin("conversations as c", "c.id", "m.conversation_id")
      .where((eb) => eb.or([eb("m.customer_id", "=", customerId), eb("c.customer_id", "=", customerId)]));

  return {
    /** Languages detected in the customer's own messages, most used first. */
    async detectedLanguages(customerId: string) {
      const rows = await db
        .selectFrom("messages")
        .select(["language", (eb) => eb.fn.countAll<string>().as("n")])
        .where("customer_id", "=", customerId)
        .where("direction", "=", "in")
        .where("language", "is not", null)
        .where("language", "<>", "und")
        .groupBy("language")
        .orderBy("n", "desc")
        .orderBy("language")
        .execute();
      return rows.map((r) => ({ language: r.language!, count: Number(r.n) }));
    },

    async timeline(customerId: string, q: TimelineQuery) {
      let query = ofCustomer(customerId);
      if (q.channel) query = query.where("m.channel", "=", q.channel);
      const [items, count] = await Promise.all([
        query
          .selectAll("m")
          .select(["c.channel as conversation_channel", "c.subject as conversation_subject", "c.status as conversation_status"])
          .orderBy("m.sent_at", "desc")
          .orderBy("m.created_at", "desc")
          .orderBy("m.id", "desc")
          .limit(q.limit)
          .offset(q.offset)
          .execute(),
        query.select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(count.n) };
    },

    /** Sentiment of the customer's messages per week (Monday-based, in `timeZone`), every week present. */
    async sentimentWeeks(customerId: string, timeZone: string, weeks: number): Promise<WeekRow[]> {
      const { rows } = await sql<{ week: string; positive: string; neutral: string; negative: string; average: string | number | null }>`
        WITH weeks AS (
          SELECT generate_series(
            date_trunc('week', now() AT TIME ZONE ${timeZone}::text) - (${weeks - 1}::int * interval '1 week'),
            date_trunc('week', now() AT TIME ZONE ${timeZone}::text),
            interval '1 week') AS week
        )
        SELECT to_char(w.week, 'YYYY-MM-DD') AS week,
          count(m.id) FILTER (WHERE m.sentiment_label = 'positive') AS positive,
          count(m.id) FILTER (WHERE m.sentiment_label = 'neutral') AS neutral,
          count(m.id) FILTER (WHERE m.sentiment_label = 'negative') AS negative,
          avg(m.sentiment_score) FILTER (WHERE m.sentiment_label IN ('positive', 'neutral', 'negative')) AS average
        FROM weeks w
        LEFT JOIN messages m ON m.customer_id = ${customerId}::uuid AND m.direction = 'in'
          AND date_trunc('week', m.sent_at AT TIME ZONE ${timeZone}::text) = w.week
        GROUP BY w.week
        ORDER BY w.week`.execute(db);
      return rows.map((r) => ({
        week: r.week,
        positive: Number(r.positive),
        neutral: Number(r.neutral),
        negative: Number(r.negative),
        averageScore: r.average === null ? null : Math.round(Number(r.average) * 1000) / 1000,
      }));
    },
  };
}
export type ProfilesRepository = ReturnType<typeof createProfilesRepository>;
export type TimelineRow = Awaited<ReturnType<ProfilesRepository["timeline"]>>["items"][number];
