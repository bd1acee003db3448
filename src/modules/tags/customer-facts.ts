import { type Kysely, sql } from "kysely";
import type { DB } from "../../db/schema.js";
import { primaryTag } from "../../language/language-tags.js";
import { primaryTimeZone } from "../../shared/country-time-zone.js";
import { foldForSearch } from "../../shared/search-text.js";
import type { ProcessedMessage } from "../messages/index.js";
import type { Base, OrdersModule } from "../orders/index.js";
import { type MemoryPopulation, memoryPopulation, type PurchaseFigures, type RfmScores, rfmScores } from "./rfm.js";
import { type Condition, leavesOf } from "./tag-condition.js";
import { fieldSpec } from "./tag-fields.js";

/** Everything the rule engine knows about one customer as of a moment, loaded in bulk for a batch. */
export interface CustomerFacts {
  id: string;
  name: string;
  country: string | null;
  /** the customer's zone, else their country's main zone, else the workspace zone */
  timeZone: string;
  preferred: string[];
  /** primary language tag → inbound messages detected in it */
  detected: Map<string, number>;
  channels: Map<string, { count: number; last: number }>;
  /** window in days → inbound message counts */
  windows: Map<number, { total: number; negative: number; positive: number }>;
  /** folded inbound texts (original and translation) within the longest keyword window */
  texts: Array<{ sentAt: number; text: string }>;
  purchases: (PurchaseFigures & { firstAgeDays: number }) | null;
  rfm: RfmScores | null;
  /** tags from other sources (manual, concepts) and the customer's own tag list: folded → as written */
  otherTags: Map<string, string>;
}

/** What a set of rules needs loaded beyond the basics. */
export interface FactNeeds {
  windows: Set<number>;
  textDays: number | null;
}

export function needsOf(conditions: readonly Condition[]): FactNeeds {
  const needs: FactNeeds = { windows: new Set(), textDays: null };
  for (const leaf of conditions.flatMap(leavesOf)) {
    const days = leaf.days ?? fieldSpec(leaf.field).windowDays;
    if (leaf.field === "sentiment.negative" || leaf.field === "sentiment.positive" || leaf.field === "messages.count") needs.windows.add(days!);
    if (leaf.field === "messages.text") needs.textDays = Math.max(needs.textDays ?? 0, days!);
  }
  return needs;
}

const DAY_MS = 86_400_000;
const MAX_TEXT = 10_000;

