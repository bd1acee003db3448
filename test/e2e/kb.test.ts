import { signInAt } from "../support/e2e-mundo.js";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { seedDemoKb } from "../../src/db/seed/demo-kb.js";
import { type RunningMundo, startMundo } from "../../src/server.js";
import { buildWeb, webBuildNeeded } from "../../src/web-build.js";
import { launchChromium } from "../support/chromium.js";

// The knowledge-base page in Chromium: a Chinese query finds the Refund policy, whose German
// version is a PDF, through the demo articles (seeded with the demo's own seed function).
const SHOTS = join(process.cwd(), "test-results");
const ADMIN = { email: "kb-admin@mundo.example", password: "kb-e2e-password" };
const dataDir = mkdtempSync(join(tmpdir(), "mundo-kb-e2e-"));
let mundo: RunningMundo;
let chrome: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;

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
    { beforeListen: async ({ services }) => void (await seedDemoKb(services)) },
  );
  chrome = await launchChromium();
  page = await chrome.context.newPage();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await chrome?.close();
  await mundo?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("knowledge base in Chromium", () => {
  it("finds Refund policy from 退款政策 and lists its German PDF", async () => {
    await signInAt(page, `${mundo.url}/kb`, ADMIN);
    // The articles list shows each version as a badge, the German PDF among them.
    await expect.poll(() => page.locator("tbody tr").count(), { timeout: 15_000 }).toBe(4);

    const search = page.getByRole("searchbox", { name: "Search the knowledge base" });
    await search.fill("退款政策");
    await search.press("Enter");
    const first = page.locator(".kb-result").first();
    await expect.poll(() => first.locator(".kb-result__title").textContent(), { timeout: 60_000 }).toBe("Refund policy");
    const pdfLink = first.getByRole("link", { name: "Open the PDF (de)" });
    expect(await pdfLink.getAttribute("href")).toMatch(/^\/api\/v1\/kb\/files\/[0-9a-f-]{36}$/);
    expect(await first.getByRole("img", { name: "German, PDF, written by a person, published" }).count()).toBe(1);
    expect(await page.getByText("Read as Chinese (by its script)").count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, "kb-search.png"), fullPage: true });

    // The PDF it links to is the real file, served to the signed-in agent.
    const pdf = await page.request.get(`${mundo.url}${await pdfLink.getAttribute("href")}`);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

    // The public help centre in Arabic: right to left, the Arabic article in Arabic, others marked.
    await page.goto(`${mundo.url}/help/ar`);
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    expect(await page.getByRole("link", { name: "مدة الشحن" }).count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, "kb-help-centre-ar.png"), fullPage: true });
  });
});
