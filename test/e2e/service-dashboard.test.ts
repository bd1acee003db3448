import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/chromium.js";
import { type E2eMundo, startE2eMundo } from "../support/e2e-mundo.js";
import { waitFor } from "../support/wait-for.js";

// The service dashboard shows CSAT by language (chart and table) after surveys are answered, and the public
// survey page works in Spanish without JavaScript.
const ADMIN = { email: "service-admin@mundo.example", password: "service-e2e-password" };
const SHOTS = join(process.cwd(), "test-results");
let server: E2eMundo;
let chrome: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;

/** A resolved ticket in `language` and its survey (once the survey job ran). */
async function resolvedWithSurvey(name: string, language: string, subject: string) {
  const customer = await server.api("POST", "/api/v1/customers", { name, preferredLanguages: [language] });
  const ticket = await server.api("POST", "/api/v1/tickets", { customerId: customer.body.id, subject, text: subject, language });
  expect(ticket.status).toBe(201);
  await server.api("PATCH", `/api/v1/tickets/${ticket.body.id}`, { status: "resolved" });
  return waitFor(async () => (await server.api("GET", `/api/v1/surveys?ticketId=${ticket.body.id}`)).body.items[0], 20_000, `survey for ${subject}`);
}

const answer = (survey: { url: string }, body: object) => server.api("POST", `/api/v1/surveys/${survey.url.split("/").pop()}/responses`, body);

beforeAll(async () => {
  server = await startE2eMundo("service", ADMIN);
  chrome = await launchChromium();
  page = await chrome.context.newPage();
  mkdirSync(SHOTS, { recursive: true });
  // Two Spanish answers (5 and 4) and one French (2), through the public API.
  expect((await answer(await resolvedWithSurvey("María López", "es", "Reembolso"), { csat: 5, nps: 9 })).status).toBe(201);
  expect((await answer(await resolvedWithSurvey("Javier Gómez", "es", "Cambio de talla"), { csat: 4 })).status).toBe(201);
  expect((await answer(await resolvedWithSurvey("Pierre Martin", "fr", "Colis abîmé"), { csat: 2, comment: "Trop lent" })).status).toBe(201);
});

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

describe("service dashboard in Chromium", () => {
  it("shows CSAT by language in the chart and the table", async () => {
    await page.goto(`${server.mundo.url}/login`);
    await page.fill('input[name="email"]', ADMIN.email);
    await page.fill('input[name="password"]', ADMIN.password);
    await page.click('button[type="submit"]');
    await page.waitForURL((u) => !u.pathname.startsWith("/login"));
    await page.goto(`${server.mundo.url}/service`);

    const chart = page.locator("figure.chart", { hasText: "CSAT by language" });
    await chart.waitFor({ timeout: 15_000 });
    // The chart's accessible table carries the numbers.
    await expect.poll(() => chart.innerText()).toMatch(/Spanish[\s\S]*4\.5/);
    expect(await chart.innerText()).toMatch(/French[\s\S]*2/);

    const spanish = page.locator('tr[data-group="es"]');
    expect(await spanish.locator("th").innerText()).toBe("Spanish");
    expect(await spanish.locator('td[data-column="csat"]').innerText()).toBe("4.5 (2)");
    expect(await page.locator('tr[data-group="fr"] td[data-column="csat"]').innerText()).toBe("2 (1)");
    expect(await page.locator('tr[data-group="total"] td[data-column="csat"]').innerText()).toBe("3.67 (3)");
    await page.screenshot({ path: join(SHOTS, "service-dashboard.png"), fullPage: true });

    // Grouped by team instead: none of these tickets has a team.
    await page.selectOption('select[name="groupBy"]', "team");
    await expect.poll(() => page.locator('tr[data-group="none"] th').innerText(), { timeout: 10_000 }).toBe("No team");

    // The surveys tab lists the answers, with the French comment in its own language.
    await page.getByRole("tab", { name: "Surveys" }).click();
    await expect.poll(() => page.locator("tr[data-survey]").count(), { timeout: 10_000 }).toBe(3);
    expect(await page.locator('td[lang="fr"]').innerText()).toBe("Trop lent");
    await page.getByRole("tab", { name: "FAQ bot" }).click();
    expect(await page.locator('input[name="chat"]').isChecked()).toBe(true);
    await page.screenshot({ path: join(SHOTS, "service-dashboard-bot.png"), fullPage: true });
  });

  it("renders the public survey page in Spanish and records an answer from the plain form", async () => {
    const survey = await resolvedWithSurvey("Lucía Fernández", "es", "Factura duplicada");
    // The page has no script of its own: a plain form post.
    const p = await chrome.context.newPage();
    await p.goto(survey.url);
    expect(await p.getAttribute("html", "lang")).toBe("es");
    expect(await p.locator("h1").innerText()).toBe("¿Qué tal lo hicimos?");
    expect(await p.locator('label:has(input[name="csat"][value="4"])').innerText()).toContain("Satisfecho");
    await p.locator('label:has(input[name="csat"][value="4"])').click();
    await p.locator('label:has(input[name="nps"][value="8"])').click();
    await p.fill('textarea[name="comment"]', "Todo bien, gracias");
    await p.screenshot({ path: join(SHOTS, "survey-es.png"), fullPage: true });
    await p.getByRole("button", { name: "Enviar" }).click();
    await p.waitForLoadState();
    expect(await p.locator("main").innerText()).toContain("¡Gracias! Hemos registrado su respuesta.");
    await p.close();

    const stored = (await server.api("GET", `/api/v1/surveys?status=answered&limit=10`)).body.items.find((s: any) => s.id === survey.id);
    expect(stored.response).toMatchObject({ csat: 4, nps: 8, comment: "Todo bien, gracias", via: "page" });
  });
});
