import { isLanguageError } from "../language-error.js";
import { memoryTag, primaryTag, serves } from "../language-tags.js";
import { type GlossaryHit, PlaceholderMismatchError, protect, type Protected, restore } from "./placeholders.js";
import type { GlossaryStore, GlossaryTerm, MachineEntry, TranslationMemoryStore } from "./translation-stores.js";
import type { LanguagePair, TextFormat, TranslationEngine } from "./translation-engine.js";

export interface Provenance {
  /** "memory" for a memory hit without a recorded engine, "identity" when nothing needed translating. */
  engine: string;
  pivot?: string;
  tmMatch?: "exact" | "fuzzy";
  /** 1 for exact and human entries, the similarity for fuzzy hits, null for machine output (engines give none). */
  score: number | null;
  approved?: boolean;
}

export type TranslationResult =
  | { text: string; from: string; to: string; provenance: Provenance }
  | { from: string; to: string; error: { code: "TRANSLATION_UNAVAILABLE"; message: string } };

export interface TranslateRequest {
  texts: string[];
  from?: string;
  to: string;
  format?: TextFormat;
  /** false: engine output is not saved to the translation memory (e.g. anonymous help-centre searches). */
  remember?: boolean;
}

export interface Hop {
  engine: TranslationEngine;
  from: string;
  to: string;
}
export interface Route {
  hops: Hop[];
  pivot?: string;
}

export interface GatewayOptions {
  engines: TranslationEngine[];
  memory: TranslationMemoryStore;
  glossary: GlossaryStore;
  /** Language of a text when the caller gives none; "und" when it has none. */
  detect: (text: string) => Promise<string>;
  pivots?: string[];
  fuzzyThreshold?: number;
  pairsTtlMs?: number;
}

type Pending = { index: number; source: string; protected: Protected; reasons: string[] };

