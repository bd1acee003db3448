import type { PopulationRanks, Rank } from "../orders/index.js";

// RFM: recency, frequency and monetary value scored 1–5 by quintile among the customers who have ordered
// (as of the evaluation moment). Ties share a score: a value's percentile is its mid-rank,
// (below + (equal + 1) / 2) / n, and the score is ceil(5 × percentile). Scores need a population: with fewer
// than MIN_RFM_POPULATION customers with orders, quintiles mean nothing and no scores are given.

export const MIN_RFM_POPULATION = 5;

export interface RfmScores {
  r: number;
  f: number;
  m: number;
}

export interface PurchaseFigures {
  count: number;
  total: number;
  /** whole days since the last order */
  ageDays: number;
}

export function quintile(rank: Rank, size: number): number {
  if (size <= 0) return 1;
  const percentile = (rank.below + (rank.equal + 1) / 2) / size;
  return Math.min(5, Math.max(1, Math.ceil(5 * percentile - 1e-9)));
}

export function rfmScores(ranks: PopulationRanks): RfmScores | null {
  if (ranks.size < MIN_RFM_POPULATION) return null;
  return { r: quintile(ranks.recency, ranks.size), f: quintile(ranks.frequency, ranks.size), m: quintile(ranks.monetary, ranks.size) };
}

function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
// Every array holds whole numbers (days, counts, cents), so the first value above x is at x + 0.5.
const upperBound = (sorted: readonly number[], x: number) => lowerBound(sorted, x + 0.5);

/** The population held in memory (re-evaluating everyone): ranks by binary search, same answers as the SQL rank. */
export function memoryPopulation(rows: readonly PurchaseFigures[]) {
  const ages = rows.map((r) => r.ageDays).sort((a, b) => a - b);
  const counts = rows.map((r) => r.count).sort((a, b) => a - b);
  const totals = rows.map((r) => Math.round(r.total * 100)).sort((a, b) => a - b);
  const among = (sorted: number[], x: number) => {
    const lo = lowerBound(sorted, x);
    return { lo, equal: upperBound(sorted, x) - lo };
  };
  return {
    size: rows.length,
    rank(v: PurchaseFigures): PopulationRanks {
      const age = among(ages, v.ageDays);
      const count = among(counts, v.count);
      const total = among(totals, Math.round(v.total * 100));
      return {
        size: rows.length,
        // a longer time since the last order ranks lower
        recency: { below: rows.length - age.lo - age.equal, equal: age.equal },
        frequency: { below: count.lo, equal: count.equal },
        monetary: { below: total.lo, equal: total.equal },
      };
    },
  };
}
export type MemoryPopulation = ReturnType<typeof memoryPopulation>;

const money = (n: number, currency: string) => `${new Intl.NumberFormat("en", { maximumFractionDigits: n >= 100 ? 0 : 2 }).format(n)} ${currency}`;
export const daysAgo = (d: number) => (d <= 0 ? "today" : d === 1 ? "1 day ago" : `${d} days ago`);

/** "R5 F4 M5: 7 orders, 12,400 EUR, last 3 days ago" (scores left out when there are none). */
export function rfmSummary(scores: RfmScores | null, v: PurchaseFigures, currency: string): string {
  const figures = `${v.count} order${v.count === 1 ? "" : "s"}, ${money(v.total, currency)}, last ${daysAgo(v.ageDays)}`;
  return scores ? `R${scores.r} F${scores.f} M${scores.m}: ${figures}` : figures;
}
