import { request } from "./http";
import type { Page } from "./types";

export type ImportFormat = "csv" | "json";
export type ImportStatus = "queued" | "running" | "completed" | "failed";

// One CSV/JSON history import and its progress; `errors` holds the first row problems (row 1 = first data row).
export interface ImportRecord {
  id: string;
  format?: ImportFormat;
  channel?: string;
  status: ImportStatus;
  total: number;
  processed: number;
  imported: number;
  duplicates: number;
  skipped: number;
  failed: number;
  errors: { row: number; message: string }[];
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface ImportInput {
  format: ImportFormat;
  content: string;
  channel?: string;
}

export const isImportActive = (record: Pick<ImportRecord, "status">): boolean =>
  record.status === "queued" || record.status === "running";

const importPath = (id: string): string => `/imports/${encodeURIComponent(id)}`;

// Answers 202 with the queued record; the rows are ingested in the background.
export const createImport = (input: ImportInput): Promise<ImportRecord> =>
  request<ImportRecord>("POST", "/imports", { body: input });

export const getImport = (id: string, signal?: AbortSignal): Promise<ImportRecord> =>
  request<ImportRecord>("GET", importPath(id), { signal });

export const listImports = (params: { limit: number; offset: number }, signal?: AbortSignal): Promise<Page<ImportRecord>> =>
  request<Page<ImportRecord>>("GET", "/imports", { query: { ...params }, signal });
