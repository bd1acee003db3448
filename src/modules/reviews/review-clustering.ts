// Groups reviews into themes from their text in one language (the working language). Pure functions, no I/O.
//
// 1. Each review becomes a TF-IDF vector of its stemmed content words.
// 2. Seeding: a review that mentions taxonomy keywords joins the entry whose keywords it matches best
//    (a phrase keyword like "broken box" counts once per word, so it outweighs a lone "arrived").
// 3. Attaching: a review without keywords joins the seeded theme whose centroid it is close to (cosine).
// 4. Emergent themes: what is left is clustered bottom-up (average linkage on cosine similarity); groups
//    big enough become themes named after their top terms.
import type { Term, TextAnalyzer } from "./review-text.js";

export interface TaxonomyEntry {
  id: string;
  name: string;
  keywords: string[];
}

export interface ClusterInput {
  id: string;
  text: string;
}

export interface ThemeMember {
  id: string;
  /** Cosine similarity to the theme's centroid (0–1). */
  score: number;
  /** The terms that put the review there: matched keywords, or its strongest shared terms. */
  terms: string[];
}

export interface ClusteredTheme {
  key: string;
  kind: "taxonomy" | "emergent";
  taxonomyId: string | null;
  label: string;
  keywords: Array<{ term: string; weight: number }>;
  members: ThemeMember[];
}

export interface ClusterOptions {
  /** Smallest group that becomes an emergent theme. */
  minThemeSize?: number;
  /** Cosine to a seeded centroid needed for a keyword-less review to join it. */
  attachThreshold?: number;
  /** Average similarity at which two groups of leftover reviews stop merging. */
  mergeThreshold?: number;
  /** Leftover reviews considered for emergent themes (the first ones given; callers pass newest first). */
  maxEmergent?: number;
  keywordCount?: number;
}

export interface ClusterResult {
  themes: ClusteredTheme[];
  /** Reviews in no theme. */
  unthemed: string[];
}

type Vector = Map<string, number>;

/** TF-IDF with sublinear term frequency and smoothed IDF, each vector L2-normalised. */
export function tfidfVectors(docs: readonly string[][]): Vector[] {
  const df = new Map<string, number>();
  for (const stems of docs) for (const s of new Set(stems)) df.set(s, (df.get(s) ?? 0) + 1);
  const n = docs.length;
  return docs.map((stems) => {
    const tf = new Map<string, number>();
    for (const s of stems) tf.set(s, (tf.get(s) ?? 0) + 1);
    const v: Vector = new Map();
    let norm = 0;
    for (const [s, count] of tf) {
      const w = (1 + Math.log(count)) * (Math.log((1 + n) / (1 + (df.get(s) ?? 0))) + 1);
      v.set(s, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [s, w] of v) v.set(s, w / norm);
    return v;
  });
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, w] of small) {
    const o = large.get(k);
    if (o !== undefined) dot += w * o;
  }
  return dot;
}

/** Normalised mean of vectors. */
export function centroid(vectors: readonly Vector[]): Vector {
  const sum: Vector = new Map();
  for (const v of vectors) for (const [k, w] of v) sum.set(k, (sum.get(k) ?? 0) + w);
  let norm = 0;
  for (const w of sum.values()) norm += w * w;
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [k, w] of sum) sum.set(k, w / norm);
  return sum;
}

const topTerms = (v: Vector, n: number) => [...v.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n);

interface PreparedKeyword {
  stems: string[];
  surface: string;
}

function prepareTaxonomy(taxonomy: readonly TaxonomyEntry[], analyzer: TextAnalyzer): PreparedKeyword[][] {
  return taxonomy.map((entry) =>
    entry.keywords
      .map((k) => ({ stems: [...new Set(analyzer.terms(k).map((t) => t.stem))], surface: k.trim().toLowerCase() }))
      .filter((k) => k.stems.length > 0),
  );
}

/**
 * Average-linkage agglomerative clustering of the given vectors; stops when the best pair of groups is
 * less similar than `threshold`. Each group keeps its best neighbour, so a merge only rescans the groups
 * that pointed at the merged ones.
 */
