import type { Router } from "../../http/route.js";
import type { ModuleContext } from "../module-context.js";
import { createFxRatesService } from "./fx-rates.service.js";
import { type Base, createOrdersRepository } from "./orders.repository.js";
import { registerOrderRoutes } from "./orders.routes.js";
import { createOrdersService } from "./orders.service.js";

export type { Base, OrderAggregate, PopulationRanks, Rank } from "./orders.repository.js";
export type { OrderDto } from "./orders.schema.js";
export { orderSchema } from "./orders.schema.js";
export type { OrdersStoredListener } from "./orders.service.js";
export { REFERENCE_CURRENCY } from "./fx-rates.service.js";

/** Orders per customer (API + CSV import), converted into the workspace base currency with a reference rate table. */
export function createOrdersModule(ctx: ModuleContext) {
  const repo = createOrdersRepository(ctx.db);
  const fx = createFxRatesService(ctx.db, ctx.settings);
  const service = createOrdersService({ repo, fx, customers: ctx.customers });

  async function base(): Promise<Base> {
    const [{ baseCurrency }, rates] = await Promise.all([ctx.settings.get(), fx.all()]);
    return { currency: baseCurrency, perEur: rates.get(baseCurrency)?.perEur ?? null };
  }

  return {
    ...service,
    fx,
    /** Purchase figures for RFM and tag conditions, as of a moment, in the current base currency. */
    stats: {
      base,
      aggregates: repo.aggregates,
      population: repo.population,
      rank: repo.rank,
    },
    registerRoutes(router: Router) {
      registerOrderRoutes(router, service, fx);
    },
  };
}
export type OrdersModule = ReturnType<typeof createOrdersModule>;
