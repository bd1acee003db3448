import { z } from "zod";
import { LanguageError, unavailable, unsupportedPair } from "../../language-error.js";
import type { EngineRequest, LanguagePair, TranslationEngine } from "../translation-engine.js";
import {
  baseUrlOption,
  Cached,
  type JsonResponse,
  matchCode,
  parseOptions,
  parseResponse,
  requestJson,
  statusText,
  timeoutOption,
  toBcp47,
} from "./http-json.js";

const ID = "libretranslate";

const optionsSchema = z.object({
  url: baseUrlOption,
  apiKey: z.string().min(1).optional(),
  timeoutMs: timeoutOption,
});

/** Options for a LibreTranslate server (self-hosted or libretranslate.com). */
export type LibreTranslateOptions = z.input<typeof optionsSchema>;

// Argos models have shipped under two spellings: older servers list `zh`, `zt` (Traditional) and `pb`
// (Brazilian Portuguese); newer ones `zh-Hans` and `zh-Hant`. We use whichever the server lists.
const ALIASES: Record<string, readonly string[]> = {
  "zh-Hans": ["zh"],
  "zh-Hant": ["zt"],
  "pt-BR": ["pb"],
};
const TO_BCP47: Record<string, string> = { zt: "zh-Hant", pb: "pt-BR" };

const languagesSchema = z.array(z.object({ code: z.string(), targets: z.array(z.string()).default([]) }));
const translateSchema = z.object({ translatedText: z.array(z.string()) });

type Languages = Map<string, Set<string>>;

// Messages LibreTranslate gives (with HTTP 400) when a language or a direction is missing.
const UNSUPPORTED = /is not supported|not available as a target language/i;

/** LibreTranslate: `GET /languages`, `POST /translate` with a batch `q`. */
export class LibreTranslateEngine implements TranslationEngine {
  readonly id = ID;
  private readonly options: z.output<typeof optionsSchema>;
  private readonly timeoutMs: number;
  private readonly languages: Cached<Languages>;

  constructor(options: LibreTranslateOptions) {
    this.options = parseOptions(ID, optionsSchema, options);
    this.timeoutMs = this.options.timeoutMs ?? 15_000;
    this.languages = new Cached(() => this.fetchLanguages(), 10 * 60_000);
  }

  async pairs(): Promise<LanguagePair[]> {
    const languages = await this.languages.refresh();
    const pairs: LanguagePair[] = [];
    for (const [from, targets] of languages) {
      for (const to of targets) if (to !== from) pairs.push({ from: bcp47(from), to: bcp47(to) });
    }
    return pairs;
  }

  async translate(request: EngineRequest): Promise<string[]> {
    if (request.texts.length === 0) return [];
    const languages = await this.languages.get();
    const source = matchCode(request.from, languages.keys(), ALIASES);
    const target = source && matchCode(request.to, languages.get(source) ?? [], ALIASES);
    if (!source || !target) throw unsupportedPair(ID, request.from, request.to);

    const res = await requestJson(ID, {
      url: `${this.options.url}/translate`,
      body: {
        q: request.texts,
        source,
        target,
        format: request.format,
        ...(this.options.apiKey ? { api_key: this.options.apiKey } : {}),
      },
      timeoutMs: this.timeoutMs,
    });
    if (res.status !== 200) throw this.failure(res, request);
    const { translatedText } = parseResponse(ID, translateSchema, res.body, "/translate");
    if (translatedText.length !== request.texts.length) {
      throw unavailable(ID, `expected ${request.texts.length} translations, got ${translatedText.length}`);
    }
    return translatedText;
  }

  private async fetchLanguages(): Promise<Languages> {
    // /languages is open on every LibreTranslate server (no api_key), so a bad key only shows on /translate.
    const res = await requestJson(ID, { url: `${this.options.url}/languages`, timeoutMs: this.timeoutMs });
    if (res.status !== 200) throw this.failure(res);
    const list = parseResponse(ID, languagesSchema, res.body, "/languages");
    return new Map(list.map((l) => [l.code, new Set(l.targets)]));
  }

  private failure(res: JsonResponse, request?: EngineRequest): LanguageError {
    const detail = statusText(res);
    // 403 is both "Invalid API key" and "banned for too many limit violations"; either way: not now.
    if (res.status === 403) return unavailable(ID, `access denied (${detail})`);
    if (res.status === 400 && request && UNSUPPORTED.test(detail) && !/format/i.test(detail)) {
      return new LanguageError("UNSUPPORTED_PAIR", `${ID} has no ${request.from}→${request.to} translation (${detail})`, ID);
    }
    // Other 400s: a missing key on a key-only server, or a batch/char limit — the next engine may cope.
    return unavailable(ID, `request rejected (${detail})`);
  }
}

const bcp47 = (code: string): string => TO_BCP47[code] ?? toBcp47(code);
