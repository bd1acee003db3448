import type { ModuleContext } from "../module-context.js";
import type { ServiceModule } from "../service/index.js";
// Placeholder until the module is built; the signature is what app.ts wires.
export function createCsatModule(ctx: ModuleContext, deps: { service: ServiceModule }) {
  void ctx;
  void deps;
  return {
    registerRoutes() {},
  };
}
export type CsatModule = ReturnType<typeof createCsatModule>;
