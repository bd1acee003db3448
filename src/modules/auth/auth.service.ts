import { createHash, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import type { AuthUser } from "../../http/auth-context.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { dummyPasswordHash, toUserDto, type UsersService, verifyPassword } from "../users/index.js";
import { createAuthRepository } from "./auth.repository.js";

// Only a SHA-256 of each token is stored: a leaked database does not leak usable tokens.
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const newToken = (kind: "session" | "api") => `mundo_${kind === "api" ? "api" : "ses"}_${randomBytes(32).toString("base64url")}`;
// last_used_at is informative; writing it on every request would double the write load.
const TOUCH_INTERVAL_MS = 60_000;

export function createAuthService(db: Kysely<DB>, users: UsersService, sessionTtlHours: number) {
  const repo = createAuthRepository(db);

  return {
    async login(email: string, password: string) {
      const user = await users.repo.findByEmail(email);
      const ok = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), password);
      if (!user || !ok) throw new AppError("INVALID_CREDENTIALS", "The email or password is not correct");
      const token = newToken("session");
      await repo.deleteExpired(new Date());
      await repo.insertToken({
        user_id: user.id,
        kind: "session",
        name: null,
        token_hash: hashToken(token),
        expires_at: new Date(Date.now() + sessionTtlHours * 3_600_000),
      });
      return { token, user: toUserDto(user) };
    },

    async authenticate(token: string): Promise<AuthUser | null> {
      const row = await repo.findByHash(hashToken(token));
      const now = new Date();
      if (!row || (row.expires_at && row.expires_at <= now)) return null;
      if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > TOUCH_INTERVAL_MS) {
        await repo.touch(row.tokenId, now);
      }
      return {
        id: row.id,
        email: row.email,
        name: row.name,
        role: row.role,
        uiLanguage: row.ui_language,
        via: row.kind,
        tokenId: row.tokenId,
      };
    },

    logout: (token: string) => repo.deleteByHash(hashToken(token)),

    async createApiToken(userId: string, name: string) {
      const token = newToken("api");
      const row = await repo.insertToken({ user_id: userId, kind: "api", name, token_hash: hashToken(token), expires_at: null });
      return { id: row.id, name, createdAt: row.created_at.toISOString(), token };
    },

    async listApiTokens(userId: string) {
      const rows = await repo.listApiTokens(userId);
      return {
        items: rows.map((r) => ({
          id: r.id,
          name: r.name ?? "",
          createdAt: r.created_at.toISOString(),
          lastUsedAt: r.last_used_at?.toISOString() ?? null,
        })),
        total: rows.length,
      };
    },

    async revokeApiToken(userId: string, id: string) {
      const result = await repo.deleteApiToken(userId, id);
      if (Number(result.numDeletedRows) === 0) throw notFound("API token", id);
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;
