import { z } from "zod";
import type { Router } from "../../http/route.js";
import { listResponse, uuidParam } from "../../shared/validators.js";
import { createUserBody, updateUserBody, userSchema } from "./users.schema.js";
import type { UsersService } from "./users.service.js";

const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export function registerUserRoutes(router: Router, users: UsersService): void {
  router.route({
    method: "GET",
    url: "/api/v1/users",
    tag: "users",
    summary: "List users",
    access: "manager",
    query: pageQuery,
    response: listResponse(userSchema),
    handler: ({ query }) => users.list(query.limit, query.offset),
  });
  router.route({
    method: "POST",
    url: "/api/v1/users",
    tag: "users",
    summary: "Create a user",
    access: "admin",
    body: createUserBody,
    response: userSchema,
    status: 201,
    handler: ({ body }) => users.create(body),
  });
  router.route({
    method: "GET",
    url: "/api/v1/users/:id",
    tag: "users",
    summary: "Get a user",
    access: "manager",
    params: uuidParam,
    response: userSchema,
    handler: ({ params }) => users.get(params.id),
  });
  router.route({
    method: "PATCH",
    url: "/api/v1/users/:id",
    tag: "users",
    summary: "Update a user (name, role, password, UI language)",
    access: "admin",
    params: uuidParam,
    body: updateUserBody,
    response: userSchema,
    handler: ({ params, body }) => users.update(params.id, body),
  });
}
