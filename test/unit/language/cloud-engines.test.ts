import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LanguageError, type LanguageErrorCode } from "../../../src/language/language-error.js";
import { DeepLEngine, type DeepLOptions } from "../../../src/language/translation/engines/deepl-engine.js";
import { GoogleTranslateEngine, type GoogleOptions } from "../../../src/language/translation/engines/google-engine.js";
import { LibreTranslateEngine, type LibreTranslateOptions } from "../../../src/language/translation/engines/libretranslate-engine.js";
import { NoneEngine } from "../../../src/language/translation/engines/none-engine.js";
import { OpenAiEngine, type OpenAiOptions } from "../../../src/language/translation/engines/openai-engine.js";
import type { TranslationEngine } from "../../../src/language/translation/translation-engine.js";
import { startDeepLServer } from "../../support/protocol-servers/deepl-server.js";
import { startGoogleServer } from "../../support/protocol-servers/google-server.js";
import { type ProtocolServer, startHangingServer, unusedUrl } from "../../support/protocol-servers/json-server.js";
import { startLibreTranslateServer } from "../../support/protocol-servers/libretranslate-server.js";
import { startOpenAiServer } from "../../support/protocol-servers/openai-server.js";
import { type EngineFixture, translationEngineContract } from "../../support/translation-engine-contract.js";

const ES = ["Buenos días", "Muchas gracias"];
const KNOWN = { from: "en", to: "es", texts: ["Good morning", "Thank you very much"] as [string, string], expect: (out: string, i: number) => out === ES[i] };

/** Runs a call that must fail and returns its LanguageError. */
async function failure(call: () => Promise<unknown>, code: LanguageErrorCode): Promise<LanguageError> {
  const err = await call().catch((e: unknown) => e);
  expect(err).toBeInstanceOf(LanguageError);
  expect((err as LanguageError).code, (err as Error).message).toBe(code);
  return err as LanguageError;
}

const tr = (engine: TranslationEngine, texts: string[], from = "en", to = "es", format: "text" | "html" = "text") =>
  engine.translate({ texts, from, to, format });

type Start = () => Promise<{ url: string; close(): Promise<void> }>;
function contract(name: string, start: Start, build: (url: string) => TranslationEngine, unsupported: EngineFixture["unsupported"]) {
  translationEngineContract(name, async () => {
    const server = await start();
    const dead = await unusedUrl();
    return { engine: build(server.url), known: KNOWN, unsupported, unreachable: () => build(dead), dispose: server.close };
  });
}

// Korean is absent from every fake vendor's list; LibreTranslate's Japanese is only reachable from English.
const KO = { from: "en", to: "ko" };
contract("libretranslate", () => startLibreTranslateServer({ apiKeys: ["k"] }), (url) => new LibreTranslateEngine({ url, apiKey: "k" }), { from: "es", to: "ja" });
contract("deepl", () => startDeepLServer({ authKey: "k:fx" }), (url) => new DeepLEngine({ apiKey: "k:fx", url }), KO);
contract("google", () => startGoogleServer({ apiKey: "k" }), (url) => new GoogleTranslateEngine({ apiKey: "k", url }), KO);
const OPENAI = { apiKey: "sk-test", model: "mock-translator", languages: ["en", "es", "fr", "de"] };
contract("openai", () => startOpenAiServer({ apiKey: "sk-test" }), (baseUrl) => new OpenAiEngine({ baseUrl, ...OPENAI }), KO);

describe("none engine", () => {
  it("serves no pair and refuses every translation as UNSUPPORTED_PAIR", async () => {
    const none = new NoneEngine();
    expect(await none.pairs()).toEqual([]);
    const err = await failure(() => tr(none, ["hello"], "en", "es"), "UNSUPPORTED_PAIR");
    expect([err.message, err.engine]).toEqual(["no translation engine is configured for en→es", "none"]);
  });
});

