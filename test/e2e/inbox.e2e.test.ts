import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningMundo } from "../../src/server.js";
import { launchChromium } from "../support/chromium.js";
import { type E2eMundo, startE2eMundo } from "../support/e2e-mundo.js";
import { waitFor } from "../support/wait-for.js";

// The inbox in Chromium against a real Mundo with Apertium: translations, the Original toggle, hostile
// email HTML kept inert, live updates over the WebSocket, a translated reply, and the Arabic layout.
const SHOTS = join(process.cwd(), "test-results");
const ADMIN = { email: "inbox-admin@mundo.example", password: "inbox-e2e-password" };
const PAYLOAD =
  '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">' +
  '<a href="javascript:window.__pwned=3">x</a><img src="https://tracker.example/p.gif">';
const SPANISH = "Hola, el paquete llegó roto y necesito otro lo antes posible.";

let server: E2eMundo;
let mundo: RunningMundo;
let chrome: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
const requests: string[] = [];
// Chromium reports a request that CSP refused too, as a failed one; these say why each failed.
const failures = new Map<string, string>();
const trackerRequests = (host = "tracker.example") => requests.filter((url) => new URL(url).hostname === host);

const api: E2eMundo["api"] = (method, path, body) => server.api(method, path, body);

const processed = (id: string) =>
  waitFor(async () => {
    const res = await api("GET", `/api/v1/messages/${id}`);
    return res.body.state === "processed" ? res.body : undefined;
  }, 60_000, `message ${id} processed`);

// The root tsconfig has no DOM types: what the test touches of an <iframe> element, in the page.
interface FrameElement {
  id: string;
  srcdoc: string;
  ownerDocument: { createElement(tag: "iframe"): FrameElement };
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  after(node: FrameElement): void;
}

// `typeof window.__pwned` in the page and in every frame, the sandboxed email included.
const pwnedTypes = (): Promise<string[]> =>
  Promise.all(page.frames().map((frame) => frame.evaluate(() => typeof (globalThis as { __pwned?: unknown }).__pwned)));