export function createFactsLoader(db: Kysely<DB>, orders: OrdersModule) {
  const inbound = (ids: readonly string[], at: Date, exclude: string | null) =>
    db
      .selectFrom("messages")
      .where("direction", "=", "in")
      .where("customer_id", "in", ids)
      .where("sent_at", "<=", at)
      .$if(exclude !== null, (qb) => qb.where("id", "!=", exclude!));

  return {
    /** The RFM population as of `at`, for evaluating many customers. */
    async population(at: Date, base: Base): Promise<MemoryPopulation> {
      return memoryPopulation(await orders.stats.population(at, base));
    },

    /**
     * Facts for `ids` as of `at`. `pending` is an inbound message whose pipeline is still running (its
     * language and sentiment are not stored yet): it is counted from the hook's data instead of the row.
     * Without `population`, RFM ranks are counted in SQL for each customer.
     */
    async load(
      ids: readonly string[],
      at: Date,
      needs: FactNeeds,
      opts: { base: Base; workspaceTimeZone: string; population?: MemoryPopulation; pending?: ProcessedMessage },
    ): Promise<Map<string, CustomerFacts>> {
      const out = new Map<string, CustomerFacts>();
      if (ids.length === 0) return out;
      const pending = opts.pending && opts.pending.customerId && ids.includes(opts.pending.customerId) ? opts.pending : null;
      const exclude = pending?.id ?? null;
      const [customers, languages, channels, tags, aggregates] = await Promise.all([
        db.selectFrom("customers").select(["id", "name", "country", "preferred_languages", "time_zone", "tags"]).where("id", "in", ids).execute(),
        inbound(ids, at, exclude)
          .select(["customer_id", "language", (eb) => eb.fn.countAll<number>().as("n")])
          .where("language", "is not", null)
          .where("language", "!=", "und")
          .groupBy(["customer_id", "language"])
          .execute(),
        inbound(ids, at, exclude)
          .select(["customer_id", "channel", (eb) => eb.fn.countAll<number>().as("n"), (eb) => eb.fn.max("sent_at").as("last")])
          .groupBy(["customer_id", "channel"])
          .execute(),
        db.selectFrom("customer_tags").select(["customer_id", "name"]).where("customer_id", "in", ids).where("source", "not like", "rule:%").execute(),
        orders.stats.aggregates(ids, at, opts.base),
      ]);
      for (const c of customers) {
        const otherTags = new Map<string, string>();
        for (const t of c.tags) otherTags.set(t.trim().toLowerCase(), t.trim());
        out.set(c.id, {
          id: c.id,
          name: c.name,
          country: c.country,
          timeZone: c.time_zone ?? (c.country ? primaryTimeZone(c.country) : null) ?? opts.workspaceTimeZone,
          preferred: [...new Set(c.preferred_languages.map((l) => primaryTag(l)))],
          detected: new Map(),
          channels: new Map(),
          windows: new Map([...needs.windows].map((d) => [d, { total: 0, negative: 0, positive: 0 }])),
          texts: [],
          purchases: null,
          rfm: null,
          otherTags,
        });
      }
      for (const r of languages) {
        const f = out.get(r.customer_id!);
        if (f) f.detected.set(primaryTag(r.language!), (f.detected.get(primaryTag(r.language!)) ?? 0) + Number(r.n));
      }
      for (const r of channels) out.get(r.customer_id!)?.channels.set(r.channel, { count: Number(r.n), last: new Date(r.last as Date).getTime() });
      for (const r of tags) out.get(r.customer_id)?.otherTags.set(r.name.trim().toLowerCase(), r.name);

      for (const days of needs.windows) {
        const rows = await inbound(ids, at, exclude)
          .where("sent_at", ">", new Date(at.getTime() - days * DAY_MS))
          .select([
            "customer_id",
            (eb) => eb.fn.countAll<number>().as("total"),
            sql<number>`count(*) FILTER (WHERE sentiment_label = 'negative')`.as("negative"),
            sql<number>`count(*) FILTER (WHERE sentiment_label = 'positive')`.as("positive"),
          ])
          .groupBy("customer_id")
          .execute();
        for (const r of rows) out.get(r.customer_id!)?.windows.set(days, { total: Number(r.total), negative: Number(r.negative), positive: Number(r.positive) });
      }
      if (needs.textDays) {
        const rows = await inbound(ids, at, exclude)
          .where("sent_at", ">", new Date(at.getTime() - needs.textDays * DAY_MS))
          .select(["customer_id", "sent_at", sql<string>`left(original_text, ${MAX_TEXT})`.as("original"), sql<string | null>`left(translation_text, ${MAX_TEXT})`.as("translation")])
          .execute();
        for (const r of rows) out.get(r.customer_id!)?.texts.push({ sentAt: r.sent_at.getTime(), text: foldForSearch(`${r.original}\n${r.translation ?? ""}`) });
      }

      if (pending) addPending(out.get(pending.customerId!), pending, at);

      for (const f of out.values()) {
        const a = aggregates.get(f.id);
        if (!a) continue;
        const ageDays = Math.floor((at.getTime() - a.last.getTime()) / DAY_MS);
        f.purchases = { count: a.count, total: a.total, ageDays, firstAgeDays: Math.floor((at.getTime() - a.first.getTime()) / DAY_MS) };
        const ranks = opts.population ? opts.population.rank(f.purchases) : await orders.stats.rank(f.purchases, at, opts.base);
        f.rfm = rfmScores(ranks);
      }
      return out;
    },
  };
}
export type FactsLoader = ReturnType<typeof createFactsLoader>;

function addPending(f: CustomerFacts | undefined, m: ProcessedMessage, at: Date) {
  const sentAt = m.sentAt.getTime();
  if (!f || sentAt > at.getTime()) return;
  if (m.language && m.language !== "und") f.detected.set(primaryTag(m.language), (f.detected.get(primaryTag(m.language)) ?? 0) + 1);
  const ch = f.channels.get(m.channel) ?? { count: 0, last: 0 };
  f.channels.set(m.channel, { count: ch.count + 1, last: Math.max(ch.last, sentAt) });
  for (const [days, w] of f.windows) {
    if (sentAt <= at.getTime() - days * DAY_MS) continue;
    w.total++;
    if (m.sentiment.label === "negative") w.negative++;
    if (m.sentiment.label === "positive") w.positive++;
  }
  f.texts.push({ sentAt, text: foldForSearch(`${m.originalText.slice(0, MAX_TEXT)}\n${m.translation?.text.slice(0, MAX_TEXT) ?? ""}`) });
}
