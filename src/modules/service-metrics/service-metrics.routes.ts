import type { Router } from "../../http/route.js";
import { metricsCsv } from "./service-metrics.csv.js";
import { metricsQuery, metricsResponseSchema } from "./service-metrics.schema.js";
import type { ServiceMetricsService } from "./service-metrics.service.js";

export function registerServiceMetricsRoutes(router: Router, metrics: ServiceMetricsService): void {
  const tag = "service-metrics";
  router.route({
    method: "GET",
    url: "/api/v1/service-metrics",
    tag,
    summary: "Service metrics per language or team: volume, first response and resolution times, SLA breaches, CSAT, NPS, negative sentiment, and a weekly series",
    access: "agent",
    query: metricsQuery,
    response: metricsResponseSchema,
    handler: ({ query }) => metrics.metrics(query),
  });
  router.route({
    method: "GET",
    url: "/api/v1/service-metrics/export.csv",
    tag,
    summary: "The same metrics as CSV (UTF-8 with BOM, one row per group plus a total)",
    access: "agent",
    query: metricsQuery,
    handler: async ({ query, reply }) => {
      const m = await metrics.metrics(query);
      reply.header("content-type", "text/csv; charset=utf-8");
      reply.header("content-disposition", `attachment; filename="service-metrics-${m.groupBy}-${m.from}-${m.to}.csv"`);
      return metricsCsv(m);
    },
  });
}
