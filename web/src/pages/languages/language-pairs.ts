import type { EnginesReport, LanguagePair } from "../../api/types";

export interface ReachablePair extends LanguagePair {
  // The pivot language when the pair is only reachable through it.
  via?: string;
}

export interface PairGroup {
  from: string;
  targets: ReachablePair[];
}

// What can be translated without any text leaving this machine, right now: direct pairs of offline
// engines that are up, plus pivot pairs whose every engine is one of those.
export function offlinePairs(report: EnginesReport): ReachablePair[] {
  const usable = new Set(report.engines.filter((e) => e.offline && e.status === "up" && e.id !== "none").map((e) => e.id));
  const pairs = new Map<string, ReachablePair>();
  for (const engine of report.engines) {
    if (!usable.has(engine.id)) continue;
    for (const { from, to } of engine.pairs) pairs.set(`${from}|${to}`, { from, to });
  }
  for (const pivot of report.pivots) {
    const key = `${pivot.from}|${pivot.to}`;
    if (pairs.has(key) || pivot.engines.length === 0 || !pivot.engines.every((id) => usable.has(id))) continue;
    pairs.set(key, { from: pivot.from, to: pivot.to, via: pivot.via });
  }
  return [...pairs.values()];
}

// Grouped by source language, sources and targets in the reader's alphabetical order, direct before pivot.
export function groupPairs(pairs: readonly ReachablePair[], label: (code: string) => string, locale: string): PairGroup[] {
  const collator = new Intl.Collator(locale);
  const groups = new Map<string, ReachablePair[]>();
  for (const pair of pairs) groups.set(pair.from, [...(groups.get(pair.from) ?? []), pair]);
  return [...groups.entries()]
    .map(([from, targets]) => ({
      from,
      targets: targets.sort((a, b) => Number(Boolean(a.via)) - Number(Boolean(b.via)) || collator.compare(label(a.to), label(b.to))),
    }))
    .sort((a, b) => collator.compare(label(a.from), label(b.from)));
}

export const onlyNoneEngine = (report: EnginesReport): boolean =>
  report.engines.length === 0 || report.engines.every((e) => e.id === "none");
