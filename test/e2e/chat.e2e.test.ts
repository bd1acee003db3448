import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningMundo } from "../../src/server.js";
import { launchChromium } from "../support/chromium.js";
import { type E2eMundo, startE2eMundo } from "../support/e2e-mundo.js";
import { waitFor } from "../support/wait-for.js";

const SHOTS = join(process.cwd(), "test-results");
const ADMIN = { email: "agent-admin@mundo.example", password: "chat-e2e-password" };
let server: E2eMundo;
let mundo: RunningMundo;
let chrome: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
const consoleErrors: string[] = [];

const api: E2eMundo["api"] = (method, path, body) => server.api(method, path, body);

beforeAll(async () => {
  server = await startE2eMundo("chat", ADMIN, { webDist: null });
  mundo = server.mundo;
  // A Spanish-speaking visitor: the widget's own labels follow the browser language.
  chrome = await launchChromium({ locale: "es-ES", viewport: { width: 1180, height: 780 } });
  page = await chrome.context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => consoleErrors.push(e.message));
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

// This file compiles without the DOM library, so page-side code reaches browser globals through globalThis.
const widget = (selector: string) => page.locator(`mundo-chat-widget ${selector}`);
const spanish = "Hola, ¿dónde está mi pedido? Lo necesito para el viernes.";
const englishReply = "Your order will arrive on Thursday.";

describe("chat widget in Chromium, with live translation", () => {
  let conversationId: string;

  it("embeds with one script tag under a strict CSP, untouched by the host page's CSS", async () => {
    const res = await page.goto(`${mundo.url}/chat-demo`);
    expect(res?.headers()["content-security-policy"]).toContain("default-src 'none'");
    expect(await page.locator('script[src="/widget/mundo-chat.js"]').count()).toBe(1);
    await expect.poll(() => widget("button.launcher").count()).toBe(1);
    expect(await widget("button.launcher").getAttribute("aria-label")).toBe("Chatea con nosotros");
    // The shop paints every button yellow with !important; the widget's shadow root keeps its own look.
    const bg = (selector: string) => page.locator(selector).first().evaluate((e) => (globalThis as any).getComputedStyle(e).backgroundColor as string);
    expect(await bg(".product button")).toBe("rgb(244, 197, 66)");
    expect(await bg("mundo-chat-widget button.launcher")).toBe("rgb(31, 95, 209)");
  });

  it("is keyboard-usable: open, fill the optional intro, write Spanish, Enter sends", async () => {
    await widget("button.launcher").focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => widget("section.panel").isVisible()).toBe(true);
    expect(await widget("button.launcher").getAttribute("aria-expanded")).toBe("true");
    // Focus lands in the name field of the optional intro.
    expect(await page.evaluate(() => (globalThis as any).document.querySelector("mundo-chat-widget").shadowRoot.activeElement?.getAttribute("name"))).toBe("name");
    await page.keyboard.type("Lucía Fernández");
    await page.keyboard.press("Tab");
    await page.keyboard.type("lucia@example.es");
    await page.keyboard.press("Enter");
    await expect.poll(() => widget("form.composer").isVisible()).toBe(true);
    await page.keyboard.type(spanish);
    await page.keyboard.press("Enter");
    const mine = widget("li.msg.in").last();
    await expect.poll(() => mine.locator(".bubble").innerText()).toBe(spanish);
    expect(await mine.locator(".bubble").getAttribute("dir")).toBe("auto");
    // Acknowledged by the server: no longer marked as sending.
    await expect.poll(() => mine.getAttribute("class"), { timeout: 10_000 }).toBe("msg in");
  });

  it("shows the agent's English reply in Spanish within a second of the reply request returning", async () => {
    // The English-working agent waits for the message to be processed and translated.
    const inbound = await waitFor(async () => {
      const list = await api("GET", "/api/v1/messages?channel=chat&direction=in");
      const m = list.body.items.find((x: { original: { text: string } }) => x.original.text === spanish);
      return m?.state === "processed" && m.translation ? m : undefined;
    }, 30_000, "the chat message processed");
    expect(inbound).toMatchObject({ language: "es", translation: { to: "en" }, sender: { name: "Lucía Fernández" } });
    console.log(`agent reads: "${inbound.translation.text}"`);
    conversationId = inbound.conversationId;

    // Each agent bubble's first appearance, stamped by the page (same machine clock as this process).
    await page.evaluate(() => {
      const g = globalThis as any;
      const root = g.document.querySelector("mundo-chat-widget").shadowRoot;
      const seen: Record<string, number> = (g.__seen = {});
      new g.MutationObserver(() => {
        for (const b of root.querySelectorAll("li.out .bubble")) seen[b.textContent ?? ""] ??= Date.now();
      }).observe(root, { childList: true, subtree: true });
    });
    const started = Date.now();
    const reply = await api("POST", `/api/v1/conversations/${conversationId}/replies`, { text: englishReply });
    const returned = Date.now();
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ delivery: "sent", translation: { to: "es" } });
    const customerText = reply.body.translation.text as string;
    expect(customerText).not.toBe(englishReply);
    expect(customerText).toMatch(/jueves/i);

    const shownAt = await page.waitForFunction((text) => (globalThis as any).__seen[text] as number | undefined, customerText, { timeout: 5_000 });
    const latency = ((await shownAt.jsonValue()) as number) - returned;
    // Delivery happens inside the reply request, so the text usually shows before the response arrives (negative).
    console.log(`reply request took ${returned - started} ms (translation included); "${customerText}" visible in the widget ${latency} ms after it returned`);
    expect(latency).toBeLessThanOrEqual(1000);
    const bubble = widget("li.msg.out .bubble").last();
    expect(await bubble.innerText()).toBe(customerText);
    expect(await bubble.getAttribute("dir")).toBe("auto");
    await page.screenshot({ path: join(SHOTS, "chat-widget.png") });
  });

  it("keeps the conversation across a reload and shows a reply sent while the page was closed", async () => {
    await page.goto("about:blank");
    const reply = await api("POST", `/api/v1/conversations/${conversationId}/replies`, { text: "We will send you the tracking number." });
    expect(reply.body.delivery).toBe("sent");
    await page.goto(`${mundo.url}/chat-demo`);
    // Not opened yet: the missed reply shows as an unread badge.
    await expect.poll(() => widget(".badge").innerText(), { timeout: 10_000 }).toBe("1");
    await widget("button.launcher").click();
    const bubbles = await widget("li.msg .bubble").allInnerTexts();
    expect(bubbles).toEqual([spanish, expect.any(String), reply.body.translation.text]);
    await page.keyboard.press("Escape");
    await expect.poll(() => widget("section.panel").isVisible()).toBe(false);
    expect(await page.evaluate(() => (globalThis as any).document.querySelector("mundo-chat-widget").shadowRoot.activeElement?.className)).toBe("launcher");
    expect(consoleErrors).toEqual([]);
  });
});
