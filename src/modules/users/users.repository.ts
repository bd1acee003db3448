import type { Kysely, Selectable } from "kysely";
import type { DB, UsersTable } from "../../db/schema.js";

export type UserRow = Selectable<UsersTable>;

export const emailKey = (email: string) => email.trim().toLowerCase();

export function createUsersRepository(db: Kysely<DB>) {
  return {
    findById: (id: string) => db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst(),
    findByEmail: (email: string) =>
      db.selectFrom("users").selectAll().where("email_key", "=", emailKey(email)).executeTakeFirst(),
    async list(limit: number, offset: number) {
      const [items, count] = await Promise.all([
        db.selectFrom("users").selectAll().orderBy("created_at").orderBy("id").limit(limit).offset(offset).execute(),
        db.selectFrom("users").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(count.n) };
    },
    countAdmins: async () =>
      Number(
        (
          await db
            .selectFrom("users")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .where("role", "=", "admin")
            .executeTakeFirstOrThrow()
        ).n,
      ),
    /** Locks the admins' rows until the transaction ends; returns how many there are. */
    lockAdmins: async () =>
      (await db.selectFrom("users").select("id").where("role", "=", "admin").forUpdate().execute()).length,
    insert: (row: Omit<UserRow, "id" | "created_at" | "updated_at" | "email_key">) =>
      db
        .insertInto("users")
        .values({ ...row, email_key: emailKey(row.email) })
        .returningAll()
        .executeTakeFirstOrThrow(),
    update: (id: string, patch: Partial<Pick<UserRow, "name" | "role" | "password_hash" | "ui_language">>) =>
      db
        .updateTable("users")
        .set({ ...patch, updated_at: new Date() })
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirst(),
  };
}
export type UsersRepository = ReturnType<typeof createUsersRepository>;
