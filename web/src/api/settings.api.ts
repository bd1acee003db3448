import { request } from "./http";
import type { Settings } from "./types";

export const getSettings = (): Promise<Settings> => request<Settings>("GET", "/settings");

export const updateSettings = (patch: Partial<Settings>): Promise<Settings> =>
  request<Settings>("PATCH", "/settings", { body: patch });
