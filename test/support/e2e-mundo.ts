import { mkdtempSync, rmSync } from "node:fs";
import type { Page } from "playwright-core";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../../src/config.js";
import { type RunningMundo, startMundo } from "../../src/server.js";
import { buildWeb, webBuildNeeded } from "../../src/web-build.js";

export interface E2eMundo {
  mundo: RunningMundo;
  /** JSON request as the admin; the body is parsed JSON, text, or null when empty. */
  api(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

/** A real Mundo (built UI, Apertium, no SMTP) on a fresh data dir, with the admin signed in for API calls. */
export async function startE2eMundo(name: string, admin: { email: string; password: string }, options: { webDist?: null } = {}): Promise<E2eMundo> {
  if (options.webDist !== null && webBuildNeeded()) await buildWeb();
  const dataDir = mkdtempSync(join(tmpdir(), `mundo-${name}-e2e-`));
  const mundo = await startMundo(
    loadConfig({
      MUNDO_DATA_DIR: dataDir,
      PORT: "0",
      LOG_LEVEL: "warn",
      MUNDO_ADMIN_EMAIL: admin.email,
      MUNDO_ADMIN_PASSWORD: admin.password,
      MUNDO_TRANSLATION_ENGINES: "apertium",
      MUNDO_SMTP_PORT: "off",
    }),
    options,
  );
  let token: string | null = null;
  const api: E2eMundo["api"] = async (method, path, body) => {
    const res = await fetch(`${mundo.url}${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const json = res.headers.get("content-type")?.includes("json");
    return { status: res.status, body: text === "" ? null : json ? JSON.parse(text) : text };
  };
  token = (await api("POST", "/api/v1/auth/login", admin)).body.token;
  return {
    mundo,
    api,
    async close() {
      await mundo.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Opens `url` signed out, signs in on the login page it redirects to, and waits to be back on `url`. */
export async function signInAt(page: Page, url: string, user: { email: string; password: string }): Promise<void> {
  await page.goto(url);
  await page.waitForURL(/\/login/);
  await page.fill('input[name="email"]', user.email);
  await page.fill('input[name="password"]', user.password);
  await page.click('button[type="submit"]');
  await page.waitForURL((u) => u.pathname === new URL(url).pathname);
}
