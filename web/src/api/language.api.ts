import { buildQuery, request } from "./http";
import type {
  Detection,
  EnginesReport,
  GlossaryInput,
  GlossaryTerm,
  ListParams,
  MemoryEntry,
  MemoryInput,
  MemoryListParams,
  Page,
  Sentiment,
  TranslateInput,
  Translation,
} from "./types";

const memoryPath = (id: string): string => `/language/memory/${encodeURIComponent(id)}`;
const glossaryPath = (id: string): string => `/language/glossary/${encodeURIComponent(id)}`;

export const getEngines = (signal?: AbortSignal): Promise<EnginesReport> =>
  request<EnginesReport>("GET", "/language/engines", { signal });

export const detectLanguage = (text: string, signal?: AbortSignal): Promise<Detection> =>
  request<Detection>("POST", "/language/detect", { body: { text }, signal });

// Rejects with an ApiError coded TRANSLATION_UNAVAILABLE (HTTP 422) when no engine serves the pair.
export const translateText = (input: TranslateInput, signal?: AbortSignal): Promise<{ translations: Translation[] }> =>
  request<{ translations: Translation[] }>("POST", "/language/translate", { body: input, signal });

export const analyzeSentiment = (text: string, language?: string, signal?: AbortSignal): Promise<Sentiment> =>
  request<Sentiment>("POST", "/language/sentiment", { body: language ? { text, language } : { text }, signal });

// ---- Translation memory ----

export const listMemory = (params: MemoryListParams, signal?: AbortSignal): Promise<Page<MemoryEntry>> =>
  request<Page<MemoryEntry>>("GET", "/language/memory", { query: { ...params }, signal });

export const createMemoryEntry = (input: MemoryInput): Promise<MemoryEntry> =>
  request<MemoryEntry>("POST", "/language/memory", { body: input });

// Editing `target` makes the entry a human-approved translation.
export const updateMemoryEntry = (id: string, patch: { target?: string; approved?: boolean }): Promise<MemoryEntry> =>
  request<MemoryEntry>("PATCH", memoryPath(id), { body: patch });

export const deleteMemoryEntry = (id: string): Promise<void> => request<void>("DELETE", memoryPath(id));

// A plain URL so the browser downloads the file with the session cookie.
export const memoryExportUrl = (from?: string, to?: string): string =>
  `/api/v1/language/memory/export${buildQuery({ from, to })}`;

export const importTmx = (tmx: string): Promise<{ imported: number }> =>
  request<{ imported: number }>("POST", "/language/memory/import", { body: { tmx } });

// ---- Glossary ----

export const listGlossary = (params: Omit<ListParams, "sort">, signal?: AbortSignal): Promise<Page<GlossaryTerm>> =>
  request<Page<GlossaryTerm>>("GET", "/language/glossary", { query: { ...params }, signal });

export const createGlossaryTerm = (input: GlossaryInput): Promise<GlossaryTerm> =>
  request<GlossaryTerm>("POST", "/language/glossary", { body: input });

export const updateGlossaryTerm = (id: string, patch: Partial<GlossaryInput>): Promise<GlossaryTerm> =>
  request<GlossaryTerm>("PATCH", glossaryPath(id), { body: patch });

export const deleteGlossaryTerm = (id: string): Promise<void> => request<void>("DELETE", glossaryPath(id));