describe("required options", () => {
  it.each([
    ["libretranslate", () => new LibreTranslateEngine({} as LibreTranslateOptions), /libretranslate.*"url"/],
    ["deepl", () => new DeepLEngine({} as DeepLOptions), /deepl.*"apiKey"/],
    ["google", () => new GoogleTranslateEngine({ apiKey: "" } as GoogleOptions), /google.*"apiKey"/],
    ["openai (model)", () => new OpenAiEngine({ baseUrl: "http://127.0.0.1:1/v1" } as OpenAiOptions), /openai.*"model"/],
    ["openai (baseUrl)", () => new OpenAiEngine({ model: "m" } as OpenAiOptions), /openai.*"baseUrl"/],
  ])("%s: construction without a required option throws naming it", (_name, build, message) => {
    expect(build).toThrow(message);
  });

  it("rejects malformed settings, naming them", () => {
    expect(() => new LibreTranslateEngine({ url: "ftp://x" })).toThrow(/invalid option "url"/);
    expect(() => new DeepLEngine({ apiKey: "k", timeoutMs: -1 })).toThrow(/invalid option "timeoutMs"/);
    expect(() => new OpenAiEngine({ baseUrl: "http://h/v1", model: "m", languages: ["not a tag"] })).toThrow(
      /invalid option "languages.0"/,
    );
  });
});

describe("timeouts", () => {
  const engines: Array<[string, "silent" | "stall-body", (url: string) => TranslationEngine]> = [
    ["libretranslate", "silent", (url) => new LibreTranslateEngine({ url, timeoutMs: 200 })],
    ["deepl", "silent", (url) => new DeepLEngine({ apiKey: "k", url, timeoutMs: 200 })],
    ["google", "silent", (url) => new GoogleTranslateEngine({ apiKey: "k", url, timeoutMs: 200 })],
    ["openai", "silent", (url) => new OpenAiEngine({ baseUrl: url, model: "m", timeoutMs: 200 })],
    ["deepl (body stalls after the headers)", "stall-body", (url) => new DeepLEngine({ apiKey: "k", url, timeoutMs: 200 })],
  ];
  it.each(engines)("%s: a server that never answers → UNAVAILABLE within the timeout", async (_name, mode, build) => {
    const server = await startHangingServer(mode);
    const engine = build(server.url);
    const started = Date.now();
    expect((await failure(() => tr(engine, ["hello"]), "UNAVAILABLE")).message).toMatch(/did not answer within 200 ms/);
    await failure(() => engine.pairs(), "UNAVAILABLE");
    expect(Date.now() - started).toBeLessThan(2_000);
    await server.close();
  });
});

describe("shared HTTP failures", () => {
  it("maps 5xx and 429 to UNAVAILABLE, naming the status", async () => {
    const server = await startGoogleServer({ apiKey: "g-key" });
    const engine = new GoogleTranslateEngine({ apiKey: "g-key", url: server.url });
    server.override({ status: 503, body: { error: { code: 503, message: "Backend Error" } } });
    expect((await failure(() => tr(engine, ["hello"]), "UNAVAILABLE")).message).toMatch(/HTTP 503: Backend Error/);
    server.override({ status: 429, body: { error: { code: 429, message: "Rate Limit Exceeded" } } });
    const err = await failure(() => engine.pairs(), "UNAVAILABLE");
    expect(err.message).toMatch(/rate limiting.*HTTP 429/);
    expect(err.message).not.toContain("g-key"); // the key travels in the query string
    await server.close();
  });
});

const lastBody = (server: ProtocolServer) => server.requests.at(-1)?.body as Record<string, unknown>;