beforeAll(async () => {
  server = await startE2eMundo("inbox", ADMIN);
  mundo = server.mundo;
  chrome = await launchChromium();
  page = await chrome.context.newPage();
  page.on("request", (req) => requests.push(req.url()));
  page.on("requestfailed", (req) => failures.set(req.url(), req.failure()?.errorText ?? ""));
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

describe("inbox in Chromium", () => {
  let conversationId: string;

  it("lands on the inbox after sign-in and previews a Spanish email in English", async () => {
    const ingested = await api("POST", "/api/v1/messages", {
      channel: "email",
      externalId: "<xss-1@mail.example>",
      customer: { email: "lucia@example.es", name: "Lucía Fernández" },
      subject: "Paquete roto",
      text: SPANISH,
      html: `<p>${SPANISH}</p>${PAYLOAD}`,
      threadId: "xss-thread",
    });
    expect(ingested.status).toBe(201);
    const message = await processed(ingested.body.id);
    expect(message).toMatchObject({ language: "es", translation: { to: "en" } });
    // The API already hands out display-safe HTML; the browser-side layers are tested on the raw payload below.
    expect(message.original.html).toContain(SPANISH);
    expect(message.original.html).not.toMatch(/<script|onerror|javascript:|tracker\.example|<img/i);
    conversationId = message.conversationId;

    await page.goto(`${mundo.url}/`);
    await page.waitForURL(/\/login/);
    await page.fill('input[name="email"]', ADMIN.email);
    await page.fill('input[name="password"]', ADMIN.password);
    await page.click('button[type="submit"]');
    await page.waitForURL(/\/inbox$/);
    expect(await page.locator('nav a[aria-current="page"]').innerText()).toBe("Inbox");
    const row = page.locator("a.conv-row").first();
    await expect.poll(() => row.innerText(), { timeout: 15_000 }).toContain("Lucía Fernández");
    expect(await row.innerText()).toContain(message.translation.text.slice(0, 20));
    expect(await row.innerText()).toContain("Spanish");
  });

  it("opens the conversation from the keyboard and shows the translation, then the original on demand", async () => {
    await page.locator("a.conv-row").first().focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`/inbox/${conversationId}$`));
    const inbound = page.locator("article.msg--in").first();
    const toggle = inbound.getByRole("button", { name: "Original" });
    await expect.poll(() => toggle.getAttribute("aria-pressed"), { timeout: 15_000 }).toBe("false");
    const english = await inbound.locator(".msg__text").innerText();
    expect(english).not.toContain("paquete");
    expect(await inbound.locator(".msg__text").getAttribute("lang")).toBe("en");
    expect(await inbound.innerText()).toContain("Apertium");
    expect(await inbound.locator("iframe").count()).toBe(0);

    await toggle.click();
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    const frameEl = inbound.locator("iframe");
    await frameEl.waitFor();
    expect(await frameEl.getAttribute("sandbox")).toBe("");
    expect(await frameEl.getAttribute("referrerpolicy")).toBe("no-referrer");
    expect(await frameEl.getAttribute("srcdoc")).toContain("default-src 'none'; img-src data:");
    const email = await frameEl.elementHandle().then((h) => h!.contentFrame());
    await expect.poll(() => email!.locator("body").innerText(), { timeout: 10_000 }).toContain("el paquete llegó roto");

    // The hostile link, clicked: nothing may run.
    await email!.locator("a", { hasText: "x" }).click({ timeout: 5_000 }).catch(() => undefined);
    await page.waitForTimeout(500);
    expect(page.frames()).toContain(email);
    expect(await pwnedTypes()).toEqual(page.frames().map(() => "undefined"));
    expect(trackerRequests()).toEqual([]);

    // The DOM clean-up is only the second layer: the same frame fed the raw HTML must stay inert too
    // (its tracker on another host, so the requests above stay about the real UI).
    await frameEl.evaluate((el, payload) => {
      const ours = el as unknown as FrameElement;
      const raw = ours.ownerDocument.createElement("iframe");
      for (const name of ["sandbox", "referrerpolicy"]) raw.setAttribute(name, ours.getAttribute(name) ?? "");
      raw.srcdoc = ours.srcdoc.replace(/<body([^>]*)>[\s\S]*<\/body>/, (_m: string, attrs: string) => `<body${attrs}>${payload}</body>`);
      raw.id = "raw-email-check";
      ours.after(raw);
    }, PAYLOAD.replace("tracker.example", "raw-tracker.example"));
    await expect.poll(() => page.frames().length).toBe(3);
    await page.waitForTimeout(1_000);
    expect(await page.locator("#raw-email-check").getAttribute("srcdoc")).toContain("<script>window.__pwned=1</script>");
    expect(await pwnedTypes()).toEqual(["undefined", "undefined", "undefined"]);
    for (const url of trackerRequests("raw-tracker.example")) expect(failures.get(url)).toMatch(/csp/i);
    expect(trackerRequests()).toEqual([]);
    await page.locator("#raw-email-check").evaluate((el) => (el as unknown as { remove(): void }).remove());
    await page.screenshot({ path: join(SHOTS, "inbox.png") });

    await toggle.click();
    expect(await toggle.getAttribute("aria-pressed")).toBe("false");
    expect(await inbound.locator(".msg__text").innerText()).toBe(english);
  });

  it("receives new messages live: in the open conversation and on top of the list", async () => {
    const before = await page.locator("article.msg").count();
    await api("POST", "/api/v1/messages", {
      channel: "email",
      externalId: "<xss-2@mail.example>",
      customer: { email: "lucia@example.es" },
      text: "¿Hay alguna novedad sobre mi pedido?",
      threadId: "xss-thread",
    });
    await expect.poll(() => page.locator("article.msg").count(), { timeout: 15_000 }).toBe(before + 1);
    // Processed after arrival: the live update swaps the spinner for the English translation.
    const latest = page.locator("article.msg--in").last();
    await expect.poll(() => latest.innerText(), { timeout: 30_000 }).toContain("Translated from Spanish into English");
    expect(await latest.locator(".msg__text").innerText()).not.toContain("novedad");

    await api("POST", "/api/v1/messages", { channel: "chat", externalId: "chat-1", customer: { handle: "@marc", name: "Marc Dupont" }, text: "Bonjour, où est ma commande ?" });
    await expect.poll(() => page.locator("a.conv-row").first().innerText(), { timeout: 15_000 }).toContain("Marc Dupont");
    expect(await page.locator("a.conv-row").count()).toBe(2);
  });

  it("previews the reply in Spanish and sends it with Ctrl+Enter", async () => {
    await page.fill('textarea[name="reply"]', "Thank you, we will send you a new package today.");
    const customerText = page.locator('textarea[name="translation"]');
    await expect.poll(() => customerText.inputValue(), { timeout: 20_000 }).toMatch(/paquete|gracias/i);
    expect(await page.locator(".reply").innerText()).toContain("What the customer will read (Spanish)");
    await page.locator('textarea[name="reply"]').press("Control+Enter");
    const outbound = page.locator("article.msg--out").last();
    await expect.poll(() => outbound.innerText(), { timeout: 15_000 }).toContain("Sent in Spanish");
    expect(await outbound.innerText()).toContain("Thank you, we will send you a new package today.");
    expect(await page.locator('textarea[name="reply"]').inputValue()).toBe("");
  });

  it("says when a message cannot be translated, and lets the agent write the customer's text", async () => {
    const res = await api("POST", "/api/v1/messages", {
      channel: "whatsapp",
      externalId: "wa-1",
      customer: { phone: "+81 3-1234-5678", name: "山田 花子" },
      text: "注文した商品がまだ届いていません。確認していただけますか？",
    });
    const jp = await processed(res.body.id);
    expect(jp).toMatchObject({ language: "ja", translation: null });

    await page.selectOption('select[name="language"]', "ja");
    await expect.poll(() => page.locator("a.conv-row").count(), { timeout: 10_000 }).toBe(1);
    await page.locator("a.conv-row").first().click();
    await page.waitForURL(new RegExp(`/inbox/${jp.conversationId}\\?language=ja$`));
    const inbound = page.locator("article.msg--in").first();
    await expect.poll(() => inbound.innerText(), { timeout: 10_000 }).toContain("Not translated:");
    expect(await inbound.getByRole("button", { name: "Original" }).count()).toBe(0);
    expect(await inbound.locator(".msg__text").getAttribute("lang")).toBe("ja");

    await page.fill('textarea[name="reply"]', "We are checking your order now.");
    const reply = page.locator(".reply");
    await expect.poll(() => reply.innerText(), { timeout: 20_000 }).toContain("Mundo cannot translate from English into Japanese");
    const send = reply.getByRole("button", { name: "Send", exact: true });
    expect(await send.isDisabled()).toBe(true);
    await page.fill('textarea[name="translation"]', "ただいまご注文を確認しております。");
    expect(await reply.innerText()).toContain("human-approved");
    await page.screenshot({ path: join(SHOTS, "inbox-reply-ja.png") });
    await send.click();
    const outbound = page.locator("article.msg--out").last();
    await expect.poll(() => outbound.innerText(), { timeout: 15_000 }).toContain("Sent in Japanese");
    expect(await outbound.innerText()).toContain("ただいまご注文を確認しております。");
    expect(await outbound.innerText()).toContain("Translation written by an agent");
    const memory = await api("GET", "/api/v1/language/memory?from=en&to=ja");
    expect(memory.body.items).toContainEqual(
      expect.objectContaining({ source: "We are checking your order now.", target: "ただいまご注文を確認しております。", origin: "human", approved: true }),
    );
  });

  it("moves through the list with the arrow keys", async () => {
    await page.selectOption('select[name="language"]', "");
    await expect.poll(() => page.locator("a.conv-row").count(), { timeout: 10_000 }).toBe(3);
    await page.locator("a.conv-row").first().focus();
    await page.keyboard.press("ArrowDown");
    const second = await page.locator("a.conv-row").nth(1).getAttribute("data-conversation-id");
    expect(await page.locator("a.conv-row:focus").getAttribute("data-conversation-id")).toBe(second);
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`/inbox/${second}$`));
    await expect.poll(() => page.locator("h1").innerText()).toBe(await page.locator("a.conv-row").nth(1).locator(".conv-row__name").innerText());
  });

  it("changes status and assignee, and the list follows", async () => {
    await page.locator(`a.conv-row[data-conversation-id="${conversationId}"]`).click();
    await page.waitForURL(new RegExp(`/inbox/${conversationId}$`));
    await page.locator('.conv-header select[name="status"]').selectOption("pending");
    const me = (await api("GET", "/api/v1/auth/me")).body;
    await page.locator('.conv-header select[name="assigneeId"]').selectOption(me.id);
    await waitFor(async () => {
      const c = (await api("GET", `/api/v1/conversations/${conversationId}`)).body;
      return c.status === "pending" && c.assigneeId === me.id;
    }, 10_000, "status and assignee saved");
    await page.locator('.inbox__search select[name="status"]').selectOption("pending");
    await expect.poll(() => page.locator("a.conv-row").count(), { timeout: 10_000 }).toBe(1);
    await page.locator('.inbox__search select[name="assignee"]').selectOption("me");
    await expect.poll(() => page.locator("a.conv-row").count(), { timeout: 10_000 }).toBe(1);
    // Closed elsewhere (another agent, the API): it leaves this "pending" list live.
    await api("PATCH", `/api/v1/conversations/${conversationId}`, { status: "closed" });
    await expect.poll(() => page.locator("a.conv-row").count(), { timeout: 10_000 }).toBe(0);
    expect(await page.locator('.conv-header select[name="status"]').inputValue()).toBe("closed");
    await page.locator('.inbox__search select[name="status"]').selectOption("");
    await page.locator('.inbox__search select[name="assignee"]').selectOption("");
    await expect.poll(() => page.locator("a.conv-row").count(), { timeout: 10_000 }).toBe(3);
  });

  it("lays the inbox out right-to-left in Arabic", async () => {
    await page.selectOption('select[name="uiLanguage"]', "ar");
    await expect.poll(() => page.getAttribute("html", "dir")).toBe("rtl");
    await expect.poll(() => page.locator('nav a[aria-current="page"]').innerText()).toBe("صندوق الوارد");
    expect(await page.locator("article.msg--in").first().innerText()).toContain("الإسبانية");
    await page.screenshot({ path: join(SHOTS, "inbox-ar.png") });
    expect(trackerRequests()).toEqual([]);
  });
});
