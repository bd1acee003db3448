import type { Router } from "../../http/route.js";
import type { ModuleContext } from "../module-context.js";
import type { OrdersModule } from "../orders/index.js";
import type { SegmentsModule } from "../segments/index.js";
import type { TagsModule } from "../tags/index.js";
import { registerProfileRoutes } from "./profiles.routes.js";
import { createProfilesService } from "./profiles.service.js";

export type { ProfileDto } from "./profiles.schema.js";

/** The 360° customer profile (GET /api/v1/customers/:id/profile) and cross-channel timeline. */
export function createProfilesModule(ctx: ModuleContext, deps: { tags: TagsModule; segments: SegmentsModule; orders: OrdersModule }) {
  const service = createProfilesService({ ...deps, db: ctx.db, customers: ctx.customers, settings: ctx.settings, messages: ctx.messages });
  return {
    service,
    registerRoutes(router: Router) {
      registerProfileRoutes(router, service);
    },
  };
}
export type ProfilesModule = ReturnType<typeof createProfilesModule>;
