import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/chromium.js";
import { type E2eMundo, startE2eMundo, signInAt } from "../support/e2e-mundo.js";
import { waitFor } from "../support/wait-for.js";

// Alerts and concepts in Chromium against a real Mundo: a negative Russian message ingested through the
// API shows up live (badge, toast, list) and is acknowledged; a Vietnamese wholesale request shows its term.
const SHOTS = join(process.cwd(), "test-results");
const ADMIN = { email: "signals-admin@mundo.example", password: "signals-e2e-password" };
const RUSSIAN = "Это ужасно! Заказ пришёл сломанным, я очень зол и требую вернуть деньги.";
const VIETNAMESE = "Chào anh, cho em xin giá sỉ cho đơn hàng 500 cái được không ạ?";

let server: E2eMundo;
let chrome: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;

beforeAll(async () => {
  server = await startE2eMundo("signals", ADMIN);
  chrome = await launchChromium();
  page = await chrome.context.newPage();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

const processed = (id: string) =>
  waitFor(async () => {
    const res = await server.api("GET", `/api/v1/messages/${id}`);
    return res.body.state === "processed" ? res.body : undefined;
  }, 60_000, `message ${id} processed`);

describe("alerts and concepts in Chromium", () => {
  it("shows a negative Russian message as a live alert, and acknowledges it", async () => {
    await signInAt(page, `${server.mundo.url}/alerts`, ADMIN);
    await expect.poll(() => page.locator(".empty-state").innerText(), { timeout: 15_000 }).toContain("No open alerts");

    const res = await server.api("POST", "/api/v1/messages", {
      channel: "api",
      externalId: "e2e-ru-1",
      customer: { email: "ivan@example.ru", name: "Иван Петров" },
      text: RUSSIAN,
    });
    expect(res.status).toBe(201);
    // No reload: the alert arrives over the live socket.
    const card = page.locator(".alert-card").first();
    await expect.poll(() => card.innerText(), { timeout: 30_000 }).toContain("Иван Петров");
    expect(await card.innerText()).toContain(RUSSIAN);
    expect(await page.getByTestId("alert-badge").innerText()).toContain("1");
    expect(await page.locator(".toast").innerText()).toContain("Иван Петров");
    expect(await card.locator(`a[href="/inbox/${res.body.conversationId}"]`).count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, "alerts-live.png"), fullPage: false });

    await card.getByRole("button", { name: "Acknowledge" }).click();
    await expect.poll(() => page.locator(".alert-card").count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => page.getByTestId("alert-badge").count(), { timeout: 15_000 }).toBe(0);
    await page.selectOption('select[name="state"]', "acknowledged");
    await expect.poll(() => page.locator(".alert-card").first().innerText(), { timeout: 15_000 }).toMatch(/Acknowledged by/);
  });

  it("shows the Vietnamese wholesale match with its term on the concept's page", async () => {
    const res = await server.api("POST", "/api/v1/messages", {
      channel: "api",
      externalId: "e2e-vi-1",
      customer: { email: "thu@example.vn", name: "Nguyễn Thị Thu" },
      text: VIETNAMESE,
    });
    await processed(res.body.id);
    await page.click('nav a[href="/concepts"]');
    await page.waitForURL(/\/concepts$/);
    const row = page.locator("tbody tr", { hasText: "Wholesale" });
    await expect.poll(() => row.innerText(), { timeout: 15_000 }).toContain("wholesale interest");
    await row.getByRole("link", { name: "Wholesale" }).click();
    await page.waitForURL(/\/concepts\?concept=/);
    const match = page.getByTestId("concept-match").first();
    await expect.poll(() => match.innerText(), { timeout: 15_000 }).toContain("giá sỉ");
    expect(await match.innerText()).toContain("Nguyễn Thị Thu");
    expect(await match.locator("mark").first().innerText()).toBe("giá sỉ");
    // The Vietnamese list is marked as written by a person.
    expect(await page.locator('[data-language="vi"]').innerText()).toContain("Written by a person");
    await page.screenshot({ path: join(SHOTS, "concepts-vi.png"), fullPage: true });
  });
});
