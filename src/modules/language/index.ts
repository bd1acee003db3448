import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import type { Router } from "../../http/route.js";
import type { LanguageRuntime } from "../../language/language-runtime.js";
import { registerGlossaryRoutes } from "./glossary.routes.js";
import { createGlossaryRepository } from "./glossary.repository.js";
import { registerLanguageRoutes } from "./language.routes.js";
import { createLanguageService, type LanguageService } from "./language.service.js";
import { registerMemoryRoutes } from "./memory.routes.js";
import { createTranslationMemoryRepository } from "./translation-memory.repository.js";

export type { LanguageService };

/** The DB-backed stores the gateway needs; created before the language runtime. */
export function createLanguageStores(db: Kysely<DB>) {
  return { memory: createTranslationMemoryRepository(db), glossary: createGlossaryRepository(db) };
}
export type LanguageStores = ReturnType<typeof createLanguageStores>;

export function createLanguageModule(runtime: LanguageRuntime, stores: LanguageStores, version: string) {
  return createLanguageService(runtime, stores.memory, stores.glossary, version);
}

export function registerLanguageModuleRoutes(router: Router, language: LanguageService): void {
  registerLanguageRoutes(router, language);
  registerMemoryRoutes(router, language);
  registerGlossaryRoutes(router, language);
}
