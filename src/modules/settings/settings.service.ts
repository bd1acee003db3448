import type { Kysely, Selectable } from "kysely";
import type { DB, WorkspaceSettingsTable } from "../../db/schema.js";
import type { Settings, UpdateSettings } from "./settings.schema.js";

const toDto = (r: Selectable<WorkspaceSettingsTable>): Settings => ({
  workingLanguage: r.working_language,
  baseCurrency: r.base_currency,
  timeZone: r.time_zone,
  businessHours: r.business_hours as Settings["businessHours"],
  publicUrl: r.public_url,
  updatedAt: r.updated_at.toISOString(),
});

// One row (id = 1), created by the first migration.
export function createSettingsService(db: Kysely<DB>) {
  return {
    get: async () => toDto(await db.selectFrom("workspace_settings").selectAll().where("id", "=", 1).executeTakeFirstOrThrow()),
    async update(patch: UpdateSettings): Promise<Settings> {
      const row = await db
        .updateTable("workspace_settings")
        .set({
          working_language: patch.workingLanguage,
          base_currency: patch.baseCurrency,
          time_zone: patch.timeZone,
          business_hours: patch.businessHours ? JSON.stringify(patch.businessHours) : undefined,
          public_url: patch.publicUrl,
          updated_at: new Date(),
        })
        .where("id", "=", 1)
        .returningAll()
        .executeTakeFirstOrThrow();
      return toDto(row);
    },
  };
}
export type SettingsService = ReturnType<typeof createSettingsService>;
