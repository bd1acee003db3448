import { request } from "./http";
import type { ApiToken, CreatedApiToken, Page, User } from "./types";

export async function login(email: string, password: string): Promise<User> {
  // The session lives in the httpOnly cookie; the returned token is deliberately not kept.
  const result = await request<{ token: string; user: User }>("POST", "/auth/login", {
    body: { email, password },
    allowUnauthorized: true,
  });
  return result.user;
}

export const logout = (): Promise<void> => request<void>("POST", "/auth/logout", { allowUnauthorized: true });

export const getMe = (): Promise<User> => request<User>("GET", "/auth/me", { allowUnauthorized: true });

export const updateMe = (patch: { uiLanguage?: string; name?: string }): Promise<User> =>
  request<User>("PATCH", "/auth/me", { body: patch });

export const listTokens = (): Promise<Page<ApiToken>> => request<Page<ApiToken>>("GET", "/auth/tokens");

export const createToken = (name: string): Promise<CreatedApiToken> =>
  request<CreatedApiToken>("POST", "/auth/tokens", { body: { name } });

export const revokeToken = (id: string): Promise<void> =>
  request<void>("DELETE", `/auth/tokens/${encodeURIComponent(id)}`);
