import type { LanguageRuntime } from "../../language/language-runtime.js";
import { canonicalTag, primaryTag } from "../../language/language-tags.js";
import { AppError, notFound } from "../../shared/app-error.js";
import type { GlossaryInput, GlossaryRepository, GlossaryRow } from "./glossary.repository.js";
import { exportTmx, parseTmx } from "./tmx.js";
import type { MemoryEntryInput, MemoryRow, TranslationMemoryRepository } from "./translation-memory.repository.js";

export const memoryDto = (r: MemoryRow) => ({
  id: r.id,
  sourceLanguage: r.source_lang,
  targetLanguage: r.target_lang,
  format: r.format,
  source: r.source_text,
  target: r.target_text,
  origin: r.origin,
  approved: r.approved,
  engine: r.engine,
  pivot: r.pivot,
  hits: r.hits,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

export const glossaryDto = (r: GlossaryRow) => ({
  id: r.id,
  term: r.term,
  sourceLanguage: r.source_lang,
  kind: r.kind,
  translations: r.translations,
  caseSensitive: r.case_sensitive,
  note: r.note,
  updatedAt: r.updated_at.toISOString(),
});

const canonicalKeys = (t: Record<string, string>) => Object.fromEntries(Object.entries(t).map(([k, v]) => [canonicalTag(k), v]));

export function createLanguageService(runtime: LanguageRuntime, memory: TranslationMemoryRepository, glossary: GlossaryRepository, version: string) {
  async function engines() {
    const list = await Promise.all(
      runtime.engines.map(async (engine) => {
        const state = await runtime.gateway.enginePairs(engine);
        return {
          id: engine.id,
          status: state.pairs ? ("up" as const) : ("down" as const),
          offline: runtime.offlineEngines.has(engine.id),
          ...(state.error ? { error: state.error } : {}),
          pairs: state.pairs ?? [],
        };
      }),
    );
    // Pairs reachable only through a pivot language, e.g. fr→es→en.
    const direct = new Set(list.flatMap((e) => e.pairs.map((p) => `${primaryTag(p.from)}|${primaryTag(p.to)}`)));
    const pivots = new Map<string, { from: string; to: string; via: string; engines: Set<string> }>();
    for (const a of list) {
      for (const b of list) {
        for (const first of a.pairs) {
          for (const second of b.pairs) {
            const [from, via, to] = [primaryTag(first.from), primaryTag(first.to), primaryTag(second.to)];
            if (primaryTag(second.from) !== via || from === to || from === "*" || to === "*" || direct.has(`${from}|${to}`)) continue;
            const key = `${from}|${to}|${via}`;
            const entry = pivots.get(key) ?? { from, to, via, engines: new Set<string>() };
            entry.engines.add(a.id).add(b.id);
            pivots.set(key, entry);
          }
        }
      }
    }
    return { engines: list, pivots: [...pivots.values()].map((p) => ({ ...p, engines: [...p.engines] })) };
  }

  return {
    engines,
    async detect(texts: string[]) {
      return Promise.all(texts.map((t) => runtime.detector.detect(t)));
    },
    async translate(req: { texts: string[]; to: string; from?: string; format: "text" | "html"; remember?: boolean }) {
      return runtime.gateway.translate(req);
    },
    sentiment: (text: string, language?: string) => runtime.sentiment(text, language),

    async listMemory(q: Parameters<TranslationMemoryRepository["list"]>[0]) {
      const { items, total } = await memory.list(q);
      return { items: items.map(memoryDto), total };
    },
    async addMemory(e: Omit<MemoryEntryInput, "origin" | "approved">) {
      const id = await memory.upsert({ ...e, origin: "human", approved: true });
      return memoryDto((await memory.findById(id))!);
    },
    async updateMemory(id: string, patch: { target?: string; approved?: boolean }) {
      const row = await memory.update(id, {
        target_text: patch.target,
        approved: patch.approved,
        // An edited machine entry is a human translation now.
        ...(patch.target !== undefined ? { origin: "human" as const, approved: patch.approved ?? true } : {}),
      });
      if (!row) throw notFound("Memory entry", id);
      return memoryDto(row);
    },
    async removeMemory(id: string) {
      if (Number((await memory.delete(id)).numDeletedRows) === 0) throw notFound("Memory entry", id);
    },
    async exportMemory(from?: string, to?: string) {
      return exportTmx(await memory.all(from, to), version);
    },
    async importMemory(xml: string, userId: string) {
      const pairs = parseTmx(xml);
      let imported = 0;
      for (const p of pairs) {
        await memory.upsert({ ...p, createdBy: userId });
        imported++;
      }
      return { imported };
    },

    async listGlossary(limit: number, offset: number, q?: string) {
      const { items, total } = await glossary.list(limit, offset, q);
      return { items: items.map(glossaryDto), total };
    },
    async addGlossary(g: GlossaryInput) {
      if (await glossary.findByTerm(g.term, g.sourceLanguage)) {
        throw new AppError("CONFLICT", `The glossary already has "${g.term}" for this source language`, "term");
      }
      return glossaryDto(await glossary.insert({ ...g, translations: canonicalKeys(g.translations) }));
    },
    async updateGlossary(id: string, g: Partial<GlossaryInput>) {
      const row = await glossary.update(id, { ...g, translations: g.translations && canonicalKeys(g.translations) });
      if (!row) throw notFound("Glossary term", id);
      return glossaryDto(row);
    },
    async removeGlossary(id: string) {
      if (Number((await glossary.delete(id)).numDeletedRows) === 0) throw notFound("Glossary term", id);
    },
  };
}
export type LanguageService = ReturnType<typeof createLanguageService>;
