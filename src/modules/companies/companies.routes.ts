import type { Router } from "../../http/route.js";
import { listResponse, uuidParam } from "../../shared/validators.js";
import { companyListQuery, companySchema, createCompanyBody, updateCompanyBody } from "./companies.schema.js";
import type { CompaniesService } from "./companies.service.js";

export function registerCompanyRoutes(router: Router, companies: CompaniesService): void {
  const tag = "companies";
  router.route({
    method: "GET",
    url: "/api/v1/companies",
    tag,
    summary: "List and search companies",
    access: "agent",
    query: companyListQuery,
    response: listResponse(companySchema),
    handler: ({ query }) => companies.list(query),
  });
  router.route({
    method: "POST",
    url: "/api/v1/companies",
    tag,
    summary: "Create a company",
    access: "agent",
    body: createCompanyBody,
    response: companySchema,
    status: 201,
    handler: ({ body }) => companies.create(body),
  });
  router.route({
    method: "GET",
    url: "/api/v1/companies/:id",
    tag,
    summary: "Get a company",
    access: "agent",
    params: uuidParam,
    response: companySchema,
    handler: ({ params }) => companies.get(params.id),
  });
  router.route({
    method: "PATCH",
    url: "/api/v1/companies/:id",
    tag,
    summary: "Update a company",
    access: "agent",
    params: uuidParam,
    body: updateCompanyBody,
    response: companySchema,
    handler: ({ params, body }) => companies.update(params.id, body),
  });
  router.route({
    method: "DELETE",
    url: "/api/v1/companies/:id",
    tag,
    summary: "Delete a company (its customers stay, without a company)",
    access: "manager",
    params: uuidParam,
    status: 204,
    handler: ({ params }) => companies.remove(params.id),
  });
}
