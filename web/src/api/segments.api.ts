import { buildQuery, request } from "./http";
import type { ListParams, Page } from "./types";

// The segment filter language (see the server's segment-filter.schema.ts): groups and conditions.
export type FilterNode = { all: FilterNode[] } | { any: FilterNode[] } | { not: FilterNode } | FilterCondition;

export interface FilterCondition {
  field: string;
  op: string;
  value?: unknown;
  days?: number;
  min?: number;
}

export interface Segment {
  id: string;
  name: string;
  description: string | null;
  filter: FilterNode;
  count: number;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SegmentInput {
  name: string;
  description: string | null;
  filter: FilterNode;
}

export interface SegmentMember {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  country: string | null;
  preferredLanguages: string[];
  company: { id: string; name: string } | null;
  orderCount: number;
  totalSpend: number;
  lastOrderAt: string | null;
  createdAt: string;
}

const path = (id: string): string => `/segments/${encodeURIComponent(id)}`;

export const listSegments = (params: ListParams, signal?: AbortSignal): Promise<Page<Segment>> =>
  request<Page<Segment>>("GET", "/segments", { query: { ...params }, signal });

export const getSegment = (id: string, signal?: AbortSignal): Promise<Segment> => request<Segment>("GET", path(id), { signal });

export const createSegment = (input: SegmentInput): Promise<Segment> => request<Segment>("POST", "/segments", { body: input });

export const updateSegment = (id: string, patch: Partial<SegmentInput>): Promise<Segment> =>
  request<Segment>("PATCH", path(id), { body: patch });

export const deleteSegment = (id: string): Promise<void> => request<void>("DELETE", path(id));

export const previewSegment = (filter: FilterNode, signal?: AbortSignal): Promise<{ count: number; sample: SegmentMember[] }> =>
  request<{ count: number; sample: SegmentMember[] }>("POST", "/segments/preview", { body: { filter, sampleSize: 0 }, signal });

export const listSegmentMembers = (id: string, params: Omit<ListParams, "q">, signal?: AbortSignal): Promise<Page<SegmentMember>> =>
  request<Page<SegmentMember>>("GET", `${path(id)}/customers`, { query: { ...params }, signal });

// A plain URL so the browser downloads the file with the session cookie.
export const segmentExportUrl = (id: string): string => `/api/v1${path(id)}/export.csv${buildQuery({})}`;
