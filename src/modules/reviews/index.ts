import type { ModuleContext } from "../module-context.js";

// Placeholder until the module is built; the signature is what app.ts wires.
export function createReviewsModule(ctx: ModuleContext) {
  void ctx;
  return {
    registerRoutes() {},
  };
}
export type ReviewsModule = ReturnType<typeof createReviewsModule>;
