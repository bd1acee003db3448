import type { TextFormat } from "./translation-engine.js";

export interface MemoryMatch {
  id: string;
  targetText: string;
  approved: boolean;
  engine: string | null;
  pivot: string | null;
  /** 1 for exact matches, the similarity for fuzzy ones. */
  score: number;
}

/** Where the gateway looks up and caches translations (the DB-backed translation memory). */
export interface TranslationMemoryStore {
  /** Same normalised source, for a batch (keyed by source text); a human-approved entry wins over a machine one. */
  findExact(from: string, to: string, format: TextFormat, sources: string[]): Promise<Map<string, MemoryMatch>>;
  /** Per source, the best similar human-approved entry at or above the threshold with the same numbers, URLs and placeholders. */
  findFuzzy(from: string, to: string, format: TextFormat, sources: string[], threshold: number): Promise<Map<string, MemoryMatch>>;
  saveMachine(entries: MachineEntry[]): Promise<void>;
}

export interface MachineEntry {
  from: string;
  to: string;
  format: TextFormat;
  source: string;
  target: string;
  engine: string;
  pivot: string | null;
}

export interface GlossaryTerm {
  term: string;
  kind: "keep" | "translate";
  translations: Record<string, string>;
  caseSensitive: boolean;
}

export interface GlossaryStore {
  /** Terms that apply to texts in this source language (including language-independent ones). */
  termsFor(from: string): Promise<GlossaryTerm[]>;
}
