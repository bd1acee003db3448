import { z } from "zod";
import { unavailable } from "../language-error.js";
import { primaryTag } from "../language-tags.js";
import {
  baseUrlOption,
  type JsonResponse,
  networkReason,
  parseJson,
  parseOptions,
  parseResponse,
  statusText,
  timeoutOption,
} from "../translation/engines/http-json.js";
import type { SpeechRecognizer, TranscribeRequest, Transcription } from "./speech-recognizer.js";

const ID = "openai-transcription";

const optionsSchema = z.object({
  baseUrl: baseUrlOption,
  apiKey: z.string().min(1).optional(),
  model: z.string().min(1),
  timeoutMs: timeoutOption,
});

/**
 * Options for any OpenAI-compatible `POST {baseUrl}/audio/transcriptions` (OpenAI Whisper, faster-whisper-server,
 * whisper.cpp server, LocalAI…): `baseUrl` is the API root such as `http://127.0.0.1:8000/v1`.
 */
export type OpenAiTranscriptionOptions = z.input<typeof optionsSchema>;

const transcriptionSchema = z.object({ text: z.string(), language: z.string().optional() });

// The API infers the container from the file name, so the upload needs the right extension.
const EXTENSIONS: Record<string, string> = {
  "audio/webm": "webm",
  "video/webm": "webm",
  "audio/ogg": "ogg",
  "audio/opus": "ogg",
  "audio/wav": "wav",
  "audio/wave": "wav",
  "audio/x-wav": "wav",
  "audio/vnd.wave": "wav",
  "audio/mpeg": "mp3",
  "audio/mp3": "mp3",
  "audio/mp4": "m4a",
  "audio/x-m4a": "m4a",
  "audio/m4a": "m4a",
  "video/mp4": "mp4",
  "audio/flac": "flac",
  "audio/x-flac": "flac",
};

/** The file name sent for a media type: `audio/webm;codecs=opus` → `audio.webm`. */
export function audioFileName(mimeType: string): string {
  const type = mimeType.split(";")[0]!.trim().toLowerCase();
  const ext = EXTENSIONS[type] ?? (type.split("/")[1] ?? "").replace(/^x-/, "").replace(/[^a-z0-9]/g, "");
  return `audio.${ext || "bin"}`;
}

/**
 * The API's `language` (ISO-639-1) for a BCP 47 hint: `en-IN` → `en`, `zh-Hant-TW` → `zh`. Languages without
 * a two-letter code (`fil`, `yue`) give undefined, so the recognizer detects the language itself.
 */
export function isoLanguage(hint: string | undefined): string | undefined {
  if (!hint) return undefined;
  const lang = primaryTag(hint);
  return /^[a-z]{2}$/.test(lang) ? lang : undefined;
}

/** Speech to text through an OpenAI-compatible transcription endpoint, one multipart upload per request. */
export class OpenAiTranscription implements SpeechRecognizer {
  readonly id = ID;
  private readonly options: z.output<typeof optionsSchema>;
  private readonly timeoutMs: number;

  constructor(options: OpenAiTranscriptionOptions) {
    this.options = parseOptions(ID, optionsSchema, options);
    // A local model on CPU may need several seconds per chunk; past a minute a live caption is useless anyway.
    this.timeoutMs = this.options.timeoutMs ?? 60_000;
  }

  async transcribe(request: TranscribeRequest): Promise<Transcription> {
    const form = new FormData();
    // Copied into a plain ArrayBuffer-backed view, which is what Blob accepts.
    form.append("file", new Blob([new Uint8Array(request.audio)], { type: request.mimeType }), audioFileName(request.mimeType));
    form.append("model", this.options.model);
    const language = isoLanguage(request.language);
    if (language) form.append("language", language);
    form.append("response_format", "json");

    const res = await this.post("/audio/transcriptions", form);
    if (res.status !== 200) throw this.failure(res);
    const body = parseResponse(ID, transcriptionSchema, res.body, "transcription");
    // Some servers add the detected language; Whisper itself names it ("english"), which isn't a tag.
    const detected = body.language && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(body.language) ? body.language : undefined;
    return { text: body.text.trim(), ...(detected ? { language: detected } : {}) };
  }

  private async post(path: string, form: FormData): Promise<JsonResponse> {
    const url = `${this.options.baseUrl}${path}`;
    const { origin } = new URL(url);
    let status: number;
    let text: string;
    try {
      const res = await fetch(url, {
        method: "POST",
        headers: { accept: "application/json", ...(this.options.apiKey ? { authorization: `Bearer ${this.options.apiKey}` } : {}) },
        // fetch writes the multipart boundary into the content-type itself.
        body: form,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      status = res.status;
      text = await res.text();
    } catch (err) {
      if (err instanceof Error && err.name === "TimeoutError") {
        throw unavailable(ID, `${origin} did not answer within ${this.timeoutMs} ms`, err);
      }
      throw unavailable(ID, `cannot reach ${origin} (${networkReason(err)})`, err);
    }
    const res: JsonResponse = { status, body: parseJson(text), text };
    if (status === 429) throw unavailable(ID, `${origin} is rate limiting requests (${statusText(res)})`);
    if (status >= 500) throw unavailable(ID, `${origin} failed (${statusText(res)})`);
    if (status === 200 && res.body === undefined) throw unavailable(ID, `${origin} answered HTTP 200 without a JSON body`);
    return res;
  }

  private failure(res: JsonResponse) {
    if (res.status === 401 || res.status === 403) return unavailable(ID, `the API key was rejected (${statusText(res)})`);
    if (res.status === 404) return unavailable(ID, `model "${this.options.model}" or endpoint not found (${statusText(res)})`);
    return unavailable(ID, `request rejected (${statusText(res)})`);
  }
}

/**
 * The recognizer configured by `MUNDO_ASR_BASE_URL`, `MUNDO_ASR_MODEL` and `MUNDO_ASR_API_KEY`, or null when
 * no base URL is set. Throws naming the variable when the URL is set without a model or is malformed.
 */
export function speechRecognizerFromEnv(env: Readonly<Record<string, string | undefined>>): SpeechRecognizer | null {
  const baseUrl = env.MUNDO_ASR_BASE_URL?.trim();
  if (!baseUrl) return null;
  const model = env.MUNDO_ASR_MODEL?.trim();
  if (!model) throw new Error("MUNDO_ASR_MODEL is required when MUNDO_ASR_BASE_URL is set (e.g. whisper-1)");
  if (!baseUrlOption.safeParse(baseUrl).success) throw new Error("MUNDO_ASR_BASE_URL must be an http:// or https:// URL");
  return new OpenAiTranscription({ baseUrl, model, apiKey: env.MUNDO_ASR_API_KEY?.trim() || undefined });
}

