import type { ModuleContext } from "../module-context.js";
import type { KbModule } from "../kb/index.js";
import type { ServiceModule } from "../service/index.js";
// Placeholder until the module is built; the signature is what app.ts wires.
export function createFaqBotModule(ctx: ModuleContext, deps: { kb: KbModule; service: ServiceModule }) {
  void ctx;
  void deps;
  return {
    registerRoutes() {},
  };
}
export type FaqBotModule = ReturnType<typeof createFaqBotModule>;
