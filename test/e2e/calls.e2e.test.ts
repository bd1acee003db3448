import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { type RunningMundo, startMundo } from "../../src/server.js";
import { buildWeb, webBuildNeeded } from "../../src/web-build.js";
import { launchChromium } from "../support/chromium.js";
import { waitFor } from "../support/wait-for.js";

// The agent's live call view: a call started from a conversation shows both sides' captions with translations.
const ADMIN = { email: "calls-admin@mundo.example", password: "calls-e2e-password" };
const dataDir = mkdtempSync(join(tmpdir(), "mundo-calls-e2e-"));
let mundo: RunningMundo;
let chrome: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
let token: string;

async function api(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${mundo.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: res.headers.get("content-type")?.includes("json") ? await res.json() : await res.text() };
}

beforeAll(async () => {
  if (webBuildNeeded()) await buildWeb();
  mundo = await startMundo(
    loadConfig({
      MUNDO_DATA_DIR: dataDir,
      PORT: "0",
      LOG_LEVEL: "warn",
      MUNDO_ADMIN_EMAIL: ADMIN.email,
      MUNDO_ADMIN_PASSWORD: ADMIN.password,
      MUNDO_TRANSLATION_ENGINES: "apertium",
      MUNDO_SMTP_PORT: "off",
    }),
  );
  token = (await api("POST", "/api/v1/auth/login", ADMIN)).body.token;
  chrome = await launchChromium();
  page = await chrome.context.newPage();
  mkdirSync(join(process.cwd(), "test-results"), { recursive: true });
});

afterAll(async () => {
  await chrome?.close();
  await mundo?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("call captions in Chromium", () => {
  it("starts a call from a conversation and shows both sides' captions with translations, live", async () => {
    const message = await api("POST", "/api/v1/messages", {
      channel: "api",
      externalId: "call-e2e-1",
      customer: { email: "maria@example.es", name: "María López" },
      text: "Hola, ¿me pueden llamar por el pedido?",
    });
    expect(message.status).toBe(201);
    const conversationId = message.body.conversationId;

    await page.goto(`${mundo.url}/login`);
    await page.fill('input[name="email"]', ADMIN.email);
    await page.fill('input[name="password"]', ADMIN.password);
    await page.click('button[type="submit"]');
    await page.waitForURL(/\/inbox/);
    await page.goto(`${mundo.url}/inbox/${conversationId}`);
    await page.getByRole("button", { name: "Start call" }).click();
    await page.waitForURL(/\/calls\/[0-9a-f-]{36}$/, { timeout: 15_000 });
    const callId = page.url().split("/").pop()!;

    // The customer's side speaks Spanish (through the API, as a customer's caption client would);
    // the agent types an English note in the page.
    const said = await api("POST", `/api/v1/calls/${callId}/segments`, { speaker: "customer", text: "La casa es grande.", language: "es" });
    expect(said.status).toBe(201);
    await page.fill('.call__form textarea[name="text"]', "The house is big.");
    await page.click('.call__form button[type="submit"]');

    const captions = page.locator(".caption-list .caption");
    await expect.poll(() => captions.count(), { timeout: 20_000 }).toBe(2);
    const customer = page.locator(".caption--customer");
    await expect.poll(() => customer.innerText(), { timeout: 20_000 }).toMatch(/La casa es grande[\s\S]*house/i);
    const agent = page.locator(".caption--agent");
    await expect.poll(() => agent.innerText(), { timeout: 20_000 }).toMatch(/The house is big[\s\S]*casa/i);
    await page.screenshot({ path: join(process.cwd(), "test-results", "call-captions.png") });

    const segments = await waitFor(async () => {
      const res = await api("GET", `/api/v1/calls/${callId}/segments`);
      return res.body.items?.length === 2 ? res.body.items : undefined;
    });
    expect(segments.map((s: { speaker: string }) => s.speaker).sort()).toEqual(["agent", "customer"]);
  });
});
