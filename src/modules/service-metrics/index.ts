import type { ModuleContext } from "../module-context.js";
import type { CsatModule } from "../csat/index.js";
import type { ServiceModule } from "../service/index.js";
// Placeholder until the module is built; the signature is what app.ts wires.
export function createServiceMetricsModule(ctx: ModuleContext, deps: { service: ServiceModule; csat: CsatModule }) {
  void ctx;
  void deps;
  return {
    registerRoutes() {},
  };
}
export type ServiceMetricsModule = ReturnType<typeof createServiceMetricsModule>;
