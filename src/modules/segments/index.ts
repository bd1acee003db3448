import type { Router } from "../../http/route.js";
import type { ModuleContext } from "../module-context.js";
import type { OrdersModule } from "../orders/index.js";
import type { TagsModule } from "../tags/index.js";
import { parseFilter } from "./segment-filter.schema.js";
import { registerSegmentRoutes } from "./segments.routes.js";
import { createSegmentsService } from "./segments.service.js";

export { type RegionGroup, type RegionId, regionCountries, regionGroups, regionOf } from "./region-groups.data.js";
export { FIELD_NAMES, type FilterNode, parseFilter } from "./segment-filter.schema.js";
export type { MemberDto, SegmentDto } from "./segments.schema.js";

/**
 * Dynamic segments: saved filters over customer fields, tags, orders and messages, evaluated on every read.
 * Tags are read from the customer_tags table the tags module writes (so `deps.tags` only orders the start-up);
 * spend is converted into the current base currency the way the orders module does.
 */
export function createSegmentsModule(ctx: ModuleContext, deps: { tags: TagsModule; orders: OrdersModule }) {
  const service = createSegmentsService(ctx.db, ctx.settings, () => deps.orders.stats.base());
  return {
    service,
    /** Customer ids matching a saved segment (by id) or an ad-hoc filter tree (validated; bad → VALIDATION_FAILED). */
    resolve: (segment: string | object) => service.resolve(segment),
    /** The saved segments the customer belongs to now: [{id, name}] in name order. */
    membership: (customerId: string) => service.membership(customerId),
    /** Validates a filter tree (throws VALIDATION_FAILED naming the offending node). */
    parseFilter,
    registerRoutes(router: Router) {
      registerSegmentRoutes(router, service);
    },
  };
}
export type SegmentsModule = ReturnType<typeof createSegmentsModule>;
