import type { ModuleContext } from "../module-context.js";
import type { TagsModule } from "../tags/index.js";
// Placeholder until the module is built; the signature is what app.ts wires.
export function createAlertsModule(ctx: ModuleContext, deps: { tags: TagsModule }) {
  void ctx;
  void deps;
  return {
    registerRoutes() {},
  };
}
export type AlertsModule = ReturnType<typeof createAlertsModule>;
