import { ApiError, NETWORK_ERROR } from "./api-error";
import { request } from "./http";
import type { ListParams, Page } from "./types";

// The knowledge base (/api/v1/kb): article families, language versions (text or PDF), cross-language search.

export type KbKind = "text" | "pdf";
export type KbOrigin = "human" | "machine";
export type KbStatus = "draft" | "published";

export interface KbVersionSummary {
  id: string;
  familyId: string;
  language: string;
  title: string;
  kind: KbKind;
  origin: KbOrigin;
  status: KbStatus;
  url: string | null;
  fileId: string | null;
  chars: number;
  provenance: { engine: string; pivot?: string; sourceVersionId: string; sourceLanguage: string } | null;
  updatedAt: string;
}

export interface KbVersion extends KbVersionSummary {
  body: string;
  file: { filename: string; size: number; pages: number } | null;
  createdAt: string;
}

export interface KbFamily {
  id: string;
  title: string;
  slug: string;
  tags: string[];
  published: boolean;
  versions: KbVersionSummary[];
  createdAt: string;
  updatedAt: string;
}

export interface KbFamilyDetail extends Omit<KbFamily, "versions"> {
  versions: KbVersion[];
}

export interface KbFamilyListParams extends ListParams {
  language?: string;
  status?: KbStatus;
}

export interface KbSearchTerm {
  concept: string;
  matched: string;
  how: "full-text" | "compound-part";
  routes: string[];
}

export interface KbSearchItem {
  familyId: string;
  slug: string;
  title: string;
  tags: string[];
  score: number;
  confidence: number;
  versions: Array<Pick<KbVersionSummary, "id" | "language" | "title" | "kind" | "origin" | "status" | "url">>;
  matched: { versionId: string; language: string; kind: KbKind; title: string; snippet: string; highlight: string | null };
  explain: {
    language: string;
    route: string;
    via: string;
    coverage: number;
    titleMatch: boolean;
    ownLanguage: boolean;
    routesAgreeing: string[];
    terms: KbSearchTerm[];
  };
}

export interface KbSearchResult {
  query: {
    text: string;
    language: string;
    detectedBy: "given" | "detector" | "script";
    candidates: Array<{ language: string; confidence: number }>;
    concepts: string[];
  };
  items: KbSearchItem[];
}

const familyPath = (id: string) => `/kb/families/${encodeURIComponent(id)}`;
const versionPath = (id: string) => `/kb/versions/${encodeURIComponent(id)}`;

export const listKbFamilies = (params: KbFamilyListParams, signal?: AbortSignal) =>
  request<Page<KbFamily>>("GET", "/kb/families", { query: { ...params }, signal });
export const getKbFamily = (id: string, signal?: AbortSignal) => request<KbFamilyDetail>("GET", familyPath(id), { signal });
export const createKbFamily = (input: { title: string; tags?: string[] }) => request<KbFamilyDetail>("POST", "/kb/families", { body: input });
export const updateKbFamily = (id: string, patch: { title?: string; slug?: string; tags?: string[] }) =>
  request<KbFamilyDetail>("PATCH", familyPath(id), { body: patch });
export const deleteKbFamily = (id: string) => request<void>("DELETE", familyPath(id));

export const addKbTextVersion = (familyId: string, input: { language: string; title: string; body: string }) =>
  request<KbVersion>("POST", `${familyPath(familyId)}/versions`, { body: input });
export const updateKbVersion = (id: string, patch: { title?: string; body?: string; status?: KbStatus; origin?: "human" }) =>
  request<KbVersion>("PATCH", versionPath(id), { body: patch });
export const deleteKbVersion = (id: string) => request<void>("DELETE", versionPath(id));
export const draftKbTranslation = (familyId: string, language: string) =>
  request<KbVersion>("POST", `${familyPath(familyId)}/translations`, { body: { language } });

export const searchKb = (q: string, language: string | undefined, signal?: AbortSignal) =>
  request<KbSearchResult>("GET", "/kb/search", { query: { q, language, limit: 20 }, signal });

/** Uploads a PDF as multipart/form-data (the JSON helper cannot carry files). */
export async function uploadKbPdf(familyId: string, input: { language: string; title?: string; file: File }): Promise<KbVersion> {
  const form = new FormData();
  form.set("language", input.language);
  if (input.title) form.set("title", input.title);
  form.set("file", input.file, input.file.name);
  let response: Response;
  try {
    response = await fetch(`/api/v1${familyPath(familyId)}/versions`, { method: "POST", body: form, credentials: "same-origin", headers: { accept: "application/json" } });
  } catch (err) {
    throw new ApiError(0, NETWORK_ERROR, err instanceof Error ? err.message : String(err));
  }
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok) return payload as KbVersion;
  const error = (payload as { error?: { code?: string; message?: string; field?: string } } | null)?.error;
  throw new ApiError(response.status, error?.code ?? `HTTP_${response.status}`, error?.message ?? response.statusText, error?.field);
}
