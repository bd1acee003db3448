import { z } from "zod";
import { SESSION_COOKIE, tokenFromRequest } from "../../http/auth-context.js";
import type { Router } from "../../http/route.js";
import { listResponse, uuidParam } from "../../shared/validators.js";
import { updateMeBody, type UsersService, userSchema } from "../users/index.js";
import type { AuthService } from "./auth.service.js";

const loginBody = z.strictObject({ email: z.string().trim().min(1).max(254), password: z.string().min(1).max(200) });
const apiTokenSchema = z.object({ id: z.uuid(), name: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable() });

export function registerAuthRoutes(router: Router, auth: AuthService, users: UsersService, sessionTtlHours: number): void {
  router.route({
    method: "POST",
    url: "/api/v1/auth/login",
    tag: "auth",
    summary: "Sign in; returns a bearer token and sets the session cookie",
    access: "public",
    body: loginBody,
    response: z.object({ token: z.string(), user: userSchema }),
    async handler({ body, reply, req }) {
      const result = await auth.login(body.email, body.password);
      reply.setCookie(SESSION_COOKIE, result.token, {
        path: "/",
        httpOnly: true,
        sameSite: "strict",
        secure: req.protocol === "https",
        maxAge: sessionTtlHours * 3600,
      });
      return result;
    },
  });
  router.route({
    method: "POST",
    url: "/api/v1/auth/logout",
    tag: "auth",
    summary: "End this session",
    access: "agent",
    status: 204,
    async handler({ req, reply, user }) {
      if (user.via === "session") await auth.logout(tokenFromRequest(req)!);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
    },
  });
  router.route({
    method: "GET",
    url: "/api/v1/auth/me",
    tag: "auth",
    summary: "The signed-in user",
    access: "agent",
    response: userSchema,
    handler: ({ user }) => users.get(user.id),
  });
  router.route({
    method: "PATCH",
    url: "/api/v1/auth/me",
    tag: "auth",
    summary: "Update your own name, password or UI language",
    access: "agent",
    body: updateMeBody,
    response: userSchema,
    handler: ({ user, body }) => users.update(user.id, body),
  });
  router.route({
    method: "GET",
    url: "/api/v1/auth/tokens",
    tag: "auth",
    summary: "Your API tokens",
    access: "agent",
    response: listResponse(apiTokenSchema),
    handler: ({ user }) => auth.listApiTokens(user.id),
  });
  router.route({
    method: "POST",
    url: "/api/v1/auth/tokens",
    tag: "auth",
    summary: "Create an API token for an integration (shown once)",
    access: "agent",
    body: z.strictObject({ name: z.string().trim().min(1).max(100) }),
    response: apiTokenSchema.omit({ lastUsedAt: true }).extend({ token: z.string() }),
    status: 201,
    handler: ({ user, body }) => auth.createApiToken(user.id, body.name),
  });
  router.route({
    method: "DELETE",
    url: "/api/v1/auth/tokens/:id",
    tag: "auth",
    summary: "Revoke one of your API tokens",
    access: "agent",
    params: uuidParam,
    status: 204,
    handler: ({ user, params }) => auth.revokeApiToken(user.id, params.id),
  });
}
