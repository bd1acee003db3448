import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/chromium.js";
import { type E2eMundo, startE2eMundo, signInAt } from "../support/e2e-mundo.js";
import { waitFor } from "../support/wait-for.js";

// The 360° profile and the segment builder in Chromium, against a real Mundo with Apertium.
const SHOTS = join(process.cwd(), "test-results");
const ADMIN = { email: "profile-admin@mundo.example", password: "profile-e2e-password" };
const SPANISH = "Hola, mi pedido llegó roto y necesito una caja nueva.";

let server: E2eMundo;
let chrome: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
let customerId: string;

beforeAll(async () => {
  server = await startE2eMundo("profile", ADMIN);
  const customer = await server.api("POST", "/api/v1/customers", { name: "Lucía Fernández", emails: ["lucia@cliente.example"], country: "ES", tags: ["vip"] });
  customerId = customer.body.id;
  await server.api("POST", "/api/v1/customers", { name: "John Smith", emails: ["john@client.example"], country: "US" });
  for (const [i, text] of [SPANISH, "Muchas gracias, la caja nueva llegó perfecta."].entries()) {
    const res = await server.api("POST", "/api/v1/messages", { channel: i === 0 ? "email" : "chat", externalId: `e2e-profile-${i}`, customer: { email: "lucia@cliente.example" }, text, sentAt: new Date(Date.now() - (2 - i) * 3_600_000).toISOString() });
    await waitFor(async () => ((await server.api("GET", `/api/v1/messages/${res.body.id}`)).body.state === "processed" ? true : undefined), 60_000, "message processed");
  }
  expect((await server.api("POST", "/api/v1/segments", { name: "Spanish speakers", filter: { field: "language", op: "eq", value: "es" } })).status).toBe(201);
  chrome = await launchChromium();
  page = await chrome.context.newPage();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

describe("customer profile and segments in Chromium", () => {
  it("opens a profile from the customer list: languages, timeline with the original toggle, tags with reasons, segments", async () => {
    await signInAt(page, `${server.mundo.url}/customers`, ADMIN);
    await page.getByRole("link", { name: "Lucía Fernández", exact: true }).click();
    await page.waitForURL(new RegExp(`/customers/${customerId}/profile$`));

    await expect.poll(() => page.getByTestId("detected-languages").innerText(), { timeout: 15_000 }).toContain("Spanish — 2 messages");
    const first = page.locator("article.timeline__item").last();
    const text = first.locator(".timeline__text");
    expect(await text.getAttribute("lang")).toBe("en");
    expect(await text.innerText()).not.toContain("pedido");
    const toggle = first.getByRole("button", { name: "Original" });
    await toggle.click();
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    expect(await text.innerText()).toBe(SPANISH);

    expect(await page.getByTestId("profile-tags").innerText()).toMatch(/vip\s+Added on the customer record/);
    expect(await page.getByTestId("profile-segments").innerText()).toContain("Spanish speakers");
    expect(await page.getByTestId("local-time").innerText()).toMatch(/\d{1,2}:\d{2}:\d{2}/);
    await expect.poll(() => page.getByRole("link", { name: "Edit" }).getAttribute("href")).toBe(`/customers/${customerId}`);
    await page.screenshot({ path: join(SHOTS, "customer-profile.png"), fullPage: true });
  });

  it("creates a segment with the builder and shows its live count", async () => {
    await page.getByRole("link", { name: "Segments", exact: true }).click();
    await page.waitForURL(/\/segments/);
    await page.getByRole("button", { name: "New segment" }).click();
    await page.fill("#segment-name", "Spain");
    await page.getByRole("button", { name: "Add condition" }).click();
    await page.getByLabel("Value of condition 1.1").selectOption("ES");
    const preview = page.getByTestId("segment-preview");
    await expect.poll(() => preview.innerText(), { timeout: 15_000 }).toBe("1 customer matches now");
    await page.getByRole("tab", { name: "JSON" }).click();
    expect(JSON.parse(await page.locator("#segment-json").inputValue())).toEqual({ all: [{ field: "country", op: "eq", value: "ES" }] });
    await page.getByRole("button", { name: "Create segment" }).click();

    const row = page.locator("tbody tr", { has: page.getByRole("button", { name: "Spain", exact: true }) });
    await expect.poll(() => row.getByTestId("segment-count").innerText(), { timeout: 15_000 }).toBe("1");
    await expect.poll(() => page.locator(".segment-members tbody tr").innerText(), { timeout: 15_000 }).toContain("Lucía Fernández");
    await page.screenshot({ path: join(SHOTS, "segments.png"), fullPage: true });
  });
});
