import type { Router } from "../../http/route.js";
import { listResponse, uuidParam } from "../../shared/validators.js";
import type { FxRatesService } from "./fx-rates.service.js";
import { createOrderBody, fxTableSchema, importOrdersBody, importResultSchema, orderListQuery, orderSchema, putFxRatesBody } from "./orders.schema.js";
import type { OrdersService } from "./orders.service.js";

export function registerOrderRoutes(router: Router, orders: OrdersService, fx: FxRatesService): void {
  const tag = "orders";
  router.route({
    method: "GET",
    url: "/api/v1/customers/:id/orders",
    tag,
    summary: "A customer's orders, newest first",
    access: "agent",
    params: uuidParam,
    query: orderListQuery,
    response: listResponse(orderSchema),
    handler: ({ params, query }) => orders.listForCustomer(params.id, query.limit, query.offset),
  });
  router.route({
    method: "POST",
    url: "/api/v1/customers/:id/orders",
    tag,
    summary: "Record an order; converted into the base currency with the reference rate; the customer's tags are re-evaluated",
    access: "agent",
    params: uuidParam,
    body: createOrderBody,
    response: orderSchema,
    status: 201,
    handler: async ({ params, body, reply }) => {
      const { order, created } = await orders.create(params.id, body);
      if (!created) reply.status(200);
      return order;
    },
  });
  router.route({
    method: "POST",
    url: "/api/v1/orders/import",
    tag,
    summary: "Import orders from CSV (customer_email|customer_id, ordered_at, amount, currency, external_id?, channel?); re-import is idempotent by external_id",
    access: "manager",
    body: importOrdersBody,
    response: importResultSchema,
    handler: ({ body }) => orders.importCsv(body.csv),
  });
  router.route({
    method: "GET",
    url: "/api/v1/fx-rates",
    tag,
    summary: "Reference exchange rates (units per 1 EUR) used to convert orders into the base currency",
    access: "manager",
    response: fxTableSchema,
    handler: () => fx.table(),
  });
  router.route({
    method: "PUT",
    url: "/api/v1/fx-rates",
    tag,
    summary: "Replace the reference exchange rates (EUR is 1; the base currency must keep a rate); stored orders keep the rate they were converted with",
    access: "manager",
    body: putFxRatesBody,
    response: fxTableSchema,
    handler: ({ body }) => fx.replace(body.rates),
  });
}
