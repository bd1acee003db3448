import type { Router } from "../../http/route.js";
import type { CsatModule } from "../csat/index.js";
import type { ModuleContext } from "../module-context.js";
import { businessMinutesBetween, type ServiceModule, type TeamCalendar } from "../service/index.js";
import { createServiceMetricsRepository } from "./service-metrics.repository.js";
import { registerServiceMetricsRoutes } from "./service-metrics.routes.js";
import { createServiceMetricsService, type DurationClock } from "./service-metrics.service.js";

export type { MetricsResponse } from "./service-metrics.schema.js";

/** The service dashboard's numbers (#6): per language or team, with a weekly series and a CSV export. */
export function createServiceMetricsModule(ctx: ModuleContext, deps: { service: ServiceModule; csat: CsatModule }) {
  // Response and resolution times in the business time of each ticket's team (the SLA's own clock);
  // one calendar lookup per team per request.
  const businessClock = (): DurationClock => {
    const calendars = new Map<string, Promise<TeamCalendar>>();
    return {
      basis: "business",
      async minutes(ticket, from, to) {
        const key = ticket.teamId ?? "";
        let calendar = calendars.get(key);
        if (!calendar) calendars.set(key, (calendar = deps.service.teams.calendar(ticket.teamId)));
        return Math.max(0, businessMinutesBetween(from, to, await calendar));
      },
    };
  };
  const metrics = createServiceMetricsService({ repo: createServiceMetricsRepository(ctx.db), settings: ctx.settings, clock: businessClock });
  return {
    metrics: metrics.metrics,
    registerRoutes(router: Router) {
      registerServiceMetricsRoutes(router, metrics);
    },
  };
}
export type ServiceMetricsModule = ReturnType<typeof createServiceMetricsModule>;
