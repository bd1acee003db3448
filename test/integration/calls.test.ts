import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { buildApp } from "../../src/app.js";
import { InlineJobQueue } from "../../src/jobs/inline-job-queue.js";
import { OpenAiTranscription } from "../../src/language/asr/openai-transcription.js";
import type { SpeechRecognizer } from "../../src/language/asr/speech-recognizer.js";
import { createLanguageRuntime } from "../../src/language/create-language-runtime.js";
import { createLanguageStores } from "../../src/modules/language/index.js";
import { startTranscriptionServer, type TranscriptionServer } from "../support/protocol-servers/openai-transcription-server.js";
import { createTestDatabase } from "../support/test-database.js";
import { translationConfig } from "../support/test-app.js";
import { waitFor } from "../support/wait-for.js";

// Like createTestApp, with a speech recognizer of the test's choosing.
async function startApp(engines: string, recognizer: SpeechRecognizer | null) {
  const db = await createTestDatabase();
  const jobs = new InlineJobQueue(db.database.db);
  const stores = createLanguageStores(db.database.db);
  const runtime = await createLanguageRuntime(translationConfig({ MUNDO_TRANSLATION_ENGINES: engines }), { memory: stores.memory.store, glossary: stores.glossary.store });
  const { app, services } = await buildApp({ database: db.database, jobs, sessionTtlHours: 1, logLevel: "silent", webDist: null, language: { runtime, stores }, asr: recognizer });
  const s = services;
  await jobs.start();
  await s.users.ensureAdmin("admin@calls.example", "admin-password-1");
  const token = (await s.auth.login("admin@calls.example", "admin-password-1")).token;
  await app.listen({ port: 0, host: "127.0.0.1" });
  const call = async (method: "GET" | "POST", url: string, body?: unknown) => {
    const res = await app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(body === undefined ? {} : { payload: body as object }) });
    return { status: res.statusCode, headers: res.headers, text: res.body, body: res.body && String(res.headers["content-type"]).includes("json") ? res.json() : undefined };
  };
  return {
    token,
    call,
    ws: `ws://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
    async close() {
      await app.close();
      await jobs.stop();
      await runtime.close();
      await db.dispose();
    },
  };
}

/** A caption socket that records every message and how it closed. */
async function captions(url: string) {
  const socket = new WebSocket(url);
  const messages: any[] = [];
  let closed: { code: number; reason: string } | undefined;
  socket.on("message", (data) => messages.push(JSON.parse(String(data))));
  socket.on("close", (code, reason) => (closed = { code, reason: String(reason) }));
  await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
  return {
    socket,
    messages,
    closed: () => waitFor(async () => closed, 10_000, "socket close"),
    next: (type: string, pick: (m: any) => boolean = () => true) => waitFor(async () => messages.find((m) => m.type === type && pick(m)), 20_000, `${type} message`),
  };
}

const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
// WebVTT escaping, and runs of spaces shown as one (Apertium sometimes doubles a space).
const esc = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\t ]+/g, " ");

let t: Awaited<ReturnType<typeof startApp>>;
let asr: TranscriptionServer;
beforeAll(async () => {
  asr = await startTranscriptionServer({ apiKey: "sk-asr", models: ["whisper-1"] });
  t = await startApp("apertium", new OpenAiTranscription({ baseUrl: asr.url, apiKey: "sk-asr", model: "whisper-1" }));
});
afterAll(async () => {
  await t?.close();
  await asr?.close();
});

describe("live-captioned calls", () => {
  let call: any;
  let agentWs: Awaited<ReturnType<typeof captions>>;
  let customerWs: Awaited<ReturnType<typeof captions>>;
  const said: any[] = [];

  it("starts a call for a customer in a new call conversation, in the customer's language", async () => {
    const customer = await t.call("POST", "/api/v1/customers", { name: "Lucía Fernández", emails: ["lucia@example.mx"], preferredLanguages: ["es-MX"] });
    const res = await t.call("POST", "/api/v1/calls", { customerId: customer.body.id });
    expect(res.status).toBe(201);
    call = res.body;
    expect(call).toMatchObject({ status: "active", agentLanguage: "en", customerLanguage: "es-MX", messageId: null, customerCaptionsPath: `/api/v1/calls/${call.id}/captions?key=${call.customerToken}` });
    expect(call.customerToken).toMatch(/^[\w-]{32}$/);
    const conversation = await t.call("GET", `/api/v1/conversations/${call.conversationId}`);
    expect(conversation.body).toMatchObject({ channel: "call", customerId: customer.body.id });
    expect((await t.call("GET", `/api/v1/calls/${call.id}`)).body).not.toHaveProperty("customerToken");
  });

  it("opens the caption socket for the agent (token) and the customer (call key) only", async () => {
    agentWs = await captions(`${t.ws}/api/v1/calls/${call.id}/captions?token=${t.token}`);
    customerWs = await captions(`${t.ws}${call.customerCaptionsPath}`);
    expect(await agentWs.next("hello")).toMatchObject({ side: "agent", call: { id: call.id, conversationId: call.conversationId }, segments: [] });
    const hello = await customerWs.next("hello");
    expect(hello).toMatchObject({ side: "customer", call: { id: call.id, agentLanguage: "en", customerLanguage: "es-MX" } });
    expect(hello.call).not.toHaveProperty("conversationId");
    for (const query of ["key=wrong-key", "token=not-a-token", ""]) {
      const refused = await captions(`${t.ws}/api/v1/calls/${call.id}/captions?${query}`);
      expect(await refused.closed()).toEqual({ code: 4401, reason: expect.any(String) });
    }
    const missing = await captions(`${t.ws}/api/v1/calls/00000000-0000-4000-8000-000000000000/captions?token=${t.token}`);
    expect((await missing.closed()).code).toBe(4404);
  });

  it("translates what each side says into the other's language and pushes it to both sides", async () => {
    const agent = await t.call("POST", `/api/v1/calls/${call.id}/segments`, { speaker: "agent", text: "Good morning, how can I help you?", startedAt: 0, durationMs: 2500 });
    expect(agent.status).toBe(201);
    expect(agent.body).toMatchObject({ callId: call.id, speaker: "agent", source: "text", language: "en", startedAt: 0, note: null, translation: { to: "es", provenance: { engine: "apertium" } } });
    expect(agent.body.translation.text).toMatch(/Buenos días/i);
    const customer = await t.call("POST", `/api/v1/calls/${call.id}/segments`, { speaker: "customer", text: "Mi pedido llegó roto y necesito otro.", startedAt: 3000, durationMs: 3000 });
    expect(customer.body).toMatchObject({ speaker: "customer", language: "es-MX", translation: { to: "en", provenance: { engine: "apertium" } } });
    expect(customer.body.translation.text).toMatch(/broken/i);
    said.push(agent.body, customer.body);
    for (const side of [agentWs, customerWs]) {
      for (const segment of said) expect((await side.next("caption", (m) => m.segment.id === segment.id)).segment).toEqual(segment);
    }
  });

  it("transcribes audio through the configured recognizer with the speaker's language as hint", async () => {
    const res = await t.call("POST", `/api/v1/calls/${call.id}/audio`, { speaker: "customer", audioBase64: b64("¿Cuándo llega el nuevo paquete?"), mimeType: "audio/webm;codecs=opus", startedAt: 6500, durationMs: 2000 });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ speaker: "customer", source: "audio", text: "¿Cuándo llega el nuevo paquete?", language: "es-MX", translation: { to: "en" } });
    expect(res.body.translation.text).toMatch(/new|package|parcel/i);
    expect(asr.requests.at(-1)).toMatchObject({ headers: { authorization: "Bearer sk-asr" }, fields: { model: "whisper-1", language: "es", response_format: "json" }, file: { name: "audio.webm" } });
    said.push(res.body);
    expect((await agentWs.next("caption", (m) => m.segment.id === res.body.id)).segment.source).toBe("audio");

    const hinted = await t.call("POST", `/api/v1/calls/${call.id}/audio`, { speaker: "agent", audioBase64: b64("   "), mimeType: "audio/wav", languageHint: "en-IN" });
    expect(hinted.status).toBe(204);
    expect(asr.requests.at(-1)!.fields.language).toBe("en");
    asr.override({ status: 500, body: { error: { message: "model crashed" } } });
    const failed = await t.call("POST", `/api/v1/calls/${call.id}/audio`, { speaker: "agent", audioBase64: b64("hello"), mimeType: "audio/wav" });
    asr.override(undefined);
    expect(failed.status).toBe(503);
    expect(failed.body.error.message).toMatch(/^Speech recognition failed: .*HTTP 500: model crashed/);
  });

  it("accepts speech the browser recognised over the socket, as that socket's side", async () => {
    customerWs.socket.send(JSON.stringify({ type: "segment", text: "Muchas gracias por su ayuda.", startedAt: 9000, durationMs: 1500 }));
    const caption = await agentWs.next("caption", (m) => m.segment.startedAt === 9000);
    expect(caption.segment).toMatchObject({ speaker: "customer", text: "Muchas gracias por su ayuda.", translation: { to: "en" } });
    said.push(caption.segment);
    customerWs.socket.send(JSON.stringify({ type: "segment", text: "" }));
    expect((await customerWs.next("error")).error).toMatchObject({ code: "VALIDATION_FAILED", message: expect.stringMatching(/^text:/) });
  });

  it("keeps markup in speech as text in the captions", async () => {
    const res = await t.call("POST", `/api/v1/calls/${call.id}/segments`, { speaker: "agent", text: "Order <b>42</b> & 43 ship today.", language: "en", startedAt: 11000, durationMs: 2000 });
    expect(res.body.text).toBe("Order <b>42</b> & 43 ship today.");
    said.push(res.body);
  });

  it("refuses bad input clearly", async () => {
    const cases: Array<[string, unknown, number, string | undefined]> = [
      ["/api/v1/calls", { customerId: call.id, conversationId: call.conversationId }, 400, "conversationId"],
      ["/api/v1/calls", {}, 400, "conversationId"],
      ["/api/v1/calls", { conversationId: "00000000-0000-4000-8000-000000000000" }, 404, undefined],
      [`/api/v1/calls/${call.id}/segments`, { speaker: "robot", text: "hi" }, 400, "speaker"],
      [`/api/v1/calls/${call.id}/audio`, { speaker: "agent", audioBase64: "not base64!", mimeType: "audio/wav" }, 400, "audioBase64"],
      [`/api/v1/calls/${call.id}/audio`, { speaker: "agent", audioBase64: b64("x"), mimeType: "text/html" }, 400, "mimeType"],
      [`/api/v1/calls/${call.id}/audio`, { speaker: "agent", audioBase64: "A".repeat(900_004), mimeType: "audio/wav" }, 400, "audioBase64"],
    ];
    for (const [url, body, status, field] of cases) {
      const res = await t.call("POST", url, body);
      expect([url, res.status, res.body.error.field]).toEqual([url, status, field]);
    }
  });

  it("ends the call: both sides are told, and the transcript becomes one message of the conversation", async () => {
    const ended = await t.call("POST", `/api/v1/calls/${call.id}/end`);
    expect(ended.body).toMatchObject({ status: "ended", messageId: expect.any(String) });
    for (const side of [agentWs, customerWs]) {
      expect((await side.next("ended")).call).toMatchObject({ id: call.id, status: "ended" });
      expect((await side.closed()).code).toBe(1000);
    }
    const m = (await t.call("GET", `/api/v1/messages/${ended.body.messageId}`)).body;
    const line = (s: any, text: string) => `${s.speaker === "agent" ? "Agent" : "Customer"}: ${text}`;
    expect(m).toMatchObject({ conversationId: call.conversationId, channel: "call", externalId: `call:${call.id}`, direction: "in", state: "processed", language: "es-MX" });
    expect(m.original.text).toBe(said.map((s) => line(s, s.text)).join("\n"));
    expect(m.translation).toMatchObject({ to: "en", provenance: { engine: "apertium" } });
    expect(m.translation.text).toBe(said.map((s) => line(s, s.speaker === "customer" ? s.translation.text : s.text)).join("\n"));

    const again = await t.call("POST", `/api/v1/calls/${call.id}/end`);
    expect([again.status, again.body.messageId]).toEqual([200, ended.body.messageId]);
    expect((await t.call("GET", `/api/v1/messages?externalId=call:${call.id}`)).body.total).toBe(1);
    expect((await t.call("GET", `/api/v1/conversations/${call.conversationId}`)).body.language).toBe("es-MX");
    const late = await t.call("POST", `/api/v1/calls/${call.id}/segments`, { speaker: "agent", text: "Hello?" });
    expect(late.status).toBe(409);
    const afterEnd = await captions(`${t.ws}${call.customerCaptionsPath}`);
    expect((await afterEnd.next("ended")).call.status).toBe("ended");
  });

  it("exports the transcript as WebVTT, original or translated", async () => {
    const original = await t.call("GET", `/api/v1/calls/${call.id}/transcript.vtt`);
    expect(original.headers["content-type"]).toBe("text/vtt; charset=utf-8");
    expect(original.text).toBe(
      [
        "WEBVTT",
        "00:00:00.000 --> 00:00:02.500\n<v Agent>Good morning, how can I help you?</v>",
        "00:00:03.000 --> 00:00:06.000\n<v Customer>Mi pedido llegó roto y necesito otro.</v>",
        "00:00:06.500 --> 00:00:08.500\n<v Customer>¿Cuándo llega el nuevo paquete?</v>",
        "00:00:09.000 --> 00:00:10.500\n<v Customer>Muchas gracias por su ayuda.</v>",
        "00:00:11.000 --> 00:00:13.000\n<v Agent>Order &lt;b&gt;42&lt;/b&gt; &amp; 43 ship today.</v>",
      ].join("\n\n") + "\n",
    );
    const translated = await t.call("GET", `/api/v1/calls/${call.id}/transcript.vtt?lang=translated`);
    const cues = translated.text.split("\n\n").slice(1);
    expect(cues).toHaveLength(5);
    said.forEach((s, i) => expect(cues[i]).toBe(`${original.text.split("\n\n")[i + 1]!.split("\n")[0]}\n<v ${s.speaker === "agent" ? "Agent" : "Customer"}>${esc(s.translation.text)}</v>${i === 4 ? "\n" : ""}`));
    expect(cues[0]).toMatch(/Buenos días/);
    expect(cues[4]).not.toMatch(/<b>|&(?!amp;|lt;|gt;)/);
    expect((await t.call("GET", `/api/v1/calls/${call.id}/transcript.vtt?lang=spanish`)).status).toBe(400);
  });

  it("learns the customer's language from their first words when nobody knew it", async () => {
    const customer = await t.call("POST", "/api/v1/customers", { name: "Jordi Puig", phones: ["+34 600 123 456"] });
    const c = (await t.call("POST", "/api/v1/calls", { customerId: customer.body.id })).body;
    expect(c.customerLanguage).toBeNull();
    const first = await t.call("POST", `/api/v1/calls/${c.id}/segments`, { speaker: "agent", text: "Hello, thank you for calling." });
    expect(first.body).toMatchObject({ language: "en", translation: null, note: "the customer's language is not known yet" });
    await t.call("POST", `/api/v1/calls/${c.id}/segments`, { speaker: "customer", text: "Buenas tardes, tengo un problema con mi factura." });
    expect((await t.call("GET", `/api/v1/calls/${c.id}`)).body.customerLanguage).toBe("es");
    const next = await t.call("POST", `/api/v1/calls/${c.id}/segments`, { speaker: "agent", text: "I will check your invoice now." });
    expect(next.body.translation).toMatchObject({ to: "es", provenance: { engine: "apertium" } });
    const inConversation = await t.call("POST", "/api/v1/calls", { conversationId: c.conversationId });
    expect(inConversation.body).toMatchObject({ conversationId: c.conversationId, customerLanguage: null });
    const listed = await t.call("GET", `/api/v1/calls?conversationId=${c.conversationId}`);
    expect(listed.body.items.map((x: any) => x.id)).toEqual([inConversation.body.id, c.id]);
  });
});

describe("calls without a speech recognizer", () => {
  it("refuses audio with 503 and says how to configure one, while text segments still work", async () => {
    const bare = await startApp("none", null);
    try {
      const customer = await bare.call("POST", "/api/v1/customers", { name: "Ana", emails: ["ana@example.es"] });
      const c = (await bare.call("POST", "/api/v1/calls", { customerId: customer.body.id, customerLanguage: "es" })).body;
      const audio = await bare.call("POST", `/api/v1/calls/${c.id}/audio`, { speaker: "customer", audioBase64: b64("hola"), mimeType: "audio/wav" });
      expect(audio.status).toBe(503);
      expect(audio.body.error).toMatchObject({ code: "UNAVAILABLE", message: expect.stringMatching(/MUNDO_ASR_BASE_URL/) });
      const text = await bare.call("POST", `/api/v1/calls/${c.id}/segments`, { speaker: "agent", text: "Hello there, how are you today?" });
      expect(text.body).toMatchObject({ language: "en", translation: null, note: expect.stringMatching(/en→es/) });
    } finally {
      await bare.close();
    }
  });
});
