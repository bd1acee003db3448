import type { FastifyInstance } from "fastify";
import type { Authenticate, Router } from "../../http/route.js";
import type { ModuleContext } from "../module-context.js";
import { type BilingualDictionaries, sharedDictionaries } from "./dictionaries/bilingual-dictionaries.js";
import { createKbService, versionUrl } from "./kb.service.js";
import { registerKbRoutes } from "./kb.routes.js";
import type { SearchItemDto } from "./kb.schema.js";
import { createKbSearch, type SearchOptions } from "./kb-search.service.js";
import { createKbSearchRepository } from "./kb-search.repository.js";
import { createTextSearchConfigs } from "./kb-text-search.js";
import { registerKbUploadRoute } from "./kb-upload.routes.js";
import { registerHelpCentre } from "./help-centre.routes.js";

export type { SearchItemDto as KbSearchItem } from "./kb.schema.js";
export { slugify } from "./kb.service.js";

/**
 * Cross-language knowledge base: article families with versions per language (text or PDF,
 * human or machine-drafted), cross-language search, and the public help centre.
 */
export function createKbModule(ctx: ModuleContext, deps: { authenticate: Authenticate; dictionaries?: BilingualDictionaries }) {
  const configs = createTextSearchConfigs(ctx.db);
  const service = createKbService(ctx.db, configs, ctx.language);
  const dictionaries = deps.dictionaries ?? sharedDictionaries();
  const searcher = createKbSearch({
    repo: service.repo,
    searchRepo: createKbSearchRepository(ctx.db),
    configs,
    language: ctx.language,
    glossary: ctx.languageStores.glossary.store,
    dictionaries,
    versionUrl,
  });

  async function status() {
    const languages = await service.repo.languages(false);
    const textSearch = await configs.describe(languages);
    const engines: Array<{ from: string; to: string; via?: string }> = [];
    for (const from of languages) {
      for (const to of languages) {
        if (from === to) continue;
        const routes = await ctx.language.gateway.routes(from, to).catch(() => []);
        if (routes[0]) engines.push({ from, to, ...(routes[0].pivot ? { via: routes[0].pivot } : {}) });
      }
    }
    return { dictionaries: dictionaries.status(), engines, languages: languages.map((l) => ({ language: l, textSearch: textSearch[l]! })) };
  }

  return {
    service,
    /**
     * Cross-language search over all versions. Each item carries `score` (for ranking) and
     * `confidence` (0..1: low when only part of the query was found or only through weak routes).
     */
    async search(q: string, opts: { language?: string; limit?: number } = {}): Promise<SearchItemDto[]> {
      return (await searcher.search(q, opts)).items;
    },
    /** The full search answer (query reading, expansions, items), as the API returns it. */
    searchDetailed: (q: string, opts?: SearchOptions) => searcher.search(q, opts),
    /** One version as plain text: {id, familyId, language, title, body, kind, origin}. */
    getVersion: (versionId: string) => service.getVersion(versionId),
    /** Machine-drafts a version in `language` (origin machine, draft); throws AppError TRANSLATION_UNAVAILABLE. */
    draftTranslation: (familyId: string, language: string) => service.draftTranslation(familyId, language),
    status,
    async registerRoutes(router: Router, app: FastifyInstance) {
      registerKbRoutes(router, { service, search: searcher, authenticate: deps.authenticate, status });
      await registerKbUploadRoute(app, router, { service, authenticate: deps.authenticate });
      registerHelpCentre(app, router, { service, search: searcher });
    },
  };
}
export type KbModule = ReturnType<typeof createKbModule>;
