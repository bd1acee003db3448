import type { FastifyRequest } from "fastify";
import type { Role } from "../db/schema.js";

export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  uiLanguage: string | null;
  /** How this request authenticated: a browser/login session or an integration's API token. */
  via: "session" | "api";
  tokenId: string;
}

export const SESSION_COOKIE = "mundo_session";

const ROLE_RANK: Record<Role, number> = { agent: 1, manager: 2, admin: 3 };

export function hasRole(user: AuthUser, minimum: Role): boolean {
  return ROLE_RANK[user.role] >= ROLE_RANK[minimum];
}

export function tokenFromRequest(req: FastifyRequest): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith("Bearer ")) return header.slice(7).trim() || null;
  return req.cookies?.[SESSION_COOKIE] ?? null;
}
