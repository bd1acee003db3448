import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/chromium.js";
import { type E2eMundo, startE2eMundo, signInAt } from "../support/e2e-mundo.js";

// Tickets in Chromium: three teams made over the API, a French ticket made with the UI form, routed to
// the Dakar team, with the routing reason on its page.
const SHOTS = join(process.cwd(), "test-results");
const ADMIN = { email: "tickets-admin@mundo.example", password: "tickets-e2e-password" };
const days = (list: string[], start: string, end: string) =>
  Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, list.includes(d) ? [{ start, end }] : []]));
const EVERY_DAY = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

let server: E2eMundo;
let chrome: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;

beforeAll(async () => {
  server = await startE2eMundo("tickets", ADMIN);
  chrome = await launchChromium();
  page = await chrome.context.newPage();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

describe("tickets in Chromium", () => {
  it("routes a French ticket made with the form to the Dakar team and shows why", async () => {
    const awa = await server.api("POST", "/api/v1/users", { email: "awa@mundo.example", name: "Awa Diop", password: "awa-password-1", role: "agent" });
    expect(awa.status).toBe(201);
    // Open around the clock, so the test does not depend on when it runs.
    const teams = [
      { name: "Dakar", languages: ["fr"], timeZone: "Africa/Dakar", businessHours: days(EVERY_DAY, "00:00", "24:00"), holidayCountry: "SN", members: [awa.body.id] },
      { name: "Cairo", languages: ["ar"], timeZone: "Africa/Cairo", businessHours: days(["sun", "mon", "tue", "wed", "thu"], "09:00", "17:00"), holidayCountry: "EG" },
      { name: "Global", languages: ["en"], timeZone: "UTC", businessHours: days(EVERY_DAY, "00:00", "24:00"), mtAssisted: true },
    ];
    for (const team of teams) expect((await server.api("POST", "/api/v1/teams", team)).status).toBe(201);
    expect((await server.api("POST", "/api/v1/customers", { name: "Fatou Sall", emails: ["fatou@example.sn"], country: "SN" })).status).toBe(201);

    await signInAt(page, `${server.mundo.url}/tickets`, ADMIN);

    await page.getByRole("button", { name: "New ticket" }).click();
    await page.fill('input[name="customerQuery"]', "Fatou");
    await expect.poll(() => page.locator('select[name="customerId"] option').allInnerTexts(), { timeout: 15_000 }).toEqual(["Fatou Sall <fatou@example.sn>"]);
    await page.fill('input[name="subject"]', "Commande en retard");
    await page.fill('textarea[name="text"]', "Bonjour, ma commande n'est toujours pas arrivée à Dakar. Pouvez-vous vérifier, s'il vous plaît ?");
    await page.getByRole("button", { name: "Create and route" }).click();
    await page.waitForURL(/\/tickets\/[0-9a-f-]{36}$/, { timeout: 15_000 });

    const routing = page.locator("section.routing");
    await expect.poll(() => routing.innerText(), { timeout: 15_000 }).toContain("Dakar");
    const text = await routing.innerText();
    expect(text).toContain("Customer language: French (fr)");
    expect(text).toContain("Dakar: French, native");
    expect(text).toContain("Awa Diop (0 open tickets)");
    expect(text).toContain("fr → Dakar (French native) → Awa Diop, 0 open tickets");
    expect(await page.locator("h1").innerText()).toContain("Commande en retard");
    expect(await page.locator('a[href^="/customers/"][href$="/profile"]').innerText()).toBe("Fatou Sall");
    expect(await page.locator('select[name="teamId"] option:checked').innerText()).toBe("Dakar");
    await page.screenshot({ path: join(SHOTS, "ticket-routed.png"), fullPage: true });

    // The list shows it with its team and an SLA badge.
    await page.getByRole("link", { name: "Back to tickets" }).click();
    await page.waitForURL(/\/tickets$/);
    const row = page.locator("tbody tr").first();
    await expect.poll(() => row.innerText(), { timeout: 15_000 }).toContain("Commande en retard");
    expect(await row.innerText()).toMatch(/Dakar[\s\S]*Awa Diop[\s\S]*Reply due in/);

    // The teams page shows Dakar open around the clock, with Awa carrying one ticket.
    await page.goto(`${server.mundo.url}/teams`);
    const dakar = page.locator("article.team-card", { hasText: "Dakar" });
    await expect.poll(() => dakar.innerText(), { timeout: 15_000 }).toContain("Open around the clock");
    expect(await dakar.innerText()).toContain("1/10 open");
    await page.screenshot({ path: join(SHOTS, "teams.png"), fullPage: true });
  });
});
