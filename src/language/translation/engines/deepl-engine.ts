import { z } from "zod";
import { LanguageError, unavailable, unsupportedPair } from "../../language-error.js";
import type { EngineRequest, LanguagePair, TranslationEngine } from "../translation-engine.js";
import {
  baseUrlOption,
  Cached,
  chunk,
  type JsonResponse,
  parseOptions,
  parseResponse,
  requestJson,
  statusText,
  timeoutOption,
  toBcp47,
} from "./http-json.js";

const ID = "deepl";
const FREE_URL = "https://api-free.deepl.com";
const PRO_URL = "https://api.deepl.com";
// DeepL accepts at most 50 texts per /v2/translate request.
const MAX_TEXTS = 50;

const optionsSchema = z.object({
  apiKey: z.string().min(1),
  url: baseUrlOption.optional(),
  timeoutMs: timeoutOption,
});

/** Options for the DeepL API; `url` defaults to the Free endpoint for keys ending in `:fx`, else Pro. */
export type DeepLOptions = z.input<typeof optionsSchema>;

const languagesSchema = z.array(z.object({ language: z.string() }));
const translateSchema = z.object({ translations: z.array(z.object({ text: z.string() })) });

interface Languages {
  sources: Set<string>;
  targets: Set<string>;
}

// English and Portuguese targets must name a variant (bare EN/PT are deprecated). We pick EN-GB for the
// Commonwealth regions that spell the British way and EN-US otherwise (also for bare `en`), PT-BR for
// Brazil and PT-PT otherwise (also for bare `pt`), and ES-419 for Latin American Spanish when offered.
const BRITISH = new Set(["GB", "IE", "AU", "NZ", "ZA", "IN", "MT", "GI", "HK", "SG"]);
const LATIN_AMERICA = new Set(
  "419 AR BO CL CO CR CU DO EC GT HN MX NI PA PE PR PY SV US UY VE".split(" "),
);

/** DeepL API v2: `GET /v2/languages?type=source|target`, `POST /v2/translate` (JSON). */
export class DeepLEngine implements TranslationEngine {
  readonly id = ID;
  /** The API origin in use (explicit `url`, or Free/Pro from the key). */
  readonly baseUrl: string;
  private readonly apiKey: string;
  private readonly timeoutMs: number;
  private readonly languages: Cached<Languages>;

  constructor(options: DeepLOptions) {
    const o = parseOptions(ID, optionsSchema, options);
    this.apiKey = o.apiKey;
    this.baseUrl = o.url ?? (o.apiKey.endsWith(":fx") ? FREE_URL : PRO_URL);
    this.timeoutMs = o.timeoutMs ?? 15_000;
    this.languages = new Cached(() => this.fetchLanguages(), 10 * 60_000);
  }

  async pairs(): Promise<LanguagePair[]> {
    const { sources, targets } = await this.languages.refresh();
    // Report each target as BCP 47 (en-GB, pt-BR, zh-Hans…) plus the bare codes we map (en → EN-US, pt → PT-PT).
    const tos = new Set([...targets].map(toBcp47));
    for (const code of targets) {
      const base = code.split("-")[0]!.toLowerCase();
      if (deeplTarget(base, targets)) tos.add(base);
    }
    const pairs: LanguagePair[] = [];
    for (const source of sources) {
      const from = source.toLowerCase();
      for (const to of tos) if (to.split("-")[0] !== from) pairs.push({ from, to });
    }
    return pairs;
  }

  async translate(request: EngineRequest): Promise<string[]> {
    if (request.texts.length === 0) return [];
    const languages = await this.languages.get();
    const source = deeplSource(request.from, languages.sources);
    const target = deeplTarget(request.to, languages.targets);
    // Same-language variants (en → en-GB) are not a DeepL translation; pairs() leaves them out too.
    if (!source || !target || target.split("-")[0] === source) throw unsupportedPair(ID, request.from, request.to);

    const out: string[] = [];
    for (const texts of chunk(request.texts, MAX_TEXTS)) {
      const res = await this.call("/v2/translate", {
        text: texts,
        source_lang: source,
        target_lang: target,
        ...(request.format === "html" ? { tag_handling: "html" } : {}),
      });
      if (res.status !== 200) throw this.failure(res, request);
      const { translations } = parseResponse(ID, translateSchema, res.body, "/v2/translate");
      if (translations.length !== texts.length) {
        throw unavailable(ID, `expected ${texts.length} translations, got ${translations.length}`);
      }
      out.push(...translations.map((t) => t.text));
    }
    return out;
  }

  private async fetchLanguages(): Promise<Languages> {
    const list = async (type: "source" | "target") => {
      const res = await this.call(`/v2/languages?type=${type}`);
      if (res.status !== 200) throw this.failure(res);
      return new Set(parseResponse(ID, languagesSchema, res.body, "/v2/languages").map((l) => l.language.toUpperCase()));
    };
    const [sources, targets] = await Promise.all([list("source"), list("target")]);
    return { sources, targets };
  }

  private call(path: string, body?: unknown): Promise<JsonResponse> {
    return requestJson(ID, {
      url: `${this.baseUrl}${path}`,
      headers: { authorization: `DeepL-Auth-Key ${this.apiKey}` },
      body,
      timeoutMs: this.timeoutMs,
    });
  }

  private failure(res: JsonResponse, request?: EngineRequest): LanguageError {
    switch (res.status) {
      case 401:
      case 403:
        return unavailable(ID, `the API key was rejected by ${this.baseUrl} (${statusText(res)})`);
      case 456:
        return unavailable(ID, `the character quota is used up (${statusText(res)})`);
      case 413:
        return unavailable(ID, `the request is too large (${statusText(res)})`);
    }
    if (res.status === 400 && request && /(source|target)_lang|language/i.test(statusText(res))) {
      return new LanguageError("UNSUPPORTED_PAIR", `${ID} has no ${request.from}→${request.to} translation (${statusText(res)})`, ID);
    }
    return unavailable(ID, `request rejected (${statusText(res)})`);
  }
}

/** DeepL source codes are bare languages (EN, PT, ZH). */
function deeplSource(tag: string, sources: Set<string>): string | undefined {
  const lang = locale(tag)?.language.toUpperCase();
  return lang && sources.has(lang) ? lang : undefined;
}

/** The DeepL target code for a BCP 47 tag, among those the account offers. */
function deeplTarget(tag: string, targets: Set<string>): string | undefined {
  const loc = locale(tag);
  if (!loc) return undefined;
  const lang = loc.language.toUpperCase();
  const region = loc.region;
  const script = loc.maximize().script;
  const candidates: string[] = [];
  if (loc.region || loc.script) candidates.push(tag.toUpperCase());
  if (lang === "ZH" && script) candidates.push(`ZH-${script.toUpperCase()}`);
  if (lang === "EN") candidates.push(region && BRITISH.has(region) ? "EN-GB" : "EN-US");
  if (lang === "PT") candidates.push(region === "BR" ? "PT-BR" : "PT-PT");
  if (lang === "ES" && region && LATIN_AMERICA.has(region)) candidates.push("ES-419");
  // The bare code only when it means the same script (ZH is Simplified: never for zh-TW).
  if (locale(lang)?.maximize().script === script) candidates.push(lang);
  return candidates.find((c) => targets.has(c));
}

function locale(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag);
  } catch {
    return undefined;
  }
}