describe("libretranslate adapter", () => {
  let server: Awaited<ReturnType<typeof startLibreTranslateServer>>;
  beforeAll(async () => {
    server = await startLibreTranslateServer({ apiKeys: ["lt-key"] });
  });
  afterAll(() => server.close());
  const engine = (apiKey?: string) => new LibreTranslateEngine({ url: server.url, apiKey });

  it("sends q[] with format and api_key, and maps BCP 47 to the server's codes", async () => {
    const e = engine("lt-key");
    expect(await tr(e, ["<b>New</b> order"], "en", "es", "html")).toEqual(["<b>Nuevo</b> pedido"]);
    expect(lastBody(server)).toEqual({ q: ["<b>New</b> order"], source: "en", target: "es", format: "html", api_key: "lt-key" });
    await tr(e, ["hello"], "en", "pt-BR");
    expect(lastBody(server).target).toBe("pb");
    await tr(e, ["hello"], "en", "zh-CN");
    expect(lastBody(server).target).toBe("zh-Hans");
    // Traditional never falls back to a Simplified model.
    await failure(() => tr(e, ["hello"], "en", "zh-TW"), "UNSUPPORTED_PAIR");
    expect(await e.pairs()).toEqual(expect.arrayContaining([{ from: "pt-BR", to: "en" }, { from: "en", to: "zh-Hans" }]));
  });

  it("understands older servers' zh / zt codes", async () => {
    const languages = [{ code: "en", name: "English", targets: ["zh", "zt"] }, ...["zh", "zt"].map((code) => ({ code, name: code, targets: ["en"] }))];
    const old = await startLibreTranslateServer({ languages });
    const e = new LibreTranslateEngine({ url: old.url });
    await tr(e, ["hello"], "en", "zh-TW");
    expect(lastBody(old).target).toBe("zt");
    await tr(e, ["hello"], "en", "zh-Hans");
    expect(lastBody(old).target).toBe("zh");
    expect(await e.pairs()).toContainEqual({ from: "zh-Hant", to: "en" });
    await old.close();
  });

  it("wrong or missing API key → UNAVAILABLE with the server's reason", async () => {
    expect((await failure(() => tr(engine("nope"), ["hello"]), "UNAVAILABLE")).message).toMatch(/HTTP 403: Invalid API key/);
    expect((await failure(() => tr(engine(), ["hello"]), "UNAVAILABLE")).message).toMatch(/get an API key/);
  });

  it("maps the server's 400 '… is not supported' to UNSUPPORTED_PAIR (language dropped after listing)", async () => {
    const e = engine("lt-key");
    await e.pairs();
    server.languages.splice(server.languages.findIndex((l) => l.code === "fr"), 1);
    const err = await failure(() => tr(e, ["hello"], "en", "fr"), "UNSUPPORTED_PAIR");
    expect(err.message).toMatch(/fr is not supported/);
  });
});

