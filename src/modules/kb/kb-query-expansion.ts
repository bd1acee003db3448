import { primaryTag } from "../../language/language-tags.js";
import type { TranslationResult } from "../../language/translation/translation-gateway.js";
import type { GlossaryStore } from "../../language/translation/translation-stores.js";
import type { BilingualDictionaries } from "./dictionaries/bilingual-dictionaries.js";
import { foldForKb, isCompounding, isSegmented, wordTokens } from "./kb-text.js";

// Query expansion: the query's words ("concepts") are carried into every language the knowledge
// base has versions in, by every route available, and each alternative remembers how it got there:
//   direct      the word itself, in the query's own language
//   literal     the same word in another language (names, product codes, shared words)
//   engine/tm   the translation gateway (memory, glossary protection, engines, pivots)
//   dictionary  bilingual dictionaries (cc-cedict, EDICT, FreeDict), directly or chained through English
//   glossary    forced translations from the workspace glossary
//   compound    parts of a compound query word ("Versandkosten" → "Versand Kosten")
// The whole query is also translated as one sentence (a "phrase" variant) where the gateway can.

export type RouteKind = "direct" | "literal" | "engine" | "tm" | "dictionary" | "glossary" | "compound";

export interface Route {
  id: string;
  kind: RouteKind;
  reliability: number;
}

export interface Alternative {
  term: string;
  routes: Route[];
  reliability: number;
}

export interface Variant {
  language: string;
  kind: "concepts" | "phrase";
  /** Language the query was read as. */
  source: string;
  /** One label per group: the query word (concepts) or the translated word (phrase). */
  labels: string[];
  groups: Alternative[][];
  /** For phrase variants: the whole translated query and its route. */
  phrase?: { text: string; route: Route };
}

export interface ExpansionDeps {
  translate(req: { texts: string[]; from: string; to: string }): Promise<TranslationResult[]>;
  glossary: GlossaryStore;
  dictionaries: BilingualDictionaries;
  /** Drops stop words: the words of `words` that the language's text-search configuration keeps. */
  contentWords(words: string[], language: string): Promise<string[]>;
}

const MAX_CONCEPTS = 8;
const MAX_ALTERNATIVES = 10;
const DICTIONARY_RELIABILITY = 0.7;
const LITERAL_RELIABILITY = 0.5;

// Function words PostgreSQL cannot filter for Chinese/Japanese ('simple' has no stop words).
const CJK_STOP = new Set(["的", "了", "吗", "呢", "吧", "是", "在", "和", "与", "及", "我", "你", "您", "他", "她", "它", "们", "我们", "怎么", "什么", "如何", "请", "可以", "能", "有", "です", "ます", "ください", "どう", "何"]);

const sameWord = (a: string, b: string) => foldForKb(a) === foldForKb(b);

