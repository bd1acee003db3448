import { z } from "zod";
import { LanguageError, unavailable, unsupportedPair } from "../../language-error.js";
import type { EngineRequest, LanguagePair, TranslationEngine } from "../translation-engine.js";
import {
  baseUrlOption,
  Cached,
  chunk,
  type JsonResponse,
  matchCode,
  parseOptions,
  parseResponse,
  requestJson,
  statusText,
  timeoutOption,
  toBcp47,
  vendorMessage,
} from "./http-json.js";

const ID = "google";
// v2 accepts at most 128 text segments per request.
const MAX_TEXTS = 128;

const optionsSchema = z.object({
  apiKey: z.string().min(1),
  url: baseUrlOption.default("https://translation.googleapis.com"),
  timeoutMs: timeoutOption,
});

/** Options for Google Cloud Translation v2 (Basic) with an API key. */
export type GoogleOptions = z.input<typeof optionsSchema>;

// Google lists Chinese as zh-CN / zh-TW and still uses the legacy iw (Hebrew) and jw (Javanese).
const ALIASES: Record<string, readonly string[]> = {
  "zh-Hans": ["zh-CN", "zh"],
  "zh-Hant": ["zh-TW"],
  he: ["iw"],
  jv: ["jw"],
};
const TO_BCP47: Record<string, string> = { iw: "he", jw: "jv" };

const languagesSchema = z.object({ data: z.object({ languages: z.array(z.object({ language: z.string() })) }) });
const translateSchema = z.object({ data: z.object({ translations: z.array(z.object({ translatedText: z.string() })) }) });

/**
 * Google Cloud Translation Basic (v2): `GET /language/translate/v2/languages`, `POST /language/translate/v2`.
 * Every listed language translates to every other. We always send `format` explicitly: v2 defaults to html,
 * which HTML-escapes plain text (`'` → `&#39;`); with `format: "text"` the answer is plain text and is
 * returned as is (decoding it again would corrupt a literal "&amp;" in the source), and with `html` it is
 * HTML, where entities are correct and kept.
 */
export class GoogleTranslateEngine implements TranslationEngine {
  readonly id = ID;
  private readonly options: z.output<typeof optionsSchema>;
  private readonly timeoutMs: number;
  private readonly languages: Cached<string[]>;

  constructor(options: GoogleOptions) {
    this.options = parseOptions(ID, optionsSchema, options);
    this.timeoutMs = this.options.timeoutMs ?? 15_000;
    this.languages = new Cached(() => this.fetchLanguages(), 10 * 60_000);
  }

  async pairs(): Promise<LanguagePair[]> {
    const codes = [...new Set((await this.languages.refresh()).map(bcp47))];
    return codes.flatMap((from) => codes.filter((to) => to !== from).map((to) => ({ from, to })));
  }

  async translate(request: EngineRequest): Promise<string[]> {
    if (request.texts.length === 0) return [];
    const languages = await this.languages.get();
    const source = matchCode(request.from, languages, ALIASES);
    const target = matchCode(request.to, languages, ALIASES);
    if (!source || !target || source === target) throw unsupportedPair(ID, request.from, request.to);

    const out: string[] = [];
    for (const q of chunk(request.texts, MAX_TEXTS)) {
      const res = await this.call("", { q, source, target, format: request.format });
      if (res.status !== 200) throw this.failure(res, request);
      const { translations } = parseResponse(ID, translateSchema, res.body, "translate").data;
      if (translations.length !== q.length) {
        throw unavailable(ID, `expected ${q.length} translations, got ${translations.length}`);
      }
      out.push(...translations.map((t) => t.translatedText));
    }
    return out;
  }

  private async fetchLanguages(): Promise<string[]> {
    const res = await this.call("/languages");
    if (res.status !== 200) throw this.failure(res);
    return parseResponse(ID, languagesSchema, res.body, "languages").data.languages.map((l) => l.language);
  }

  private call(path: string, body?: unknown): Promise<JsonResponse> {
    const key = encodeURIComponent(this.options.apiKey);
    return requestJson(ID, {
      url: `${this.options.url}/language/translate/v2${path}?key=${key}`,
      body,
      timeoutMs: this.timeoutMs,
    });
  }

  private failure(res: JsonResponse, request?: EngineRequest): LanguageError {
    const reasons = errorReasons(res.body);
    // A wrong key is a 400 (reason API_KEY_INVALID / "API key not valid"), a missing or restricted one a 403.
    if (res.status === 401 || res.status === 403 || reasons.some((r) => /key/i.test(r))) {
      return unavailable(ID, `the API key was rejected (${statusText(res)})`);
    }
    if (reasons.some((r) => /rateLimit|quota/i.test(r))) {
      return unavailable(ID, `quota or rate limit reached (${statusText(res)})`);
    }
    const message = vendorMessage(res.body) ?? "";
    if (res.status === 400 && request && /language|invalid value/i.test(message)) {
      return new LanguageError("UNSUPPORTED_PAIR", `${ID} has no ${request.from}→${request.to} translation (${statusText(res)})`, ID);
    }
    return unavailable(ID, `request rejected (${statusText(res)})`);
  }
}

/** `error.errors[].reason` and `error.details[].reason` from a Google error body. */
function errorReasons(body: unknown): string[] {
  const parsed = z
    .object({
      error: z.object({
        message: z.string().optional(),
        errors: z.array(z.object({ reason: z.string().optional() })).optional(),
        details: z.array(z.object({ reason: z.string().optional() })).optional(),
      }),
    })
    .safeParse(body);
  if (!parsed.success) return [];
  const { error } = parsed.data;
  const reasons = [...(error.errors ?? []), ...(error.details ?? [])].map((e) => e.reason);
  if (error.message && /api key/i.test(error.message)) reasons.push("API_KEY");
  return reasons.filter((r): r is string => r !== undefined);
}

const bcp47 = (code: string): string => TO_BCP47[code] ?? toBcp47(code);
