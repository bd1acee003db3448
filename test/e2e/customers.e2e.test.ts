import { signInAt } from "../support/e2e-mundo.js";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { DEMO_ADMIN } from "../../src/db/seed/demo-data.js";
import { seedDemo } from "../../src/db/seed/demo-seed.js";
import { type RunningMundo, startMundo } from "../../src/server.js";
import { buildWeb, webBuildNeeded } from "../../src/web-build.js";
import { launchChromium } from "../support/chromium.js";

// The demo workspace served by a real Mundo server, driven through Debian's Chromium.
const SHOTS = join(process.cwd(), "test-results");
const dataDir = mkdtempSync(join(tmpdir(), "mundo-e2e-"));
let mundo: RunningMundo;
let chrome: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;

beforeAll(async () => {
  if (webBuildNeeded()) await buildWeb();
  mundo = await startMundo(loadConfig({ MUNDO_DATA_DIR: dataDir, PORT: "0", LOG_LEVEL: "warn", MUNDO_SMTP_PORT: "off" }), {
    beforeListen: async ({ services }) => {
      await seedDemo(services);
    },
  });
  chrome = await launchChromium();
  page = await chrome.context.newPage();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await chrome?.close();
  await mundo?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const name = "Фёдор Достоевский";

describe("web UI in Chromium", () => {
  it("signs in and lists the demo customers", async () => {
    await signInAt(page, `${mundo.url}/customers`, DEMO_ADMIN);
    await expect.poll(() => page.locator("tbody tr").count(), { timeout: 15_000 }).toBeGreaterThan(5);
    // ICU order puts Han, Kana and Hangul last: descending shows them, to check they render (not boxes).
    await page.goto(`${mundo.url}/customers?sort=-name`);
    await expect.poll(() => page.locator("tbody tr").first().innerText(), { timeout: 15_000 }).toMatch(/\p{Script=Han}/u);
    await page.screenshot({ path: join(SHOTS, "customers-en.png"), fullPage: false });
  });

  it("creates a customer with a Cyrillic name and finds it by search", async () => {
    await page.click('a[href="/customers/new"]');
    await page.waitForURL(/\/customers\/new$/);
    await page.fill('input[name="name"]', name);
    await page.fill('[name="emails"]', "fyodor@example.ru");
    await page.selectOption('select[name="country"]', "RU");
    await page.click('button[type="submit"]');
    await page.waitForURL(/\/customers\/[0-9a-f-]{36}$/, { timeout: 15_000 });

    await page.goto(`${mundo.url}/customers`);
    await page.fill('input[name="q"]', "достоевск");
    await expect.poll(() => page.locator("tbody tr").count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator("tbody tr").first().innerText()).toContain(name);
  });

  it("switches the UI to Arabic: right-to-left layout, remembered for the user", async () => {
    await page.fill('input[name="q"]', "");
    await expect.poll(() => page.locator("tbody tr").count(), { timeout: 10_000 }).toBeGreaterThan(5);
    await page.selectOption('select[name="uiLanguage"]', "ar");
    await expect.poll(() => page.getAttribute("html", "dir")).toBe("rtl");
    expect(await page.getAttribute("html", "lang")).toBe("ar");
    await page.goto(`${mundo.url}/customers?sort=-name`);
    await expect.poll(() => page.locator("tbody tr").first().innerText(), { timeout: 15_000 }).toMatch(/\p{Script=Han}/u);
    expect(await page.getAttribute("html", "dir")).toBe("rtl");
    await page.screenshot({ path: join(SHOTS, "customers-ar.png"), fullPage: false });

    const me = await page.evaluate(async () => (await (await fetch("/api/v1/auth/me")).json()) as { uiLanguage: string });
    expect(me.uiLanguage).toBe("ar");
    await page.reload();
    await expect.poll(() => page.getAttribute("html", "dir")).toBe("rtl");
  });
});
