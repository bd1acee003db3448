import { request } from "./http";
import type { Page } from "./types";

export interface Review {
  id: string;
  source: string;
  externalId: string | null;
  rating: number | null;
  text: string;
  author: string | null;
  customerEmail: string | null;
  customerId: string | null;
  productId: string | null;
  writtenAt: string;
  state: "queued" | "processed" | "failed";
  stateError: string | null;
  language: string | null;
  translation: { text: string; to: string; provenance: Record<string, unknown> } | null;
  translationStatus: "translated" | "not-needed" | "untranslated" | null;
  translationNote: string | null;
  sentiment: { label: string; score: number } | null;
  theme: { id: string; label: string } | null;
  themeTerms: string[];
  clusterNote: string | null;
  createdAt: string;
}

export interface ThemeExample {
  id: string;
  language: string | null;
  text: string;
  translation: { text: string; to: string } | null;
  rating: number | null;
  sentiment: string | null;
  source: string;
  writtenAt: string;
  terms: string[];
}

export interface ReviewTheme {
  id: string;
  key: string;
  label: string;
  kind: "taxonomy" | "emergent";
  taxonomyId: string | null;
  keywords: Array<{ term: string; weight: number }>;
  count: number;
  languages: Array<{ language: string; count: number }>;
  averageRating: number | null;
  averageSentiment: number | null;
  sentiment: { positive: number; neutral: number; negative: number; unknown: number };
  trend: Array<{ week: string; count: number }>;
  examples: ThemeExample[];
  updatedAt: string;
}

export interface ClusteringStatus {
  workingLanguage: string;
  reviews: number;
  pending: number;
  failed: number;
  themed: number;
  unthemed: number;
  notClustered: Array<{ reason: string; count: number }>;
  languages: Array<{ language: string; count: number }>;
  clusteredAt: string | null;
  upToDate: boolean;
}

export interface ThemeList extends Page<ReviewTheme> {
  status: ClusteringStatus;
}

export interface ImportResult {
  received: number;
  imported: number;
  duplicates: number;
  failed: number;
  errors: Array<{ row: number; field?: string; message: string }>;
}

export interface ReviewQuery {
  q?: string;
  theme?: string;
  language?: string;
  rating?: number;
  sort?: string;
  limit: number;
  offset: number;
}

export const listThemes = (signal?: AbortSignal): Promise<ThemeList> => request<ThemeList>("GET", "/review-themes", { signal });

export const getTheme = (id: string, signal?: AbortSignal): Promise<ReviewTheme> =>
  request<ReviewTheme>("GET", `/review-themes/${encodeURIComponent(id)}`, { signal });

export const listReviews = (query: ReviewQuery, signal?: AbortSignal): Promise<Page<Review>> =>
  request<Page<Review>>("GET", "/reviews", { query: { ...query }, signal });

export const importReviews = (body: { csv: string } | { reviews: unknown[] }): Promise<ImportResult> =>
  request<ImportResult>("POST", "/reviews/import", { body });

export const reclusterThemes = (): Promise<{ themes: number; themed: number; unthemed: number; notClustered: number; requeued: number }> =>
  request("POST", "/review-themes/recluster");

export interface TaxonomyEntry {
  id: string;
  name: string;
  keywords: string[];
}

export interface Taxonomy {
  language: string;
  isDefault: boolean;
  entries: TaxonomyEntry[];
}

export const getTaxonomy = (signal?: AbortSignal): Promise<Taxonomy> => request<Taxonomy>("GET", "/review-themes/taxonomy", { signal });

export const saveTaxonomy = (entries: TaxonomyEntry[]): Promise<Taxonomy> =>
  request<Taxonomy>("PUT", "/review-themes/taxonomy", { body: { entries } });
