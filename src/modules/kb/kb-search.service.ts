import { primaryTag } from "../../language/language-tags.js";
import type { LanguageRuntime } from "../../language/language-runtime.js";
import type { TranslationResult } from "../../language/translation/translation-gateway.js";
import type { GlossaryStore } from "../../language/translation/translation-stores.js";
import type { BilingualDictionaries } from "./dictionaries/bilingual-dictionaries.js";
import type { SearchItemDto, SearchResponseDto } from "./kb.schema.js";
import type { KbRepository, VersionRow } from "./kb.repository.js";
import { type Alternative, expandQuery, type ExpansionDeps, type Route, type RouteKind, type Variant } from "./kb-query-expansion.js";
import type { KbSearchRepository, MatchProbe, MatchRow } from "./kb-search.repository.js";
import { foldForKb, indexableText, isCompounding, isSegmented, scriptLanguage, snippetAround } from "./kb-text.js";
import type { TextSearchConfigs } from "./kb-text-search.js";

export interface SearchOptions {
  /** Language of the query; skips detection. */
  language?: string;
  limit?: number;
  /** Help centre: only published versions. */
  publishedOnly?: boolean;
  /** Language to title results in when the family has it (help centre page language). */
  displayLanguage?: string;
}

interface Deps {
  repo: KbRepository;
  searchRepo: KbSearchRepository;
  configs: TextSearchConfigs;
  language: LanguageRuntime;
  glossary: GlossaryStore;
  dictionaries: BilingualDictionaries;
  versionUrl(row: VersionRow, slug: string): string | null;
}

// A compound part found inside a longer word counts a little less than a full-text match.
const PART_WEIGHT = 0.8;
const MIN_PART_LENGTH = 5;
const MIN_CONFIDENCE = 0.1;

interface Candidate {
  language: string;
  confidence: number;
}

/** Languages to read the query as: given, by script for CJK/Thai/Hangul, or the detector's top guesses. */
export async function queryLanguages(
  detect: (text: string) => Promise<{ language: string; confidence: number; alternatives: Array<{ language: string; confidence: number }> }>,
  query: string,
  given?: string,
): Promise<{ candidates: Candidate[]; detectedBy: "given" | "detector" | "script" }> {
  if (given) return { candidates: [{ language: given, confidence: 1 }], detectedBy: "given" };
  const script = scriptLanguage(query);
  // Short CJK text: the script is more reliable than statistics. Han alone is Chinese or kanji-only Japanese.
  if (script && !/\p{Script=Latin}{3,}/u.test(query)) {
    if (script !== "zh") return { candidates: [{ language: script, confidence: 1 }], detectedBy: "script" };
    const detected = await detect(query);
    const ja = detected.language === "ja";
    return {
      candidates: ja ? [{ language: "ja", confidence: 1 }, { language: "zh", confidence: 0.5 }] : [{ language: "zh", confidence: 1 }, { language: "ja", confidence: 0.3 }],
      detectedBy: "script",
    };
  }
  const detected = await detect(query);
  if (detected.language === "und") return { candidates: [{ language: "und", confidence: 0 }], detectedBy: "detector" };
  const candidates: Candidate[] = [{ language: detected.language, confidence: detected.confidence }];
  // An uncertain guess on a short query ("política de reembolso": pt 0.40, es 0.34): read it both ways.
  if (detected.confidence < 0.6) {
    for (const alt of detected.alternatives) {
      if (candidates.length >= 2 || alt.confidence < 0.15) break;
      candidates.push(alt);
    }
  }
  return { candidates, detectedBy: "detector" };
}

interface VariantMatch {
  variant: Variant;
  versionId: string;
  familyId: string;
  language: string;
  coverage: number;
  reliability: number;
  evidence: number;
  titleShare: number;
  rank: number;
  terms: Array<{ concept: string; matched: string; how: "full-text" | "compound-part"; routes: Route[] }>;
}

