export { registerSettingsRoutes } from "./settings.routes.js";
export { type Settings, WEEKDAYS } from "./settings.schema.js";
export { createSettingsService, type SettingsService } from "./settings.service.js";