export function agglomerate(vectors: readonly Vector[], threshold: number): number[][] {
  const n = vectors.length;
  const sim: Float64Array[] = vectors.map(() => new Float64Array(n));
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) sim[i]![j] = sim[j]![i] = cosine(vectors[i]!, vectors[j]!);
  const members: Array<number[] | null> = vectors.map((_, i) => [i]);
  const best = new Int32Array(n).fill(-1);
  const findBest = (i: number) => {
    let b = -1;
    for (let j = 0; j < n; j++) if (j !== i && members[j] && (b < 0 || sim[i]![j]! > sim[i]![b]!)) b = j;
    best[i] = b;
  };
  for (let i = 0; i < n; i++) findBest(i);
  for (;;) {
    let a = -1;
    for (let i = 0; i < n; i++) if (members[i] && best[i]! >= 0 && (a < 0 || sim[i]![best[i]!]! > sim[a]![best[a]!]!)) a = i;
    if (a < 0) break;
    const b = best[a]!;
    if (sim[a]![b]! < threshold) break;
    const na = members[a]!.length;
    const nb = members[b]!.length;
    for (let k = 0; k < n; k++) {
      if (!members[k] || k === a || k === b) continue;
      const s = (na * sim[a]![k]! + nb * sim[b]![k]!) / (na + nb); // Lance–Williams, average linkage
      sim[a]![k] = sim[k]![a] = s;
    }
    members[a] = [...members[a]!, ...members[b]!];
    members[b] = null;
    for (let k = 0; k < n; k++) {
      if (!members[k]) continue;
      if (k === a || best[k] === a || best[k] === b) findBest(k);
      else if (best[k]! >= 0 && sim[k]![a]! > sim[k]![best[k]!]!) best[k] = a;
    }
  }
  return members.filter((m): m is number[] => m !== null);
}

