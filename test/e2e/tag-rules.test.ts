import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/chromium.js";
import { type E2eMundo, startE2eMundo, signInAt } from "../support/e2e-mundo.js";

// Tag rules in Chromium: a custom rule built with the structured editor, its live preview count, saving,
// and a whole re-evaluation whose progress ends with the rule's customer count in the list.
const SHOTS = join(process.cwd(), "test-results");
const ADMIN = { email: "tags-admin@mundo.example", password: "tags-e2e-password" };

let server: E2eMundo;
let chrome: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;

beforeAll(async () => {
  server = await startE2eMundo("tags", ADMIN);
  for (const [name, country] of [["Amélie Laurent", "FR"], ["Jonas Becker", "DE"], ["Sakura Ito", "JP"]] as const) {
    expect((await server.api("POST", "/api/v1/customers", { name, country })).status).toBe(201);
  }
  chrome = await launchChromium();
  page = await chrome.context.newPage();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

describe("tag rules page in Chromium", () => {
  it("builds a rule with the condition editor, previews who matches, saves it and re-evaluates everyone", async () => {
    await signInAt(page, `${server.mundo.url}/tags`, ADMIN);
    const table = page.locator("table.rule-table");
    await expect.poll(() => table.locator("tbody tr").count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(10);
    expect(await table.locator("tbody tr", { hasText: "Ramadan active" }).innerText()).toContain("Built-in");

    await page.getByRole("button", { name: "New rule" }).click();
    const editor = page.locator("section.rule-editor");
    await expect.poll(() => page.evaluate(() => (globalThis as any).document.activeElement?.textContent ?? "")).toBe("New tag rule");
    await editor.getByLabel("Name", { exact: true }).fill("French customers");
    await editor.getByLabel("Tag", { exact: true }).fill("market:{country}");
    const row = editor.getByRole("group", { name: "Condition 1" });
    await row.getByLabel("Field").selectOption("country");
    await row.getByLabel("Operator").selectOption("in");
    await row.getByLabel("Value").fill("FR");
    const preview = editor.locator(".rule-preview");
    await expect.poll(() => preview.locator(".rule-preview__count").innerText(), { timeout: 15_000 }).toBe("1 customer matches (of 3)");
    expect(await preview.locator(".rule-preview__sample").innerText()).toMatch(/Amélie Laurent\s+market:FR\s+country FR/);

    // The JSON tab shows the same condition; arrow keys move between the tabs.
    await editor.getByRole("tab", { name: "Conditions" }).focus();
    await page.keyboard.press("ArrowRight");
    expect(JSON.parse(await editor.getByLabel("Condition as JSON").inputValue())).toEqual({ field: "country", op: "in", value: ["FR"] });
    await page.screenshot({ path: join(SHOTS, "tag-rules-editor.png"), fullPage: true });

    await editor.getByRole("button", { name: "Create rule" }).click();
    await expect.poll(() => page.locator("output.alert--success").first().innerText(), { timeout: 15_000 }).toContain("French customers");
    const created = table.locator("tbody tr", { hasText: "French customers" });
    await expect.poll(() => created.count(), { timeout: 15_000 }).toBe(1);

    // Saving queued a re-evaluation; the button starts one (or follows it) and reports when it is done.
    const evaluate = page.getByRole("button", { name: "Re-evaluate all customers" });
    await expect.poll(() => evaluate.isEnabled(), { timeout: 30_000 }).toBe(true);
    await evaluate.click();
    await expect.poll(() => page.locator(".evaluate-panel output.alert--success").innerText(), { timeout: 30_000 }).toMatch(/^Done:/);
    await expect.poll(() => created.locator(".rule-table__count").innerText(), { timeout: 15_000 }).toBe("1");
    await page.screenshot({ path: join(SHOTS, "tag-rules-en.png"), fullPage: true });

    // Arabic: right-to-left, translated labels.
    await page.selectOption('select[name="uiLanguage"]', "ar");
    await expect.poll(() => page.getAttribute("html", "dir")).toBe("rtl");
    await expect.poll(() => page.getByRole("button", { name: "إعادة تقييم كل العملاء" }).count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, "tag-rules-ar.png"), fullPage: true });
  });
});
