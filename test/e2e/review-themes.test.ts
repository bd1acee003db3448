import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/chromium.js";
import { type E2eMundo, startE2eMundo, signInAt } from "../support/e2e-mundo.js";
import { reviewImportRows, SPANISH_BOX_REVIEWS } from "../support/review-fixtures.js";
import { waitFor } from "../support/wait-for.js";

// Review themes in Chromium against a real Mundo with Apertium: 20 Spanish broken-box reviews imported
// through the API show up as one packaging theme, in the chart and with Spanish examples.
const SHOTS = join(process.cwd(), "test-results");
const ADMIN = { email: "reviews-admin@mundo.example", password: "reviews-e2e-password" };

let server: E2eMundo;
let chrome: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;

beforeAll(async () => {
  server = await startE2eMundo("reviews", ADMIN);
  chrome = await launchChromium();
  page = await chrome.context.newPage();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

describe("review themes in Chromium", () => {
  it("shows the Spanish broken-box reviews as one packaging theme, charted, with Spanish examples", async () => {
    const imported = await server.api("POST", "/api/v1/reviews/import", { reviews: reviewImportRows() });
    expect(imported.body).toMatchObject({ imported: 33, failed: 0 });
    await waitFor(async () => (await server.api("GET", "/api/v1/review-themes")).body.status.upToDate || undefined, 60_000, "themes");

    await signInAt(page, `${server.mundo.url}/reviews`, ADMIN);

    // The bar chart names the theme with its count, for sighted users and in its data table for screen readers.
    const chart = page.locator("figure", { has: page.locator("figcaption", { hasText: "Reviews per theme" }) });
    await expect.poll(() => chart.locator("svg[role=img] text").allTextContents(), { timeout: 15_000 }).toContain("Damaged packaging");
    expect(await chart.locator("table tr", { hasText: "Damaged packaging" }).innerText()).toMatch(/Damaged packaging\s+20/);

    const toggle = page.locator("button.rv-theme__toggle", { hasText: "Damaged packaging" });
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    await toggle.focus();
    await page.keyboard.press("Enter");
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    const theme = page.locator("li.rv-theme", { has: toggle });
    expect(await theme.innerText()).toContain("Spanish: 20");
    const example = theme.locator(".rv-example").first();
    const original = await example.locator(".rv-text__body").innerText();
    expect(SPANISH_BOX_REVIEWS).toContain(original);
    expect(await example.locator(".rv-text__body").getAttribute("lang")).toBe("es");
    await example.getByRole("button", { name: "Show translation" }).click();
    await expect.poll(() => example.locator(".rv-text__body").innerText()).toMatch(/box|package|wrapping/i);
    expect(await example.locator(".rv-text__body").getAttribute("lang")).toBe("en");
    await page.screenshot({ path: join(SHOTS, "review-themes-en.png"), fullPage: true });

    // "Show all" filters the review list to the theme.
    await theme.getByRole("button", { name: "Show all 20 reviews" }).click();
    await expect.poll(() => page.locator("section[aria-labelledby=rv-list-title] tbody tr").count(), { timeout: 10_000 }).toBe(20);
  });
});
