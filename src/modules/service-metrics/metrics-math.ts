import { localDate } from "../../shared/wall-clock.js";

export { localDate, startOfLocalDay } from "../../shared/wall-clock.js";
// Small statistics for the service dashboard, kept pure so they are unit-tested on their own.

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function average(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

export const round = (n: number | null, digits = 1): number | null => (n === null ? null : Math.round(n * 10 ** digits) / 10 ** digits);

/** Net Promoter Score: % promoters (9–10) minus % detractors (0–6), from −100 to 100. */
export function netPromoterScore(scores: readonly number[]) {
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  const passives = scores.length - promoters - detractors;
  return {
    score: scores.length === 0 ? null : Math.round(((promoters - detractors) / scores.length) * 1000) / 10,
    responses: scores.length,
    promoters,
    passives,
    detractors,
  };
}

/** The Monday (YYYY-MM-DD) of the ISO week an instant falls in, in a time zone. */
export function weekStart(at: Date, timeZone: string): string {
  const date = localDate(at, timeZone);
  const d = new Date(`${date}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7; // Monday → 0 … Sunday → 6
  d.setUTCDate(d.getUTCDate() - back);
  return d.toISOString().slice(0, 10);
}

/** Every week start from the week of `from` to the week of `to`, so weeks without data still show. */
export function weeksBetween(from: Date, to: Date, timeZone: string): string[] {
  const weeks: string[] = [];
  const last = weekStart(to, timeZone);
  const d = new Date(`${weekStart(from, timeZone)}T00:00:00Z`);
  for (let i = 0; i < 600; i++) {
    const w = d.toISOString().slice(0, 10);
    weeks.push(w);
    if (w >= last) break;
    d.setUTCDate(d.getUTCDate() + 7);
  }
  return weeks;
}

