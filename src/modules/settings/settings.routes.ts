import type { Router } from "../../http/route.js";
import { settingsSchema, updateSettingsBody } from "./settings.schema.js";
import type { SettingsService } from "./settings.service.js";

export function registerSettingsRoutes(router: Router, settings: SettingsService): void {
  router.route({
    method: "GET",
    url: "/api/v1/settings",
    tag: "settings",
    summary: "Workspace settings: working language, base currency, time zone, business hours",
    access: "agent",
    response: settingsSchema,
    handler: () => settings.get(),
  });
  router.route({
    method: "PATCH",
    url: "/api/v1/settings",
    tag: "settings",
    summary: "Change workspace settings",
    access: "manager",
    body: updateSettingsBody,
    response: settingsSchema,
    handler: ({ body }) => settings.update(body),
  });
}
