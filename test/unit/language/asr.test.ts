import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { audioFileName, isoLanguage, OpenAiTranscription, speechRecognizerFromEnv } from "../../../src/language/asr/openai-transcription.js";
import { LanguageError } from "../../../src/language/language-error.js";
import { cueEnds, escapeCueText, formatTimestamp, toWebVtt } from "../../../src/modules/calls/webvtt.js";
import { startHangingServer, unusedUrl } from "../../support/protocol-servers/json-server.js";
import { startTranscriptionServer, type TranscriptionServer } from "../../support/protocol-servers/openai-transcription-server.js";

const speech = (text: string) => Buffer.from(text, "utf8");

async function unavailable(call: () => Promise<unknown>): Promise<LanguageError> {
  const err = await call().catch((e: unknown) => e);
  expect(err).toBeInstanceOf(LanguageError);
  expect((err as LanguageError).code, (err as Error).message).toBe("UNAVAILABLE");
  expect((err as LanguageError).engine).toBe("openai-transcription");
  return err as LanguageError;
}

describe("OpenAI-compatible transcription adapter", () => {
  let server: TranscriptionServer;
  let asr: OpenAiTranscription;
  beforeAll(async () => {
    server = await startTranscriptionServer({ apiKey: "sk-asr", models: ["whisper-1"] });
    asr = new OpenAiTranscription({ baseUrl: `${server.url}/`, apiKey: "sk-asr", model: "whisper-1" });
  });
  afterAll(() => server.close());

  it("uploads the audio as multipart with model, ISO-639-1 language and json format, and returns the text", async () => {
    const out = await asr.transcribe({ audio: speech("Hello, I am calling about my order."), mimeType: "audio/webm;codecs=opus", language: "en-IN" });
    expect(out).toEqual({ text: "Hello, I am calling about my order." });
    const req = server.requests.at(-1)!;
    expect(req).toMatchObject({ method: "POST", path: "/v1/audio/transcriptions" });
    expect(req.headers.authorization).toBe("Bearer sk-asr");
    expect(req.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(req.fields).toEqual({ model: "whisper-1", language: "en", response_format: "json" });
    expect(req.file).toMatchObject({ name: "audio.webm", type: "audio/webm;codecs=opus", size: 35 });
  });

  it("keeps non-ASCII speech intact and maps regional hints to the bare language", async () => {
    const out = await asr.transcribe({ audio: speech("Mi pedido llegó roto, ¿me ayudan?"), mimeType: "audio/wav", language: "es-US" });
    expect(out.text).toBe("Mi pedido llegó roto, ¿me ayudan?");
    expect(server.requests.at(-1)!.fields.language).toBe("es");
    expect(server.requests.at(-1)!.file?.name).toBe("audio.wav");
  });

  it("sends no language without a hint, or when the hint has no two-letter code", async () => {
    await asr.transcribe({ audio: speech("Magandang umaga po"), mimeType: "audio/ogg", language: "fil-PH" });
    expect(server.requests.at(-1)!.fields).not.toHaveProperty("language");
    await asr.transcribe({ audio: speech("hi"), mimeType: "audio/mpeg" });
    expect(server.requests.at(-1)!.fields).toEqual({ model: "whisper-1", response_format: "json" });
  });

  it("maps hints and media types", () => {
    expect([isoLanguage("en-IN"), isoLanguage("zh-Hant-TW"), isoLanguage("pt_BR"), isoLanguage("yue"), isoLanguage(undefined)]).toEqual(["en", "zh", "pt", undefined, undefined]);
    expect(["audio/mp4", "audio/x-wav", "video/webm", "audio/x-flac", "audio/aiff"].map(audioFileName)).toEqual(["audio.m4a", "audio.wav", "audio.webm", "audio.flac", "audio.aiff"]);
  });

  it("a rejected API key, an unknown model and a refused upload are UNAVAILABLE with the vendor's reason", async () => {
    const badKey = new OpenAiTranscription({ baseUrl: server.url, apiKey: "sk-wrong", model: "whisper-1" });
    expect((await unavailable(() => badKey.transcribe({ audio: speech("x"), mimeType: "audio/wav" }))).message).toMatch(/API key was rejected.*HTTP 401: Incorrect API key/);
    const noKey = new OpenAiTranscription({ baseUrl: server.url, model: "whisper-1" });
    expect(server.requests.length).toBeGreaterThan(0);
    await unavailable(() => noKey.transcribe({ audio: speech("x"), mimeType: "audio/wav" }));
    expect(server.requests.at(-1)!.headers.authorization).toBeUndefined();
    const badModel = new OpenAiTranscription({ baseUrl: server.url, apiKey: "sk-asr", model: "whisper-9" });
    expect((await unavailable(() => badModel.transcribe({ audio: speech("x"), mimeType: "audio/wav" }))).message).toMatch(/model "whisper-9" or endpoint not found/);
    expect((await unavailable(() => asr.transcribe({ audio: speech("x"), mimeType: "audio/aiff" }))).message).toMatch(/HTTP 400: Invalid file format/);
    expect((await unavailable(() => asr.transcribe({ audio: Buffer.from([0xff, 0xfe, 0xfd]), mimeType: "audio/wav" }))).message).toMatch(/corrupted/);
  });

  it("5xx, 429 and a 200 that isn't a transcription are UNAVAILABLE", async () => {
    try {
      server.override({ status: 503, body: { error: { message: "The server is overloaded" } } });
      expect((await unavailable(() => asr.transcribe({ audio: speech("x"), mimeType: "audio/wav" }))).message).toMatch(/failed \(HTTP 503: The server is overloaded\)/);
      server.override({ status: 429, body: { error: { message: "Rate limit reached" } } });
      expect((await unavailable(() => asr.transcribe({ audio: speech("x"), mimeType: "audio/wav" }))).message).toMatch(/rate limiting/);
      server.override({ status: 200, body: { transcript: "wrong field" } });
      expect((await unavailable(() => asr.transcribe({ audio: speech("x"), mimeType: "audio/wav" }))).message).toMatch(/unexpected transcription response at text/);
    } finally {
      server.override(undefined);
    }
  });

  it("a server that never answers is UNAVAILABLE within the timeout; an unreachable one names the reason", async () => {
    const hanging = await startHangingServer("silent");
    try {
      const slow = new OpenAiTranscription({ baseUrl: hanging.url, model: "whisper-1", timeoutMs: 200 });
      const started = Date.now();
      expect((await unavailable(() => slow.transcribe({ audio: speech("x"), mimeType: "audio/wav" }))).message).toMatch(/did not answer within 200 ms/);
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      await hanging.close();
    }
    const dead = new OpenAiTranscription({ baseUrl: await unusedUrl(), model: "whisper-1" });
    expect((await unavailable(() => dead.transcribe({ audio: speech("x"), mimeType: "audio/wav" }))).message).toMatch(/cannot reach .*ECONNREFUSED/);
  });

  it("validates options and reads the environment", () => {
    expect(() => new OpenAiTranscription({ baseUrl: "http://h/v1" } as never)).toThrow(/openai-transcription.*missing required option "model"/);
    expect(() => new OpenAiTranscription({ baseUrl: "ftp://h", model: "m" })).toThrow(/invalid option "baseUrl"/);
    expect(speechRecognizerFromEnv({})).toBeNull();
    expect(() => speechRecognizerFromEnv({ MUNDO_ASR_BASE_URL: "http://127.0.0.1:9/v1" })).toThrow(/MUNDO_ASR_MODEL is required/);
    expect(() => speechRecognizerFromEnv({ MUNDO_ASR_BASE_URL: "nope", MUNDO_ASR_MODEL: "m" })).toThrow(/MUNDO_ASR_BASE_URL must be/);
    expect(speechRecognizerFromEnv({ MUNDO_ASR_BASE_URL: "http://127.0.0.1:9/v1", MUNDO_ASR_MODEL: "whisper-1" })?.id).toBe("openai-transcription");
  });
});

describe("WebVTT", () => {
  it("formats timestamps with hours and milliseconds", () => {
    expect([0, 1500, 61_001, 3_600_000 + 2 * 60_000 + 3_004, 100 * 3_600_000].map(formatTimestamp)).toEqual([
      "00:00:00.000",
      "00:00:01.500",
      "00:01:01.001",
      "01:02:03.004",
      "100:00:00.000",
    ]);
  });

  it("escapes &, < and > and never lets a blank line end a cue early", () => {
    expect(escapeCueText("a < b && c > d --> e")).toBe("a &lt; b &amp;&amp; c &gt; d --&gt; e");
    expect(escapeCueText("<script>alert(1)</script>")).toBe("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(escapeCueText("line one\n\n\nline   two\r\n")).toBe("line one\nline two");
  });

  it("writes the header, timed cues with voice spans, and skips empty cues", () => {
    const vtt = toWebVtt([
      { startMs: 0, endMs: 2000, voice: "Agent", text: "Hello & welcome" },
      { startMs: 2500, endMs: 2500, voice: "Cust<omer>", text: "Hola\n\n<b>" },
      { startMs: 3000, endMs: 4000, text: "   " },
    ]);
    expect(vtt).toBe(
      "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n<v Agent>Hello &amp; welcome</v>\n\n00:00:02.500 --> 00:00:02.501\n<v Cust&lt;omer&gt;>Hola\n&lt;b&gt;</v>\n",
    );
  });

  it("times cues by their duration, else by reading speed cut at the next start", () => {
    const ends = cueEnds([
      { startedAt: 0, durationMs: 1200, text: "one" },
      { startedAt: 1000, durationMs: null, text: "two words here and some more words now" },
      { startedAt: 2000, durationMs: null, text: "ok" },
    ]);
    expect(ends).toEqual([1200, 2000, 3000]);
  });
});
