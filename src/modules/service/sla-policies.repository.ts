import type { Kysely, Selectable } from "kysely";
import type { DB, SlaPoliciesTable } from "../../db/schema.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { foldForSearch } from "../../shared/search-text.js";
import type { SlaPolicyDto, SlaTargetsDto } from "./sla-policies.schema.js";

const toDto = (r: Selectable<SlaPoliciesTable>): SlaPolicyDto => ({
  id: r.id,
  name: r.name,
  isDefault: r.is_default,
  targets: r.targets as SlaTargetsDto,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

/** SLA policies: targets per priority; one is the default for teams without their own. */
export function createSlaPolicies(db: Kysely<DB>) {
  async function get(id: string): Promise<SlaPolicyDto> {
    const row = await db.selectFrom("sla_policies").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) throw notFound("SLA policy", id);
    return toDto(row);
  }
  async function assertNameFree(name: string, exceptId?: string) {
    const row = await db.selectFrom("sla_policies").select(["id", "name"]).where("name_key", "=", foldForSearch(name)).executeTakeFirst();
    if (row && row.id !== exceptId) throw new AppError("CONFLICT", `An SLA policy named "${row.name}" already exists`, "name");
  }
  // The partial unique index allows one default: clear the old one in the same transaction.
  async function write(id: string | null, input: { name?: string; targets?: SlaTargetsDto; isDefault?: boolean }) {
    return db.transaction().execute(async (trx) => {
      if (input.isDefault) await trx.updateTable("sla_policies").set({ is_default: false }).where("is_default", "=", true).execute();
      const values = {
        ...(input.name !== undefined ? { name: input.name, name_key: foldForSearch(input.name) } : {}),
        ...(input.targets ? { targets: JSON.stringify(input.targets) } : {}),
        ...(input.isDefault !== undefined ? { is_default: input.isDefault } : {}),
      };
      if (id) {
        await trx.updateTable("sla_policies").set({ ...values, updated_at: new Date() }).where("id", "=", id).execute();
        return id;
      }
      return (await trx.insertInto("sla_policies").values({ name: input.name!, name_key: foldForSearch(input.name!), targets: JSON.stringify(input.targets), is_default: input.isDefault ?? false }).returning("id").executeTakeFirstOrThrow()).id;
    });
  }
  return {
    get,
    async list() {
      const rows = await db.selectFrom("sla_policies").selectAll().orderBy("is_default", "desc").orderBy("name").execute();
      return { items: rows.map(toDto), total: rows.length };
    },
    /** The default policy (seeded by the migration), or null if an admin removed every default. */
    async defaultPolicy(): Promise<SlaPolicyDto | null> {
      const row = await db.selectFrom("sla_policies").selectAll().where("is_default", "=", true).executeTakeFirst();
      return row ? toDto(row) : null;
    },
    async create(input: { name: string; targets: SlaTargetsDto; isDefault?: boolean }) {
      await assertNameFree(input.name);
      return get(await write(null, input));
    },
    async update(id: string, input: { name?: string; targets?: SlaTargetsDto; isDefault?: boolean }) {
      const current = await get(id);
      if (input.name !== undefined) await assertNameFree(input.name, id);
      if (input.isDefault === false && current.isDefault) {
        throw new AppError("CONFLICT", "Make another policy the default instead; one must remain", "isDefault");
      }
      await write(id, input);
      return get(id);
    },
  };
}
export type SlaPolicies = ReturnType<typeof createSlaPolicies>;
