import type { Kysely } from "kysely";
import type { DB, Role } from "../../db/schema.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { hashPassword } from "./password.js";
import { createUsersRepository, type UserRow } from "./users.repository.js";
import type { UpdateUser, UserDto } from "./users.schema.js";

export const toUserDto = (u: UserRow): UserDto => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  uiLanguage: u.ui_language,
  createdAt: u.created_at.toISOString(),
});

export interface NewUser {
  email: string;
  name: string;
  password: string;
  role: Role;
  uiLanguage?: string | null;
}

export function createUsersService(db: Kysely<DB>) {
  const repo = createUsersRepository(db);

  async function create(input: NewUser): Promise<UserDto> {
    if (await repo.findByEmail(input.email)) {
      throw new AppError("CONFLICT", `A user with the email ${input.email} already exists`, "email");
    }
    const row = await repo.insert({
      email: input.email.trim(),
      name: input.name,
      role: input.role,
      password_hash: await hashPassword(input.password),
      ui_language: input.uiLanguage ?? null,
    });
    return toUserDto(row);
  }

  async function update(id: string, patch: UpdateUser): Promise<UserDto> {
    const passwordHash = patch.password ? await hashPassword(patch.password) : undefined;
    // Check and update in one transaction holding the admins' row locks, so two admins demoting
    // each other at the same time cannot leave the workspace without one.
    const row = await db.transaction().execute(async (trx) => {
      const tx = createUsersRepository(trx);
      const current = await tx.findById(id);
      if (!current) throw notFound("User", id);
      if (current.role === "admin" && patch.role && patch.role !== "admin" && (await tx.lockAdmins()) <= 1) {
        throw new AppError("CONFLICT", "This is the last admin; make another user admin first", "role");
      }
      return tx.update(id, { name: patch.name, role: patch.role, ui_language: patch.uiLanguage, password_hash: passwordHash });
    });
    if (!row) throw notFound("User", id);
    return toUserDto(row);
  }

  return {
    repo,
    create,
    update,
    async list(limit: number, offset: number) {
      const { items, total } = await repo.list(limit, offset);
      return { items: items.map(toUserDto), total };
    },
    async get(id: string) {
      const row = await repo.findById(id);
      if (!row) throw notFound("User", id);
      return toUserDto(row);
    },
    /** Creates the configured first admin when no user has that email yet. Returns true when created. */
    async ensureAdmin(email: string, password: string): Promise<boolean> {
      if (await repo.findByEmail(email)) return false;
      await create({ email, password, name: email.split("@")[0] ?? "Admin", role: "admin" });
      return true;
    },
  };
}
export type UsersService = ReturnType<typeof createUsersService>;