describe("deepl adapter", () => {
  let server: Awaited<ReturnType<typeof startDeepLServer>>;
  beforeAll(async () => {
    server = await startDeepLServer({ authKey: "dl-key" });
  });
  afterAll(() => server.close());
  const engine = (apiKey = "dl-key") => new DeepLEngine({ apiKey, url: server.url });

  it("uses the Free API for :fx keys and Pro otherwise, unless url is given", () => {
    expect(new DeepLEngine({ apiKey: "abc:fx" }).baseUrl).toBe("https://api-free.deepl.com");
    expect(new DeepLEngine({ apiKey: "abc" }).baseUrl).toBe("https://api.deepl.com");
    expect(new DeepLEngine({ apiKey: "abc:fx", url: "http://127.0.0.1:9/" }).baseUrl).toBe("http://127.0.0.1:9");
  });

  it("sends DeepL-Auth-Key, text[], a bare source, and tag_handling only for html", async () => {
    expect(await tr(engine(), ["<p>Good morning</p>"], "en-US", "de", "html")).toEqual(["<p>Guten Morgen</p>"]);
    expect(server.requests.at(-1)?.headers.authorization).toBe("DeepL-Auth-Key dl-key");
    expect(lastBody(server)).toEqual({ text: ["<p>Good morning</p>"], source_lang: "EN", target_lang: "DE", tag_handling: "html" });
    await tr(engine(), ["hello"]);
    expect(lastBody(server)).not.toHaveProperty("tag_handling");
  });

  it.each([
    ["en", "EN-US"], ["en-GB", "EN-GB"], ["en-AU", "EN-GB"], ["pt", "PT-PT"], ["pt-BR", "PT-BR"],
    ["zh", "ZH-HANS"], ["zh-TW", "ZH-HANT"], ["es-MX", "ES-419"], ["es", "ES"],
  ])("target %s → %s", async (to, code) => {
    await tr(engine(), ["hola"], to.startsWith("es") ? "fr" : "es", to);
    expect(lastBody(server).target_lang).toBe(code);
  });

  it("lists any source → any target, and checks a pair against the lists before calling", async () => {
    const e = engine();
    const pairs = await e.pairs();
    expect(pairs).toEqual(expect.arrayContaining([{ from: "es", to: "en" }, { from: "es", to: "en-GB" }, { from: "en", to: "pt-BR" }]));
    expect(pairs).not.toContainEqual({ from: "en", to: "en-GB" });
    const before = server.requests.length;
    await failure(() => tr(e, ["hello"], "en", "ko"), "UNSUPPORTED_PAIR");
    expect(server.requests.length).toBe(before);
  });

  it("wrong key → UNAVAILABLE; used-up quota (456) → UNAVAILABLE", async () => {
    expect((await failure(() => engine("bad").pairs(), "UNAVAILABLE")).message).toMatch(/API key was rejected.*HTTP 403/);
    const broke = await startDeepLServer({ authKey: "k", quotaExceeded: true });
    const err = await failure(() => tr(new DeepLEngine({ apiKey: "k", url: broke.url }), ["hello"]), "UNAVAILABLE");
    expect(err.message).toMatch(/quota.*HTTP 456/);
    await broke.close();
  });

  it("splits batches over 50 texts and keeps the order", async () => {
    const texts = Array.from({ length: 60 }, (_, i) => `order ${i}`);
    const e = engine();
    await e.pairs();
    const before = server.requests.length;
    expect(await tr(e, texts)).toEqual(texts.map((_, i) => `pedido ${i}`));
    expect(server.requests.length - before).toBe(2);
  });
});

describe("google adapter", () => {
  let server: Awaited<ReturnType<typeof startGoogleServer>>;
  beforeAll(async () => {
    server = await startGoogleServer({ apiKey: "g-key" });
  });
  afterAll(() => server.close());
  const engine = (apiKey = "g-key") => new GoogleTranslateEngine({ apiKey, url: server.url });

  it("sends the key as ?key=, q[], source, target and an explicit format", async () => {
    await tr(engine(), ["hello"]);
    expect(server.requests.at(-1)?.query.key).toBe("g-key");
    expect(lastBody(server)).toEqual({ q: ["hello"], source: "en", target: "es", format: "text" });
  });

  it("HTML entities: text answers stay plain, html answers keep their entities", async () => {
    expect(await tr(engine(), ["Tom's order & <invoice>"])).toEqual(["Tom's pedido & <factura>"]);
    const [html] = await tr(engine(), ["<p>Tom's order &amp; invoice</p>"], "en", "es", "html");
    expect(lastBody(server).format).toBe("html");
    expect(html).toBe("<p>Tom&#39;s pedido &amp; factura</p>");
  });

  it("maps he → iw and zh-Hant → zh-TW, and reports codes in BCP 47", async () => {
    await tr(engine(), ["hello"], "he", "zh-Hant");
    expect(lastBody(server)).toMatchObject({ source: "iw", target: "zh-TW" });
    expect(await engine().pairs()).toContainEqual({ from: "he", to: "zh-CN" });
  });

  it("wrong key (400 API_KEY_INVALID) and a refused one (403 PERMISSION_DENIED) → UNAVAILABLE", async () => {
    expect((await failure(() => tr(engine("bad"), ["hello"]), "UNAVAILABLE")).message).toMatch(/API key was rejected.*not valid/);
    server.override({ status: 403, body: { error: { code: 403, message: "Cloud Translation API has not been used in project 1" } } });
    expect((await failure(() => engine().pairs(), "UNAVAILABLE")).message).toMatch(/rejected.*HTTP 403/);
    server.override(undefined);
  });
});