export function createTranslationGateway(opts: GatewayOptions) {
  const pivots = opts.pivots ?? ["es", "en"];
  const threshold = opts.fuzzyThreshold ?? 0.9;
  const pairsCache = new Map<string, { at: number; pairs: LanguagePair[] | null; error?: string }>();

  /** Pairs per engine; null (with the reason) when the engine is down. Cached briefly. */
  async function enginePairs(engine: TranslationEngine) {
    const hit = pairsCache.get(engine.id);
    if (hit && Date.now() - hit.at < (opts.pairsTtlMs ?? 60_000)) return hit;
    let entry: { at: number; pairs: LanguagePair[] | null; error?: string };
    try {
      entry = { at: Date.now(), pairs: await engine.pairs() };
    } catch (err) {
      if (!isLanguageError(err, "UNAVAILABLE")) throw err;
      entry = { at: Date.now(), pairs: null, error: err.message };
    }
    pairsCache.set(engine.id, entry);
    return entry;
  }

  const canDo = (pairs: LanguagePair[] | null, from: string, to: string) =>
    Boolean(pairs?.some((p) => serves(p.from, from) && serves(p.to, to)));

  /** Direct routes in engine order, then two-hop routes through the pivot languages (same engine first). */
  async function routes(from: string, to: string): Promise<Route[]> {
    const live = (await Promise.all(opts.engines.map(async (e) => ({ engine: e, pairs: (await enginePairs(e)).pairs })))).filter(
      (e) => e.pairs,
    );
    const out: Route[] = live.filter((e) => canDo(e.pairs, from, to)).map((e) => ({ hops: [{ engine: e.engine, from, to }] }));
    for (const pivot of pivots) {
      if (primaryTag(pivot) === primaryTag(from) || primaryTag(pivot) === primaryTag(to)) continue;
      const firsts = live.filter((e) => canDo(e.pairs, from, pivot));
      const seconds = live.filter((e) => canDo(e.pairs, pivot, to));
      const combos = firsts.flatMap((a) => seconds.map((b) => ({ a, b })));
      combos.sort((x, y) => Number(x.a.engine !== x.b.engine) - Number(y.a.engine !== y.b.engine));
      for (const { a, b } of combos) {
        out.push({ pivot, hops: [{ engine: a.engine, from, to: pivot }, { engine: b.engine, from: pivot, to }] });
      }
    }
    return out;
  }

  function glossaryHits(terms: GlossaryTerm[], text: string, to: string): GlossaryHit[] {
    const hits: GlossaryHit[] = [];
    for (const term of terms) {
      const replacement = term.kind === "keep" ? null : (term.translations[to] ?? term.translations[primaryTag(to)]);
      if (term.kind === "translate" && !replacement) continue; // no forced translation into this language
      const escaped = term.term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, term.caseSensitive ? "gu" : "giu");
      for (const m of text.matchAll(re)) hits.push({ start: m.index, end: m.index + m[0].length, replacement: replacement ?? m[0] });
    }
    return hits;
  }

  async function viaEngines(pending: Pending[], from: string, to: string, format: TextFormat, results: TranslationResult[], remember: boolean) {
    const available = await routes(from, to);
    for (const route of available) {
      if (pending.length === 0) break;
      let texts = pending.map((p) => p.protected.masked);
      try {
        for (const hop of route.hops) texts = await hop.engine.translate({ texts, from: hop.from, to: hop.to, format });
      } catch (err) {
        if (!isLanguageError(err)) throw err;
        for (const p of pending) p.reasons.push(err.message);
        continue;
      }
      const engine = route.hops.map((h) => h.engine.id).filter((id, i, all) => all.indexOf(id) === i).join("+");
      const still: Pending[] = [];
      const done: MachineEntry[] = [];
      for (const [i, p] of pending.entries()) {
        try {
          const text = restore(texts[i] ?? "", p.protected);
          results[p.index] = { text, from, to, provenance: { engine, ...(route.pivot ? { pivot: route.pivot } : {}), score: null } };
          done.push({ from, to, format, source: p.source, target: text, engine, pivot: route.pivot ?? null });
        } catch (err) {
          if (!(err instanceof PlaceholderMismatchError)) throw err;
          p.reasons.push(`${engine} rejected: ${err.message}`);
          still.push(p);
        }
      }
      if (done.length > 0 && remember) await opts.memory.saveMachine(done);
      pending = still;
    }
    for (const p of pending) {
      const why = p.reasons.length > 0 ? p.reasons.join("; ") : "no configured engine serves it, directly or through a pivot";
      results[p.index] = { from, to, error: { code: "TRANSLATION_UNAVAILABLE", message: `No translation for ${from}→${to}: ${why}` } };
    }
  }

  async function translateGroup(indexes: number[], texts: string[], from: string, to: string, format: TextFormat, results: TranslationResult[], remember: boolean) {
    const pending: Pending[] = [];
    let terms: GlossaryTerm[] | null = null;
    const firstOf = new Map<string, Pending>(); // identical texts in one batch go to the engine once
    const duplicates: Array<{ index: number; of: Pending }> = [];
    const sources = indexes.map((i) => texts[i]!);
    const exacts = await opts.memory.findExact(from, to, format, sources);
    const fuzzies = await opts.memory.findFuzzy(from, to, format, [...new Set(sources.filter((s) => !exacts.has(s)))], threshold);
    for (const index of indexes) {
      const source = texts[index]!;
      const exact = exacts.get(source);
      const hit = exact ?? fuzzies.get(source);
      if (hit) {
        results[index] = {
          text: hit.targetText,
          from,
          to,
          provenance: { engine: hit.engine ?? "memory", ...(hit.pivot ? { pivot: hit.pivot } : {}), tmMatch: exact ? "exact" : "fuzzy", score: hit.score, approved: hit.approved },
        };
        continue;
      }
      const seen = firstOf.get(source);
      if (seen) {
        duplicates.push({ index, of: seen });
        continue;
      }
      terms ??= await opts.glossary.termsFor(from);
      const p: Pending = { index, source, protected: protect(source, format, glossaryHits(terms, source, to)), reasons: [] };
      firstOf.set(source, p);
      pending.push(p);
    }
    if (pending.length > 0) await viaEngines(pending, from, to, format, results, remember);
    for (const d of duplicates) results[d.index] = results[d.of.index]!;
  }

  return {
    routes,
    enginePairs,
    async translate(req: TranslateRequest): Promise<TranslationResult[]> {
      const format = req.format ?? "text";
      const to = memoryTag(req.to);
      const results: TranslationResult[] = new Array(req.texts.length);
      const groups = new Map<string, number[]>();
      for (const [i, text] of req.texts.entries()) {
        const from = memoryTag(req.from ?? (await opts.detect(text)));
        if (from === "und" || primaryTag(from) === primaryTag(to) || text.trim() === "") {
          results[i] = { text, from, to, provenance: { engine: "identity", score: 1 } };
          continue;
        }
        groups.set(from, [...(groups.get(from) ?? []), i]);
      }
      for (const [from, indexes] of groups) await translateGroup(indexes, req.texts, from, to, format, results, req.remember !== false);
      return results;
    },
  };
}
export type TranslationGateway = ReturnType<typeof createTranslationGateway>;
