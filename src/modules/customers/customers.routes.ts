import type { Router } from "../../http/route.js";
import { listResponse, uuidParam } from "../../shared/validators.js";
import { createCustomerBody, customerListQuery, customerSchema, updateCustomerBody } from "./customers.schema.js";
import type { CustomersService } from "./customers.service.js";

export function registerCustomerRoutes(router: Router, customers: CustomersService): void {
  const tag = "customers";
  router.route({
    method: "GET",
    url: "/api/v1/customers",
    tag,
    summary: "List, search, filter and sort customers",
    access: "agent",
    query: customerListQuery,
    response: listResponse(customerSchema),
    handler: ({ query }) => customers.list(query),
  });
  router.route({
    method: "POST",
    url: "/api/v1/customers",
    tag,
    summary: "Create a customer",
    access: "agent",
    body: createCustomerBody,
    response: customerSchema,
    status: 201,
    handler: ({ body }) => customers.create(body),
  });
  router.route({
    method: "GET",
    url: "/api/v1/customers/:id",
    tag,
    summary: "Get a customer",
    access: "agent",
    params: uuidParam,
    response: customerSchema,
    handler: ({ params }) => customers.get(params.id),
  });
  router.route({
    method: "PATCH",
    url: "/api/v1/customers/:id",
    tag,
    summary: "Update a customer (only the fields sent)",
    access: "agent",
    params: uuidParam,
    body: updateCustomerBody,
    response: customerSchema,
    handler: ({ params, body }) => customers.update(params.id, body),
  });
  router.route({
    method: "DELETE",
    url: "/api/v1/customers/:id",
    tag,
    summary: "Delete a customer",
    access: "agent",
    params: uuidParam,
    status: 204,
    handler: ({ params }) => customers.remove(params.id),
  });
}
