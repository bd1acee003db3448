import { z } from "zod";
import { unavailable, unsupportedPair } from "../../language-error.js";
import type { EngineRequest, LanguagePair, TranslationEngine } from "../translation-engine.js";
import {
  baseUrlOption,
  type JsonResponse,
  matchCode,
  parseOptions,
  parseResponse,
  requestJson,
  statusText,
  timeoutOption,
} from "./http-json.js";

const ID = "openai";

const isTag = (tag: string): boolean => {
  try {
    return Boolean(new Intl.Locale(tag));
  } catch {
    return false;
  }
};

const optionsSchema = z.object({
  baseUrl: baseUrlOption,
  apiKey: z.string().min(1).optional(),
  model: z.string().min(1),
  languages: z.array(z.string().refine(isTag, "must be a BCP 47 language tag")).min(1).optional(),
  timeoutMs: timeoutOption,
});

/**
 * Options for any OpenAI-compatible chat endpoint (OpenAI, vLLM, llama.cpp, Ollama…): `baseUrl` is the API
 * root such as `http://127.0.0.1:8000/v1`. Without `languages` the model is offered for every pair.
 */
export type OpenAiOptions = z.input<typeof optionsSchema>;

const completionSchema = z.object({
  choices: z
    .array(z.object({ message: z.object({ content: z.string().nullable() }), finish_reason: z.string().nullish() }))
    .min(1),
});

const names = new Intl.DisplayNames(["en"], { type: "language" });
const languageName = (tag: string): string => {
  try {
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
};

/** A chat model asked for a JSON array of translations of a JSON array of texts, one call per batch. */
export class OpenAiEngine implements TranslationEngine {
  readonly id = ID;
  private readonly options: z.output<typeof optionsSchema>;
  private readonly timeoutMs: number;

  constructor(options: OpenAiOptions) {
    this.options = parseOptions(ID, optionsSchema, options);
    // Generation is slow on local hardware; a batch can take far longer than a classic MT call.
    this.timeoutMs = this.options.timeoutMs ?? 120_000;
  }

  async pairs(): Promise<LanguagePair[]> {
    // GET /models proves the endpoint answers and accepts the key; servers without it (404) still count.
    const res = await this.call("/models");
    if (res.status === 401 || res.status === 403) throw this.failure(res);
    const { languages } = this.options;
    if (!languages) return [{ from: "*", to: "*" }];
    return languages.flatMap((from) => languages.filter((to) => to !== from).map((to) => ({ from, to })));
  }

  async translate(request: EngineRequest): Promise<string[]> {
    if (request.texts.length === 0) return [];
    const { languages } = this.options;
    if (languages && (!matchCode(request.from, languages) || !matchCode(request.to, languages))) {
      throw unsupportedPair(ID, request.from, request.to);
    }
    const res = await this.call("/chat/completions", {
      model: this.options.model,
      temperature: 0,
      messages: [
        { role: "system", content: systemPrompt(request) },
        { role: "user", content: JSON.stringify(request.texts) },
      ],
    });
    if (res.status !== 200) throw this.failure(res);
    const [choice] = parseResponse(ID, completionSchema, res.body, "chat completion").choices;
    const result = parseTranslations(choice?.message.content ?? "", request.texts.length);
    if (typeof result === "string") {
      const cut = choice?.finish_reason === "length" ? " (the answer was cut at the token limit)" : "";
      throw unavailable(ID, `${result}${cut}`);
    }
    return result;
  }

  private call(path: string, body?: unknown): Promise<JsonResponse> {
    return requestJson(ID, {
      url: `${this.options.baseUrl}${path}`,
      headers: this.options.apiKey ? { authorization: `Bearer ${this.options.apiKey}` } : {},
      body,
      timeoutMs: this.timeoutMs,
    });
  }

  private failure(res: JsonResponse) {
    if (res.status === 401 || res.status === 403) return unavailable(ID, `the API key was rejected (${statusText(res)})`);
    if (res.status === 404) return unavailable(ID, `model "${this.options.model}" or endpoint not found (${statusText(res)})`);
    return unavailable(ID, `request rejected (${statusText(res)})`);
  }
}

function systemPrompt({ from, to, format, texts }: EngineRequest): string {
  const keep =
    format === "html"
      ? "Each string is an HTML fragment: keep every tag, attribute and entity exactly as it is and translate only the text between the tags."
      : "Each string is plain text: keep line breaks, numbers, URLs, e-mail addresses and placeholders such as {name} unchanged.";
  return [
    `You are a translation engine. Translate each string of the JSON array in the user message from ${languageName(from)} (${from}) to ${languageName(to)} (${to}).`,
    keep,
    `Answer with only a JSON array of exactly ${texts.length} strings, the translations in the same order, with no explanation and no code fence.`,
  ].join("\n");
}

/** The translations, or the reason the answer can't be used. */
export function parseTranslations(content: string, expected: number): string[] | string {
  // Reasoning models may prepend <think>…</think>; chat models like to wrap JSON in a code fence.
  let text = content.replace(/<think>[\s\S]*?<\/think>/gi, "").trim();
  const fence = /```[\w-]*\s*\n?([\s\S]*?)```/.exec(text);
  if (fence?.[1] !== undefined) text = fence[1].trim();
  let value = tryJson(text);
  if (value === undefined) {
    const start = text.indexOf("[");
    const end = text.lastIndexOf("]");
    if (start >= 0 && end > start) value = tryJson(text.slice(start, end + 1));
  }
  // Some models wrap the array: {"translations": [...]}.
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const arrays = Object.values(value).filter(Array.isArray);
    if (arrays.length === 1) value = arrays[0];
  }
  if (expected === 1 && typeof value === "string") value = [value];
  if (!Array.isArray(value)) return `the model did not answer with a JSON array: ${JSON.stringify(content.slice(0, 120))}`;
  if (!value.every((v): v is string => typeof v === "string")) return "the model's array holds values that are not strings";
  if (value.length !== expected) return `expected ${expected} translations, the model gave ${value.length}`;
  return value;
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
