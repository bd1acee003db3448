import type { ModuleContext } from "../module-context.js";
import type { OrdersModule } from "../orders/index.js";
import type { SegmentsModule } from "../segments/index.js";
import type { TagsModule } from "../tags/index.js";
// Placeholder until the module is built; the signature is what app.ts wires.
export function createProfilesModule(ctx: ModuleContext, deps: { tags: TagsModule; segments: SegmentsModule; orders: OrdersModule }) {
  void ctx;
  void deps;
  return {
    registerRoutes() {},
  };
}
export type ProfilesModule = ReturnType<typeof createProfilesModule>;
