import { request } from "./http";
import type { Company, CompanyInput, ListParams, Page } from "./types";

const path = (id: string): string => `/companies/${encodeURIComponent(id)}`;

export const listCompanies = (params: ListParams, signal?: AbortSignal): Promise<Page<Company>> =>
  request<Page<Company>>("GET", "/companies", { query: { ...params }, signal });

export const getCompany = (id: string): Promise<Company> => request<Company>("GET", path(id));

export const createCompany = (input: CompanyInput): Promise<Company> =>
  request<Company>("POST", "/companies", { body: input });

export const updateCompany = (id: string, patch: Partial<CompanyInput>): Promise<Company> =>
  request<Company>("PATCH", path(id), { body: patch });

export const deleteCompany = (id: string): Promise<void> => request<void>("DELETE", path(id));
