import { request } from "./http";
import type { Page } from "./types";

export interface ConceptTerm {
  text: string;
  origin: "human" | "machine";
  engine?: string;
  pivot?: string;
}

export interface TermList {
  language: string;
  origin: "human" | "machine";
  terms: ConceptTerm[];
  updatedAt: string;
}

export interface Concept {
  id: string;
  key: string | null;
  name: string;
  description: string | null;
  tag: string;
  language: string;
  enabled: boolean;
  termLists: TermList[];
  matchCount: number;
  customerCount: number;
  lastMatchAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ConceptInput {
  name: string;
  tag: string;
  terms: string[];
  description?: string | null;
  language?: string;
}

export interface ConceptMatch {
  id: string;
  conceptId: string;
  messageId: string;
  conversationId: string | null;
  customer: { id: string; name: string } | null;
  language: string;
  term: string;
  where: "original" | "translation";
  excerpt: string;
  messageSentAt: string;
  createdAt: string;
}

export type DraftStatus = "drafted" | "partial" | "unavailable" | "kept-human" | "same-language";

export interface DraftResult {
  language: string;
  status: DraftStatus;
  message?: string;
  terms?: ConceptTerm[];
  failed?: { term: string; error: string }[];
}

const path = (id: string): string => `/concepts/${encodeURIComponent(id)}`;

export const listConcepts = (params: { q?: string; sort?: string; limit: number; offset: number }, signal?: AbortSignal): Promise<Page<Concept>> =>
  request<Page<Concept>>("GET", "/concepts", { query: { ...params }, signal });

export const getConcept = (id: string, signal?: AbortSignal): Promise<Concept> => request<Concept>("GET", path(id), { signal });

export const createConcept = (input: ConceptInput): Promise<Concept> => request<Concept>("POST", "/concepts", { body: input });

export const updateConcept = (id: string, patch: Partial<Omit<ConceptInput, "language">> & { enabled?: boolean }): Promise<Concept> =>
  request<Concept>("PATCH", path(id), { body: patch });

export const deleteConcept = (id: string): Promise<void> => request<void>("DELETE", path(id));

export const putConceptTerms = (id: string, language: string, terms: string[]): Promise<Concept> =>
  request<Concept>("PUT", `${path(id)}/terms/${encodeURIComponent(language)}`, { body: { terms } });

export const draftConceptTerms = (id: string, languages: string[], overwrite = false): Promise<{ results: DraftResult[]; concept: Concept }> =>
  request("POST", `${path(id)}/translate`, { body: { languages, overwrite } });

export const listConceptMatches = (id: string, params: { limit: number; offset: number; language?: string }, signal?: AbortSignal): Promise<Page<ConceptMatch>> =>
  request<Page<ConceptMatch>>("GET", `${path(id)}/matches`, { query: { ...params }, signal });

export const rescanConcepts = (conceptId?: string): Promise<{ queued: boolean; jobId: string | null }> =>
  request("POST", "/concepts/rescan", { body: conceptId ? { conceptId } : {} });