function addAlternative(group: Alternative[], term: string, route: Route): void {
  const clean = term.replace(/^[\s"'«»“”„.,;:!?¿¡]+|[\s"'«»“”„.,;:!?¿¡]+$/g, "").trim();
  if (!clean) return;
  const existing = group.find((a) => sameWord(a.term, clean));
  if (existing) {
    if (!existing.routes.some((r) => r.id === route.id)) existing.routes.push(route);
    existing.reliability = Math.max(existing.reliability, route.reliability);
    return;
  }
  if (group.length >= MAX_ALTERNATIVES) return;
  group.push({ term: clean, routes: [route], reliability: route.reliability });
}

/** The route of one gateway answer, or null when it did not translate (error, identity, echo). */
export function gatewayRoute(result: TranslationResult | undefined, source: string): { text: string; route: Route } | null {
  if (!result || "error" in result) return null;
  const text = result.text.trim();
  const p = result.provenance;
  if (!text || p.engine === "identity" || sameWord(text, source)) return null;
  const pair = `${result.from}→${result.to}`;
  if (p.tmMatch) {
    const reliability = (p.approved ? 0.9 : 0.8) * (p.score ?? 1);
    return { text, route: { id: `tm ${pair}${p.approved ? " (approved)" : ""}`, kind: "tm", reliability } };
  }
  return { text, route: { id: `engine ${p.engine} ${pair}${p.pivot ? ` via ${p.pivot}` : ""}`, kind: "engine", reliability: p.pivot ? 0.7 : 0.8 } };
}

function chain(first: Route, second: Route): Route {
  const kinds = [first.kind, second.kind];
  const kind: RouteKind = kinds.includes("dictionary") ? "dictionary" : kinds.includes("glossary") ? "glossary" : kinds.includes("tm") ? "tm" : "engine";
  return { id: `${first.id} → ${second.id}`, kind, reliability: Math.round(first.reliability * second.reliability * 1000) / 1000 };
}

const dictionaryRoute = (dictionary: string, from: string, to: string): Route => ({
  id: `dictionary ${dictionary} ${primaryTag(from)}→${primaryTag(to)}`,
  kind: "dictionary",
  reliability: DICTIONARY_RELIABILITY,
});

/** The query's content words in `language`: ICU word tokens without stop words, deduplicated. */
export async function queryConcepts(deps: Pick<ExpansionDeps, "contentWords">, query: string, language: string): Promise<string[]> {
  const tokens = [...new Map(wordTokens(query, language).map((t) => [foldForKb(t), t])).values()];
  let concepts: string[];
  if (isSegmented(language)) {
    // Short all-hiragana tokens are particles and inflections (を, くだ|さい), not content.
    concepts = tokens.filter((t) => !CJK_STOP.has(t) && !/^\p{Script=Hiragana}{1,2}$/u.test(t));
  } else {
    concepts = await deps.contentWords(tokens, language);
  }
  // A query of stop words only ("the") still means something to the person typing it.
  return (concepts.length > 0 ? concepts : tokens).slice(0, MAX_CONCEPTS);
}

/**
 * Splits a compound into two words the dictionary knows ("Versandkosten" → Versand + Kosten,
 * "Rückerstattungsrichtlinie" → Rückerstattung + Richtlinie, with the linking -s dropped).
 */
export async function splitCompound(word: string, known: (part: string) => Promise<boolean>): Promise<[string, string] | null> {
  if (word.length < 8) return null;
  for (let i = word.length - 4; i >= 4; i--) {
    const right = word.slice(i);
    const lefts = [word.slice(0, i)];
    if (/[s]$/i.test(lefts[0]!) && i > 4) lefts.push(word.slice(0, i - 1));
    if (!(await known(right))) continue;
    for (const left of lefts) if (await known(left)) return [left, right.charAt(0).toLocaleUpperCase("und") + right.slice(1)];
  }
  return null;
}

/** Expands `query` read as `source` into groups of alternatives for each target language. */
export async function expandQuery(
  deps: ExpansionDeps,
  query: string,
  source: { language: string; weight: number },
  targets: readonly string[],
): Promise<{ concepts: string[]; variants: Variant[] }> {
  const S = source.language;
  const w = (r: Route): Route => ({ ...r, reliability: Math.round(r.reliability * source.weight * 1000) / 1000 });
  const concepts = await queryConcepts(deps, query, S);
  if (concepts.length === 0) return { concepts, variants: [] };
  const variants: Variant[] = [];
  const isUnd = S === "und";
  const sp = primaryTag(S);

  // Compound parts, read through the source language's dictionary vocabulary.
  const parts = new Map<string, [string, string]>();
  if (!isUnd && isCompounding(S) && deps.dictionaries.has(S, "en")) {
    for (const c of concepts) {
      if ((await deps.dictionaries.lookup(S, "en", c)).length > 0) continue;
      const split = await splitCompound(c, async (p) => (await deps.dictionaries.lookup(S, "en", p)).length > 0);
      if (split) parts.set(c, split);
    }
  }

  // English bridge: concept → English alternatives (dictionaries and the gateway, word by word).
  const bridge: Alternative[][] = concepts.map(() => []);
  let englishWhole: TranslationResult | undefined;
  if (!isUnd && sp !== "en") {
    for (const [i, c] of concepts.entries()) {
      const words = parts.get(c) ? [c, ...parts.get(c)!] : [c];
      for (const word of words) {
        for (const hit of await deps.dictionaries.lookup(S, "en", word)) {
          for (const term of hit.terms) addAlternative(bridge[i]!, term, w(dictionaryRoute(hit.dictionary, S, "en")));
        }
      }
    }
    const toEnglish = await deps.translate({ texts: [query, ...concepts], from: S, to: "en" });
    englishWhole = toEnglish[0];
    for (const [i, c] of concepts.entries()) {
      const got = gatewayRoute(toEnglish[i + 1], c);
      if (got) addAlternative(bridge[i]!, got.text, w(got.route));
    }
  } else if (sp === "en") {
    for (const [i, c] of concepts.entries()) addAlternative(bridge[i]!, c, w({ id: "direct en", kind: "direct", reliability: 1 }));
  }

  const glossaryTerms = isUnd ? [] : await deps.glossary.termsFor(S);
  const foldedQuery = foldForKb(query);
  const glossaryHits = glossaryTerms.filter((t) => foldedQuery.includes(foldForKb(t.term)));

  // Targets are independent: expanded concurrently (engine calls overlap), kept in target order.
  const perTarget = await Promise.all(
    targets.map(async (T): Promise<Variant[]> => {
      const out: Variant[] = [];
      const tp = primaryTag(T);
      const groups: Alternative[][] = concepts.map(() => []);
      // One gateway call for the whole query and each of its words.
      const wholeAndWords =
        tp === sp || isUnd ? [] : tp === "en" ? [englishWhole] : await deps.translate({ texts: [query, ...concepts], from: S, to: T });
      if (tp === sp || isUnd) {
        const kind: RouteKind = isUnd ? "literal" : "direct";
        for (const [i, c] of concepts.entries()) {
          addAlternative(groups[i]!, c, w({ id: `${kind} ${tp}`, kind, reliability: isUnd ? LITERAL_RELIABILITY : 1 }));
          const split = parts.get(c);
          if (split) addAlternative(groups[i]!, split.join(" "), w({ id: `compound ${split.join("+")}`, kind: "compound", reliability: 0.9 }));
        }
      } else {
        for (const [i, c] of concepts.entries()) {
          // A word may be shared (names, codes, loanwords, kanji): tried where the writing systems meet, weighted low.
          if (/[\p{Script=Latin}\p{N}]/u.test(c) || isSegmented(S) === isSegmented(T)) {
            addAlternative(groups[i]!, c, w({ id: `literal ${tp}`, kind: "literal", reliability: LITERAL_RELIABILITY }));
          }
          for (const word of parts.get(c) ? [c, ...parts.get(c)!] : [c]) {
            for (const hit of await deps.dictionaries.lookup(S, T, word)) {
              for (const term of hit.terms) addAlternative(groups[i]!, term, w(dictionaryRoute(hit.dictionary, S, T)));
            }
          }
        }
        if (tp === "en") {
          for (const [i, alts] of bridge.entries()) for (const a of alts) for (const r of a.routes) addAlternative(groups[i]!, a.term, r);
        } else {
          // Word by word S→T through the gateway, then the English bridge onwards by dictionary and gateway.
          const direct = wholeAndWords.slice(1);
          for (const [i, c] of concepts.entries()) {
            const got = gatewayRoute(direct[i], c);
            if (got) addAlternative(groups[i]!, got.text, w(got.route));
          }
          const englishTerms = [...new Set(bridge.flat().map((a) => a.term))];
          const onward = englishTerms.length > 0 ? await deps.translate({ texts: englishTerms, from: "en", to: T }) : [];
          for (const [i, alts] of bridge.entries()) {
            for (const a of alts) {
              const via = a.routes.reduce((best, r) => (r.reliability > best.reliability ? r : best));
              for (const hit of await deps.dictionaries.lookup("en", T, a.term)) {
                for (const term of hit.terms) addAlternative(groups[i]!, term, chain(via, dictionaryRoute(hit.dictionary, "en", T)));
              }
              const got = gatewayRoute(onward[englishTerms.indexOf(a.term)], a.term);
              if (got) addAlternative(groups[i]!, got.text, chain(via, got.route));
            }
          }
        }
        for (const term of glossaryHits) {
          const target = term.kind === "keep" ? term.term : (term.translations[T] ?? term.translations[tp]);
          if (!target) continue;
          const inTerm = foldForKb(term.term);
          for (const [i, c] of concepts.entries()) {
            if (inTerm.includes(foldForKb(c))) addAlternative(groups[i]!, target, w({ id: "glossary", kind: "glossary", reliability: 0.95 }));
          }
        }
      }
      if (groups.some((g) => g.length > 0)) out.push({ language: T, kind: "concepts", source: S, labels: concepts, groups });

      // The whole query as one sentence, where the gateway can translate it.
      if (tp !== sp && !isUnd) {
        const got = gatewayRoute(wholeAndWords[0], query);
        if (got) {
          const route: Route = { ...w(got.route), reliability: Math.round(w(got.route).reliability * 1.05 * 1000) / 1000 };
          const words = isSegmented(T) ? wordTokens(got.text, T) : await deps.contentWords(wordTokens(got.text, T), T);
          if (words.length > 0) {
            out.push({
              language: T,
              kind: "phrase",
              source: S,
              labels: words,
              groups: words.map((word) => [{ term: word, routes: [route], reliability: route.reliability }]),
              phrase: { text: got.text, route },
            });
          }
        }
      }
      return out;
    }),
  );
  variants.push(...perTarget.flat());
  return { concepts, variants };
}
