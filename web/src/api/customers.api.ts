import { request } from "./http";
import type { Customer, CustomerInput, CustomerListParams, Page } from "./types";

const path = (id: string): string => `/customers/${encodeURIComponent(id)}`;

export const listCustomers = (params: CustomerListParams, signal?: AbortSignal): Promise<Page<Customer>> =>
  request<Page<Customer>>("GET", "/customers", { query: { ...params }, signal });

export const getCustomer = (id: string, signal?: AbortSignal): Promise<Customer> =>
  request<Customer>("GET", path(id), { signal });

export const createCustomer = (input: CustomerInput): Promise<Customer> =>
  request<Customer>("POST", "/customers", { body: input });

export const updateCustomer = (id: string, patch: Partial<CustomerInput>): Promise<Customer> =>
  request<Customer>("PATCH", path(id), { body: patch });

export const deleteCustomer = (id: string): Promise<void> => request<void>("DELETE", path(id));
