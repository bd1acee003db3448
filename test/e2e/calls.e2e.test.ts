import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningMundo } from "../../src/server.js";
import { launchChromium } from "../support/chromium.js";
import { type E2eMundo, startE2eMundo } from "../support/e2e-mundo.js";
import { waitFor } from "../support/wait-for.js";

// The agent's live call view: a call started from a conversation shows both sides' captions with translations.
const ADMIN = { email: "calls-admin@mundo.example", password: "calls-e2e-password" };
let server: E2eMundo;
let mundo: RunningMundo;
let chrome: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;

const api: E2eMundo["api"] = (method, path, body) => server.api(method, path, body);

beforeAll(async () => {
  server = await startE2eMundo("calls", ADMIN);
  mundo = server.mundo;
  chrome = await launchChromium();
  page = await chrome.context.newPage();
  mkdirSync(join(process.cwd(), "test-results"), { recursive: true });
});

afterAll(async () => {
  await chrome?.close();
  await server?.close();
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
