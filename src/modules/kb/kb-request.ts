import type { FastifyRequest } from "fastify";
import type { z } from "zod";
import type { Role } from "../../db/schema.js";
import { type AuthUser, hasRole, tokenFromRequest } from "../../http/auth-context.js";
import type { Authenticate } from "../../http/route.js";
import { AppError } from "../../shared/app-error.js";

// Auth and validation for the module's raw Fastify routes (multipart upload, help-centre pages),
// with the same rules and messages as the typed router.

export async function userFrom(req: FastifyRequest, authenticate: Authenticate): Promise<AuthUser | null> {
  const token = tokenFromRequest(req);
  return token ? authenticate(token) : null;
}

export async function requireRole(req: FastifyRequest, authenticate: Authenticate, role: Role): Promise<AuthUser> {
  const user = await userFrom(req, authenticate);
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in or send a valid bearer token");
  if (!hasRole(user, role)) throw new AppError("FORBIDDEN", `This action needs the ${role} role (you are ${user.role})`);
  return user;
}

export function validate<S extends z.ZodType>(schema: S, value: unknown, where: "body" | "path" | "query"): z.infer<S> {
  const result = schema.safeParse(value ?? (where === "body" ? undefined : {}));
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.map(String);
  if (issue.code === "unrecognized_keys") path.push(String(issue.keys[0]));
  const field = path.join(".");
  const message = value === undefined && where === "body" ? "a JSON body is required" : `${field || where}: ${issue.message}`;
  throw new AppError("VALIDATION_FAILED", message, field || undefined);
}
