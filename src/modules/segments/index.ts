import type { ModuleContext } from "../module-context.js";
import type { TagsModule } from "../tags/index.js";
// Placeholder until the module is built; the signature is what app.ts wires.
export function createSegmentsModule(ctx: ModuleContext, deps: { tags: TagsModule }) {
  void ctx;
  void deps;
  return {
    registerRoutes() {},
  };
}
export type SegmentsModule = ReturnType<typeof createSegmentsModule>;
