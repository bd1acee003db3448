import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";

export function createAuthRepository(db: Kysely<DB>) {
  return {
    insertToken: (row: { user_id: string; kind: "session" | "api"; name: string | null; token_hash: string; expires_at: Date | null }) =>
      db.insertInto("auth_tokens").values(row).returningAll().executeTakeFirstOrThrow(),
    findByHash: (tokenHash: string) =>
      db
        .selectFrom("auth_tokens as t")
        .innerJoin("users as u", "u.id", "t.user_id")
        .select([
          "t.id as tokenId",
          "t.kind",
          "t.expires_at",
          "t.last_used_at",
          "u.id",
          "u.email",
          "u.name",
          "u.role",
          "u.ui_language",
        ])
        .where("t.token_hash", "=", tokenHash)
        .executeTakeFirst(),
    touch: (tokenId: string, at: Date) =>
      db.updateTable("auth_tokens").set({ last_used_at: at }).where("id", "=", tokenId).execute(),
    deleteByHash: (tokenHash: string) => db.deleteFrom("auth_tokens").where("token_hash", "=", tokenHash).execute(),
    deleteExpired: (now: Date) => db.deleteFrom("auth_tokens").where("expires_at", "<", now).execute(),
    listApiTokens: (userId: string) =>
      db
        .selectFrom("auth_tokens")
        .select(["id", "name", "created_at", "last_used_at"])
        .where("user_id", "=", userId)
        .where("kind", "=", "api")
        .orderBy("created_at", "desc")
        .execute(),
    deleteApiToken: (userId: string, id: string) =>
      db
        .deleteFrom("auth_tokens")
        .where("id", "=", id)
        .where("user_id", "=", userId)
        .where("kind", "=", "api")
        .executeTakeFirst(),
  };
}
