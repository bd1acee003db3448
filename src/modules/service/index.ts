import type { ModuleContext } from "../module-context.js";

// Placeholder until the module is built; the signature is what app.ts wires.
export function createServiceModule(ctx: ModuleContext) {
  void ctx;
  return {
    registerRoutes() {},
  };
}
export type ServiceModule = ReturnType<typeof createServiceModule>;
