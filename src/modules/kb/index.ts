import type { ModuleContext } from "../module-context.js";

// Placeholder until the module is built; the signature is what app.ts wires.
export function createKbModule(ctx: ModuleContext) {
  void ctx;
  return {
    registerRoutes() {},
  };
}
export type KbModule = ReturnType<typeof createKbModule>;
