import type { ModuleContext } from "../module-context.js";
import type { OrdersModule } from "../orders/index.js";
import { createCustomerTagsRepository } from "./customer-tags.repository.js";

export { type CustomerTag, type CustomerTagsRepository, createCustomerTagsRepository, type TagAssignment } from "./customer-tags.repository.js";

// Placeholder until the rule engine is built; the signature is what app.ts wires.
export function createTagsModule(ctx: ModuleContext, deps: { orders: OrdersModule }) {
  void deps;
  const customerTags = createCustomerTagsRepository(ctx.db);
  return {
    customerTags,
    registerRoutes() {},
  };
}
export type TagsModule = ReturnType<typeof createTagsModule>;