function describeRoute(match: VariantMatch, ownLanguage: boolean): { route: RouteKind; via: string } {
  const v = match.variant;
  if (v.kind === "phrase" && v.phrase) {
    const r = v.phrase.route;
    return { route: r.kind, via: r.kind === "tm" ? `query found in the translation memory (${r.id})` : `query translated (${r.id}), full-text in ${match.language}` };
  }
  const routes = match.terms.flatMap((t) => t.routes);
  const best = routes.reduce<Route | null>((b, r) => (!b || r.reliability > b.reliability ? r : b), null);
  if (!best) return { route: "direct", via: `full-text in ${match.language}` };
  if (ownLanguage && best.kind === "direct") return { route: "direct", via: `direct full-text in ${match.language}` };
  const ids = [...new Set(routes.map((r) => r.id))];
  return { route: best.kind, via: `${ids.slice(0, 3).join("; ")}${ids.length > 3 ? "; …" : ""} — full-text in ${match.language}` };
}

export function createKbSearch(deps: Deps) {
  const sharedDeps: Omit<ExpansionDeps, "translate"> = {
    glossary: deps.glossary,
    dictionaries: deps.dictionaries,
    async contentWords(words, language) {
      if (words.length === 0) return [];
      const config = await deps.configs.configFor(language);
      const lexemes = await deps.searchRepo.lexemes(words.map((text) => ({ config, text })));
      return words.filter((_, i) => lexemes[i]!.length > 0);
    },
  };
  // Query words translated recently, per process: searches repeat words, and without this each one would go
  // to the engine again (they are deliberately not written to the translation memory).
  const recent = new Map<string, TranslationResult>();
  const RECENT_MAX = 5000;
  async function translateRemembered(req: { texts: string[]; from: string; to: string }): Promise<TranslationResult[]> {
    const key = (text: string) => `${req.from}|${req.to}|${text}`;
    const missing = [...new Set(req.texts.filter((t) => !recent.has(key(t))))];
    if (missing.length > 0) {
      const results = await deps.language.gateway.translate({ texts: missing, from: req.from, to: req.to, format: "text", remember: false });
      for (const [i, text] of missing.entries()) {
        const result = results[i];
        // Only successes are kept: an engine that was down may be back next time.
        if (result && "text" in result) {
          if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value!);
          recent.set(key(text), result);
        }
      }
      return req.texts.map((t) => recent.get(key(t)) ?? results[missing.indexOf(t)]!);
    }
    return req.texts.map((t) => recent.get(key(t))!);
  }

  /**
   * The gateway for one search. A pair with no engine route and no memory entries can only fail,
   * so it is not asked (a query fans out into a dozen pairs; most have neither).
   */
  function expansionDeps(): ExpansionDeps {
    const usable = new Map<string, Promise<boolean>>();
    const canTranslate = (from: string, to: string) => {
      const key = `${from}|${to}`;
      let answer = usable.get(key);
      if (!answer) {
        answer = (async () => (await deps.language.gateway.routes(from, to)).length > 0 || (await deps.searchRepo.hasMemory(from, to)))();
        usable.set(key, answer);
      }
      return answer;
    };
    return {
      ...sharedDeps,
      async translate(req) {
        if (!(await canTranslate(req.from, req.to))) {
          return req.texts.map(() => ({ from: req.from, to: req.to, error: { code: "TRANSLATION_UNAVAILABLE" as const, message: "no route" } }));
        }
        // Query words are not worth remembering, and public help-centre visitors must not write to the memory.
        return translateRemembered(req);
      },
    };
  }

  /** Probes for the SQL matcher: full-text form and, where it helps, a folded substring. */
  async function probesFor(variants: Variant[]): Promise<MatchProbe[]> {
    const probes: MatchProbe[] = [];
    const needLexemes: Array<{ probe: MatchProbe; config: string }> = [];
    for (const [k, v] of variants.entries()) {
      const config = await deps.configs.configFor(v.language);
      for (const [g, alts] of v.groups.entries()) {
        for (const [a, alt] of alts.entries()) {
          const probe: MatchProbe = { k, g, a, language: v.language, text: indexableText(alt.term, v.language), part: null };
          if (isSegmented(v.language)) {
            const joined = foldForKb(alt.term).replace(/\s+/g, "");
            if ([...joined].length >= 2) probe.part = joined;
            probes.push(probe);
          } else {
            needLexemes.push({ probe, config });
          }
        }
      }
    }
    const lexemes = await deps.searchRepo.lexemes(needLexemes.map((n) => ({ config: n.config, text: n.probe.text })));
    for (const [i, { probe }] of needLexemes.entries()) {
      const lx = lexemes[i]!;
      if (lx.length === 0) continue; // stop words only: nothing to find
      // One-word alternatives in compounding languages may sit inside a longer word: match the folded stem.
      if (lx.length === 1 && isCompounding(probe.language) && !/\s/.test(probe.text.trim())) {
        const stem = foldForKb(lx[0]!);
        if (stem.length >= MIN_PART_LENGTH) probe.part = stem;
      }
      probes.push(probe);
    }
    return probes;
  }

  function scoreMatches(variants: Variant[], rows: MatchRow[], titles: Map<string, string>): VariantMatch[] {
    const byKey = new Map<string, MatchRow[]>();
    // A query word found nowhere, in no language (a greeting, filler) counts half against coverage.
    const foundAnywhere = new Set<string>();
    for (const r of rows) {
      const key = `${r.k}|${r.version_id}`;
      byKey.set(key, [...(byKey.get(key) ?? []), r]);
      const v = variants[r.k]!;
      if (v.kind === "concepts") foundAnywhere.add(`${v.source}|${r.g}`);
    }
    const out: VariantMatch[] = [];
    for (const list of byKey.values()) {
      const variant = variants[list[0]!.k]!;
      const groups = variant.groups.length;
      const groupWeight = (g: number) => (variant.kind === "phrase" || foundAnywhere.has(`${variant.source}|${g}`) ? 1 : 0.5);
      let totalWeight = 0;
      for (let g = 0; g < groups; g++) totalWeight += groupWeight(g);
      let covered = 0;
      let reliable = 0;
      let titled = 0;
      let rank = 0;
      const terms: VariantMatch["terms"] = [];
      const foldedTitle = foldForKb(titles.get(list[0]!.version_id) ?? "");
      for (let g = 0; g < groups; g++) {
        let best: { weight: number; alt: Alternative; row: MatchRow } | null = null;
        for (const r of list.filter((x) => x.g === g)) {
          const alt = variant.groups[g]![r.a]!;
          const weight = r.fts ? 1 : r.part ? PART_WEIGHT : 0;
          const value = weight * alt.reliability;
          if (!best || value > best.weight * best.alt.reliability) best = { weight, alt, row: r };
        }
        if (!best || best.weight === 0) continue;
        covered += best.weight * groupWeight(g);
        reliable += best.weight * groupWeight(g) * best.alt.reliability;
        rank += best.row.rank;
        const partOfTitle = best.row.part && foldedTitle.includes(foldForKb(best.alt.term).slice(0, MIN_PART_LENGTH));
        if (best.row.title || partOfTitle) titled += 1;
        terms.push({ concept: variant.labels[g]!, matched: best.alt.term, how: best.row.fts ? "full-text" : "compound-part", routes: best.alt.routes });
      }
      if (covered === 0) continue;
      const coverage = covered / totalWeight;
      const reliability = reliable / covered;
      out.push({
        variant,
        versionId: list[0]!.version_id,
        familyId: list[0]!.family_id,
        language: variant.language,
        coverage,
        reliability,
        evidence: coverage * reliability,
        titleShare: titled / groups,
        rank,
        terms,
      });
    }
    return out;
  }

  return {
    async search(query: string, opts: SearchOptions = {}): Promise<SearchResponseDto> {
      const limit = opts.limit ?? 10;
      const publishedOnly = opts.publishedOnly ?? false;
      const searchDeps = expansionDeps();
      const { candidates, detectedBy } = await queryLanguages((t) => deps.language.detector.detect(t), query, opts.language);
      const top = candidates[0]!;
      const targets = await deps.repo.languages(publishedOnly);
      // A second reading of the query (another candidate language) counts a little less.
      const expanded = await Promise.all(
        candidates.map((c) => {
          const weight = c === top ? 1 : Math.min(1, 0.7 + 0.3 * (c.confidence / Math.max(top.confidence, 0.01)));
          return expandQuery(searchDeps, query, { language: c.language, weight }, targets);
        }),
      );
      const concepts = expanded[0]!.concepts;
      const variants: Variant[] = expanded.flatMap((e) => e.variants);
      const rows = await deps.searchRepo.match(await probesFor(variants), publishedOnly);
      const versionIds = [...new Set(rows.map((r) => r.version_id))];
      const familyIds = [...new Set(rows.map((r) => r.family_id))];
      const [families, versions] = await Promise.all([deps.repo.familiesByIds(familyIds), deps.repo.versionsOf(familyIds, publishedOnly)]);
      const versionById = new Map(versions.map((v) => [v.id, v]));
      const titles = new Map(versionIds.map((id) => [id, versionById.get(id)?.title ?? ""]));
      const matches = scoreMatches(variants, rows, titles);

      const ownLanguage = (language: string) => top.language !== "und" && primaryTag(language) === primaryTag(top.language);
      const items: SearchItemDto[] = [];
      for (const family of families) {
        const mine = matches.filter((m) => m.familyId === family.id);
        if (mine.length === 0) continue;
        const order = (m: VariantMatch) => m.evidence + 0.1 * m.titleShare + (ownLanguage(m.language) ? 0.05 : 0);
        mine.sort((a, b) => order(b) - order(a));
        const best = mine[0]!;
        // Independent evidence: the best match per language, strongest first, later ones damped.
        const perLanguage = new Map<string, number>();
        for (const m of mine) perLanguage.set(m.language, Math.max(perLanguage.get(m.language) ?? 0, m.evidence));
        const evidences = [...perLanguage.values()].sort((a, b) => b - a).slice(0, 3);
        const noisyOr = 1 - evidences.reduce((p, e, i) => p * (1 - e * (i === 0 ? 1 : 0.5)), 1);
        const maxCoverage = Math.max(...mine.map((m) => m.coverage));
        // Never more sure than the share of the query that was actually found.
        const confidence = Math.round(Math.min(noisyOr, maxCoverage) * 100) / 100;
        if (confidence < MIN_CONFIDENCE) continue;
        const agreeing = [...new Set(mine.filter((m) => m.coverage >= 0.5).flatMap((m) => m.terms.flatMap((t) => t.routes.map((r) => r.id))))];
        const score =
          best.evidence + 0.25 * best.titleShare + 0.1 * Math.min(1, best.rank * 5) + 0.05 * Math.min(3, Math.max(0, agreeing.length - 1)) +
          (ownLanguage(best.language) ? 0.1 : 0) + 0.2 * confidence;
        const familyVersions = versions.filter((v) => v.family_id === family.id);
        const matchedVersion = versionById.get(best.versionId)!;
        const snippet = snippetAround(matchedVersion.body || matchedVersion.title, best.terms.map((t) => t.matched));
        const display =
          familyVersions.find((v) => opts.displayLanguage && primaryTag(v.language) === primaryTag(opts.displayLanguage)) ??
          familyVersions.find((v) => ownLanguage(v.language));
        const { route, via } = describeRoute(best, ownLanguage(best.language));
        items.push({
          familyId: family.id,
          slug: family.slug,
          title: display?.title ?? family.title,
          tags: family.tags,
          score: Math.round(score * 1000) / 1000,
          confidence,
          versions: familyVersions.map((v) => ({
            id: v.id,
            language: v.language,
            title: v.title,
            kind: v.kind,
            origin: v.origin,
            status: v.status,
            url: deps.versionUrl(v, family.slug),
          })),
          matched: { versionId: matchedVersion.id, language: matchedVersion.language, kind: matchedVersion.kind, title: matchedVersion.title, snippet: snippet.text, highlight: snippet.found },
          explain: {
            language: best.language,
            route,
            via,
            coverage: Math.round(best.coverage * 100) / 100,
            titleMatch: best.titleShare > 0,
            ownLanguage: ownLanguage(best.language),
            routesAgreeing: agreeing,
            terms: best.terms.map((t) => ({ concept: t.concept, matched: t.matched, how: t.how, routes: t.routes.map((r) => r.id) })),
          },
        });
      }
      items.sort((a, b) => b.score - a.score || b.confidence - a.confidence);

      const expansions = variants
        .filter((v) => v.source === top.language)
        .flatMap((v) => {
          const byRoute = new Map<string, string[][]>();
          for (const [g, alts] of v.groups.entries()) {
            for (const alt of alts) {
              for (const r of alt.routes) {
                const groups = byRoute.get(r.id) ?? v.groups.map(() => []);
                groups[g]!.push(alt.term);
                byRoute.set(r.id, groups);
              }
            }
          }
          return [...byRoute.entries()].map(([route, terms]) => ({ language: v.language, route, terms: terms.filter((t) => t.length > 0) }));
        });
      return {
        query: { text: query, language: top.language, detectedBy, candidates, concepts, expansions },
        items: items.slice(0, limit),
      };
    },
  };
}
export type KbSearch = ReturnType<typeof createKbSearch>;