/** Clusters reviews (their text in the analyzer's language) into taxonomy and emergent themes. */
export function clusterReviews(
  inputs: readonly ClusterInput[],
  taxonomy: readonly TaxonomyEntry[],
  analyzer: TextAnalyzer,
  options: ClusterOptions = {},
): ClusterResult {
  const minThemeSize = options.minThemeSize ?? 2;
  const attachThreshold = options.attachThreshold ?? 0.3;
  const mergeThreshold = options.mergeThreshold ?? 0.2;
  const maxEmergent = options.maxEmergent ?? 800;
  const keywordCount = options.keywordCount ?? 8;

  const terms: Term[][] = inputs.map((d) => analyzer.terms(d.text));
  const vectors = tfidfVectors(terms.map((ts) => ts.map((t) => t.stem)));

  // The most frequent written form of each stem is what people read.
  const surfaceCounts = new Map<string, Map<string, number>>();
  for (const ts of terms) {
    for (const t of ts) {
      const m = surfaceCounts.get(t.stem) ?? new Map<string, number>();
      m.set(t.surface, (m.get(t.surface) ?? 0) + 1);
      surfaceCounts.set(t.stem, m);
    }
  }
  const surface = (stem: string) => {
    const m = surfaceCounts.get(stem);
    return m ? [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0] : stem;
  };

  // 2. Seeding by taxonomy keywords.
  const prepared = prepareTaxonomy(taxonomy, analyzer);
  const seeded = new Map<number, Array<{ doc: number; terms: string[] }>>();
  const left: number[] = [];
  for (let d = 0; d < inputs.length; d++) {
    const stems = new Set(terms[d]!.map((t) => t.stem));
    let bestEntry = -1;
    let bestScore = 0;
    let bestWeight = 0;
    let bestTerms: string[] = [];
    prepared.forEach((keywords, e) => {
      let score = 0;
      const matched = new Set<string>();
      for (const k of keywords) {
        if (k.stems.every((s) => stems.has(s))) {
          score += k.stems.length;
          for (const s of k.stems) matched.add(s);
        }
      }
      if (score === 0) return;
      const weight = [...matched].reduce((sum, s) => sum + (vectors[d]!.get(s) ?? 0), 0);
      if (score > bestScore || (score === bestScore && weight > bestWeight)) {
        bestEntry = e;
        bestScore = score;
        bestWeight = weight;
        bestTerms = [...matched].map(surface);
      }
    });
    if (bestEntry >= 0) {
      const list = seeded.get(bestEntry) ?? [];
      list.push({ doc: d, terms: bestTerms });
      seeded.set(bestEntry, list);
    } else left.push(d);
  }

  // 3. Attaching keyword-less reviews to close seeded themes.
  const seededEntries = [...seeded.keys()].sort((a, b) => a - b);
  const seedCentroids = seededEntries.map((e) => centroid(seeded.get(e)!.map((m) => vectors[m.doc]!)));
  const attached = new Map<number, number[]>();
  const leftover: number[] = [];
  for (const d of left) {
    let best = -1;
    let bestSim = attachThreshold;
    seedCentroids.forEach((c, i) => {
      const s = cosine(vectors[d]!, c);
      if (s >= bestSim) {
        best = i;
        bestSim = s;
      }
    });
    if (best >= 0) attached.set(best, [...(attached.get(best) ?? []), d]);
    else leftover.push(d);
  }

  const strongestShared = (doc: number, c: Vector) =>
    [...vectors[doc]!.keys()]
      .filter((s) => c.has(s))
      .sort((a, b) => vectors[doc]!.get(b)! * c.get(b)! - vectors[doc]!.get(a)! * c.get(a)!)
      .slice(0, 3)
      .map(surface);
  const keywordsOf = (c: Vector) => topTerms(c, keywordCount).map(([s, w]) => ({ term: surface(s), weight: Math.round(w * 1000) / 1000 }));

  const themes: ClusteredTheme[] = seededEntries.map((e, i) => {
    const entry = taxonomy[e]!;
    const docs = [...seeded.get(e)!, ...(attached.get(i) ?? []).map((doc) => ({ doc, terms: [] as string[] }))];
    const c = centroid(docs.map((m) => vectors[m.doc]!));
    return {
      key: `taxonomy:${entry.id}`,
      kind: "taxonomy",
      taxonomyId: entry.id,
      label: entry.name,
      keywords: keywordsOf(c),
      members: docs.map((m) => ({
        id: inputs[m.doc]!.id,
        score: Math.round(cosine(vectors[m.doc]!, c) * 1000) / 1000,
        terms: m.terms.length > 0 ? m.terms : strongestShared(m.doc, c),
      })),
    };
  });

  // 4. Emergent themes from what is left.
  const pool = leftover.filter((d) => vectors[d]!.size > 0).slice(0, maxEmergent);
  const groups = agglomerate(
    pool.map((d) => vectors[d]!),
    mergeThreshold,
  )
    .filter((g) => g.length >= minThemeSize)
    .map((g) => g.map((i) => pool[i]!));
  const themed = new Set<number>();
  const usedKeys = new Set(themes.map((t) => t.key));
  for (const g of groups.sort((a, b) => b.length - a.length || a[0]! - b[0]!)) {
    const c = centroid(g.map((d) => vectors[d]!));
    // Named after the terms most of its reviews share, then the heaviest ones.
    const shared = new Map<string, number>();
    for (const d of g) for (const s of vectors[d]!.keys()) shared.set(s, (shared.get(s) ?? 0) + 1);
    const top = [...c.entries()]
      .sort((a, b) => shared.get(b[0])! - shared.get(a[0])! || b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 3)
      .map(([s]) => s);
    let key = `emergent:${[...top].sort().join("+")}`;
    for (let i = 2; usedKeys.has(key); i++) key = `emergent:${[...top].sort().join("+")}#${i}`;
    usedKeys.add(key);
    for (const d of g) themed.add(d);
    themes.push({
      key,
      kind: "emergent",
      taxonomyId: null,
      label: top.map(surface).join(", "),
      keywords: keywordsOf(c),
      members: g.map((d) => ({ id: inputs[d]!.id, score: Math.round(cosine(vectors[d]!, c) * 1000) / 1000, terms: strongestShared(d, c) })),
    });
  }
  return { themes, unthemed: leftover.filter((d) => !themed.has(d)).map((d) => inputs[d]!.id) };
}