describe("openai adapter", () => {
  it("asks one chat completion per batch with model, temperature 0, Bearer key and a JSON array", async () => {
    const server = await startOpenAiServer({ apiKey: "sk-1" });
    const engine = new OpenAiEngine({ baseUrl: server.url, apiKey: "sk-1", model: "mock-translator" });
    expect(await engine.pairs()).toEqual([{ from: "*", to: "*" }]);
    expect(await new OpenAiEngine({ ...OPENAI, apiKey: "sk-1", baseUrl: server.url }).pairs()).toHaveLength(12);
    expect(await tr(engine, ["<p>Good morning</p>", "<i>hello</i>"], "en", "fr", "html")).toEqual(["<p>Bonjour</p>", "<i>bonjour</i>"]);
    const req = server.requests.at(-1)!;
    expect(req.headers.authorization).toBe("Bearer sk-1");
    const body = req.body as { model: string; temperature: number; messages: Array<{ role: string; content: string }> };
    expect(body).toMatchObject({ model: "mock-translator", temperature: 0 });
    expect(body.messages.map((m) => m.role)).toEqual(["system", "user"]);
    expect(body.messages[0]!.content).toMatch(/English \(en\) to French \(fr\)[\s\S]*keep every tag/);
    expect(JSON.parse(body.messages[1]!.content)).toEqual(["<p>Good morning</p>", "<i>hello</i>"]);
    await server.close();
  });

  it.each([
    ["a fenced answer", { fence: true }, ["Buenos días", "Muchas gracias"]],
    ["a <think> preamble and a wrapper object", { reply: () => '<think>hmm</think>{"translations":["a","b"]}' }, ["a", "b"]],
  ])("parses %s", async (_name, options, expected) => {
    const server = await startOpenAiServer(options);
    const engine = new OpenAiEngine({ baseUrl: server.url, model: "mock-translator" });
    expect(await tr(engine, KNOWN.texts)).toEqual(expected);
    await server.close();
  });

  it.each([
    ["malformed", () => "Sure! Here is your translation: Buenos días", /did not answer with a JSON array/],
    ["short", () => '["Buenos días"]', /expected 2 translations, the model gave 1/],
    ["non-string", () => '["Buenos días", 2]', /not strings/],
  ])("a %s answer → UNAVAILABLE", async (_name, reply, message) => {
    const server = await startOpenAiServer({ reply });
    const engine = new OpenAiEngine({ baseUrl: server.url, model: "mock-translator" });
    expect((await failure(() => tr(engine, KNOWN.texts), "UNAVAILABLE")).message).toMatch(message);
    await server.close();
  });

  it("wrong key or unknown model → UNAVAILABLE", async () => {
    const server = await startOpenAiServer({ apiKey: "sk-1" });
    const bad = new OpenAiEngine({ baseUrl: server.url, apiKey: "sk-2", model: "mock-translator" });
    expect((await failure(() => bad.pairs(), "UNAVAILABLE")).message).toMatch(/API key was rejected.*401/);
    await failure(() => tr(bad, ["hello"]), "UNAVAILABLE");
    const noModel = new OpenAiEngine({ baseUrl: server.url, apiKey: "sk-1", model: "gpt-nope" });
    expect((await failure(() => tr(noModel, ["hello"]), "UNAVAILABLE")).message).toMatch(/"gpt-nope".*not found/);
    await server.close();
  });
});
