import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import type { CustomersService } from "../customers/index.js";
import { type MessagesModule, toMessageDto } from "../messages/index.js";
import type { OrdersModule } from "../orders/index.js";
import { regionOf, type SegmentsModule } from "../segments/index.js";
import type { SettingsService } from "../settings/index.js";
import type { TagsModule } from "../tags/index.js";
import { createProfilesRepository, type TimelineRow } from "./profiles.repository.js";
import type { ProfileDto, ProfileQuery, TimelineQuery } from "./profiles.schema.js";
import { zonedIsoTime } from "../../shared/wall-clock.js";

const RECENT_ORDERS = 5;

export interface ProfileTag {
  name: string;
  reason: string;
  source: string;
}

export interface ProfilesDeps {
  db: Kysely<DB>;
  customers: CustomersService;
  settings: SettingsService;
  messages: MessagesModule;
  tags: TagsModule;
  segments: SegmentsModule;
  orders: OrdersModule;
}

export function createProfilesService(deps: ProfilesDeps) {
  const repo = createProfilesRepository(deps.db);

  async function timelineItems(rows: TimelineRow[]) {
    const attachments = await deps.messages.repo.attachmentsOf(rows.map((r) => r.id));
    return rows.map((r) => ({
      ...toMessageDto(r, attachments.filter((a) => a.message_id === r.id)),
      conversation: { id: r.conversation_id, channel: r.conversation_channel, subject: r.conversation_subject, status: r.conversation_status },
    }));
  }

  async function timeline(customerId: string, q: TimelineQuery) {
    const { items, total } = await repo.timeline(customerId, q);
    return { items: await timelineItems(items), total };
  }

  /**
   * Rule tags as the engine evaluates them now (or as of `at`, for calendar rules) rather than as last
   * stored, the other sources' stored tags (concepts, manual), and the tags typed on the customer record
   * (source "customer").
   */
  async function tags(customerId: string, recordTags: string[], at: Date | undefined): Promise<ProfileTag[]> {
    const [stored, evaluated] = await Promise.all([deps.tags.customerTags.list(customerId), deps.tags.evaluateCustomer(customerId, at)]);
    const out: ProfileTag[] = [];
    const seen = new Set<string>();
    const push = (t: ProfileTag) => {
      const key = `${t.source}\u0000${t.name}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({ name: t.name, reason: t.reason, source: t.source });
    };
    for (const t of evaluated) push(t);
    for (const t of stored) if (!t.source.startsWith("rule:")) push(t);
    const named = new Set(out.map((t) => t.name));
    for (const name of recordTags) if (!named.has(name)) push({ name, reason: "On the customer record", source: "customer" });
    return out.sort((a, b) => a.name.localeCompare(b.name) || a.source.localeCompare(b.source));
  }

  async function orders(customerId: string) {
    const base = await deps.orders.stats.base();
    const [aggregates, recent] = await Promise.all([
      deps.orders.stats.aggregates([customerId], new Date(), base),
      deps.orders.listForCustomer(customerId, RECENT_ORDERS, 0),
    ]);
    const agg = aggregates.get(customerId);
    return {
      count: agg?.count ?? 0,
      total: agg?.total ?? 0,
      currency: base.currency,
      firstOrderAt: agg ? agg.first.toISOString() : null,
      lastOrderAt: agg ? agg.last.toISOString() : null,
      recent: recent.items,
    };
  }

  return {
    timeline: async (customerId: string, q: TimelineQuery) => {
      await deps.customers.get(customerId);
      return timeline(customerId, q);
    },

    async profile(customerId: string, q: ProfileQuery): Promise<ProfileDto> {
      const identity = await deps.customers.get(customerId);
      // A bare date is taken at 12:00 UTC, which is that same date in almost every zone.
      const at = q.at ? new Date(`${q.at}T12:00:00Z`) : undefined;
      const settings = await deps.settings.get();
      const [detected, items, orderSummary, weeks, tagList, segments] = await Promise.all([
        repo.detectedLanguages(customerId),
        timeline(customerId, q),
        orders(customerId),
        repo.sentimentWeeks(customerId, settings.timeZone, q.weeks),
        tags(customerId, identity.tags, at),
        deps.segments.membership(customerId),
      ]);
      const region = regionOf(identity.country);
      return {
        identity,
        languages: { preferred: identity.preferredLanguages, detected },
        location: {
          country: identity.country,
          region: region?.name ?? null,
          regionId: region?.id ?? null,
          timeZone: identity.timeZone,
          localTime: identity.timeZone ? zonedIsoTime(new Date(), identity.timeZone) : null,
        },
        timeline: items,
        orders: orderSummary,
        sentiment: { weeks },
        tags: tagList,
        segments,
        asOf: q.at ?? null,
      };
    },
  };
}
export type ProfilesService = ReturnType<typeof createProfilesService>;
