import { z } from "zod";
import { unavailable } from "../../language-error.js";

// Shared plumbing for the cloud adapters: option validation, one JSON request with a deadline, vendor
// error text, and matching a BCP 47 tag against the codes a vendor lists.

export interface JsonRequest {
  url: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: unknown;
  timeoutMs: number;
}

export interface JsonResponse {
  status: number;
  /** Parsed JSON, or undefined when the body was empty or not JSON. */
  body: unknown;
  /** The raw body, for error messages when it is not JSON. */
  text: string;
}

/** Options every HTTP adapter accepts besides its own. */
export const timeoutOption = z.number().int().positive().optional();

/** An http(s) base URL without its trailing slash. */
export const baseUrlOption = z
  .url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" })
  .transform((u) => u.replace(/\/+$/, ""));

/**
 * Validates adapter options with a zod schema; throws an Error naming each missing or bad setting, e.g.
 * `deepl engine: missing required option "apiKey"`.
 */
export function parseOptions<S extends z.ZodType>(engine: string, schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const name = issue.path.join(".") || "(options)";
    const value = issue.path.reduce<unknown>(
      (obj, key) => (typeof obj === "object" && obj !== null ? (obj as Record<string, unknown>)[String(key)] : undefined),
      input,
    );
    return value === undefined || value === ""
      ? `missing required option "${name}"`
      : `invalid option "${name}": ${issue.message}`;
  });
  throw new Error(`${engine} engine: ${problems.join("; ")}`);
}

/**
 * Sends one JSON request. Network failures, the deadline, 429 and 5xx become UNAVAILABLE; every other status is
 * returned for the adapter to map (auth, unsupported language…). Messages name the origin only, never the full
 * URL, because some vendors (Google) take the API key as a query parameter.
 */
export async function requestJson(engine: string, req: JsonRequest): Promise<JsonResponse> {
  const { origin } = new URL(req.url);
  const headers: Record<string, string> = { accept: "application/json", ...req.headers };
  if (req.body !== undefined) headers["content-type"] = "application/json";
  let status: number;
  let text: string;
  try {
    const res = await fetch(req.url, {
      method: req.method ?? (req.body === undefined ? "GET" : "POST"),
      headers,
      body: req.body === undefined ? undefined : JSON.stringify(req.body),
      // One deadline for connect + headers + body, so a server that stalls mid-body still times out.
      signal: AbortSignal.timeout(req.timeoutMs),
    });
    status = res.status;
    text = await res.text();
  } catch (err) {
    // AbortSignal.timeout rejects with a DOMException named TimeoutError (an Error subclass in Node ≥ 17).
    if (err instanceof Error && err.name === "TimeoutError") {
      throw unavailable(engine, `${origin} did not answer within ${req.timeoutMs} ms`, err);
    }
    throw unavailable(engine, `cannot reach ${origin} (${networkReason(err)})`, err);
  }
  const res = { status, body: parseJson(text), text };
  if (status === 429) throw unavailable(engine, `${origin} is rate limiting requests (${statusText(res)})`);
  if (status >= 500) throw unavailable(engine, `${origin} failed (${statusText(res)})`);
  if (status >= 200 && status < 300 && res.body === undefined) {
    throw unavailable(engine, `${origin} answered HTTP ${status} without a JSON body`);
  }
  return res;
}

/** The vendor's own error text from the usual shapes: `{error: "…"}`, `{error: {message}}`, `{message}`, `{detail}`. */
export function vendorMessage(body: unknown): string | undefined {
  if (!isRecord(body)) return undefined;
  const { error, message, detail } = body;
  if (typeof error === "string") return error;
  if (isRecord(error) && typeof error.message === "string") return error.message;
  if (typeof message === "string") return message;
  if (typeof detail === "string") return detail;
  return undefined;
}

/** "HTTP 403: Invalid API key" (the message is cut so a huge HTML error page can't flood logs). */
export function statusText(res: JsonResponse): string {
  const message = vendorMessage(res.body) ?? res.text.trim();
  return message ? `HTTP ${res.status}: ${message.slice(0, 300)}` : `HTTP ${res.status}`;
}

/** Validates a successful response's shape; a mismatch means the server isn't the API we expect. */
export function parseResponse<S extends z.ZodType>(engine: string, schema: S, body: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join(".")}` : "";
  throw unavailable(engine, `unexpected ${what} response${where}: ${issue?.message ?? "invalid"}`);
}

/** Splits a batch to respect a vendor's per-request limit. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Codes to try, best first, for a BCP 47 tag: the tag itself, language-region, language-script (with the
 * vendor's aliases after each), then the bare language unless that implies another script — so `zh-TW`
 * never falls back to `zh` (Simplified), while `pt-BR` may fall back to `pt`.
 */
export function codeCandidates(tag: string, aliases: Readonly<Record<string, readonly string[]>> = {}): string[] {
  const locale = toLocale(tag);
  if (!locale) return [tag];
  const lang = locale.language;
  const script = locale.maximize().script;
  const keys = [
    locale.toString(),
    locale.region ? `${lang}-${locale.region}` : undefined,
    script ? `${lang}-${script}` : undefined,
  ];
  if (toLocale(lang)?.maximize().script === script) keys.push(lang);
  const out: string[] = [];
  for (const key of keys) {
    if (key === undefined) continue;
    out.push(key, ...(aliases[key] ?? []));
  }
  return [...new Set(out)];
}

/** The first candidate for `tag` that the vendor lists (matched case-insensitively), in the vendor's spelling. */
export function matchCode(
  tag: string,
  available: Iterable<string>,
  aliases: Readonly<Record<string, readonly string[]>> = {},
): string | undefined {
  const byLower = new Map<string, string>();
  for (const code of available) byLower.set(code.toLowerCase(), code);
  for (const candidate of codeCandidates(tag, aliases)) {
    const hit = byLower.get(candidate.toLowerCase());
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/** A vendor code in canonical BCP 47 casing (`EN-GB` → `en-GB`, `zh-hans` → `zh-Hans`); unknown shapes pass through. */
export function toBcp47(code: string): string {
  return toLocale(code)?.toString() ?? code;
}

/** A cached async value that is fetched again after `ttlMs`, and at once after a failure. */
export class Cached<T> {
  private value?: { promise: Promise<T>; at: number };
  constructor(
    private readonly load: () => Promise<T>,
    private readonly ttlMs: number,
  ) {}

  get(): Promise<T> {
    if (this.value && Date.now() - this.value.at < this.ttlMs) return this.value.promise;
    return this.refresh();
  }

  refresh(): Promise<T> {
    const promise = this.load();
    const entry = { promise, at: Date.now() };
    this.value = entry;
    promise.catch(() => {
      if (this.value === entry) this.value = undefined;
    });
    return promise;
  }
}

const toLocale = (tag: string): Intl.Locale | undefined => {
  try {
    return new Intl.Locale(tag);
  } catch {
    return undefined;
  }
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function networkReason(err: unknown): string {
  // undici reports "fetch failed" and puts the useful part (ECONNREFUSED, ENOTFOUND…) in `cause`.
  const cause = err instanceof Error ? (err.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  if (typeof cause?.code === "string") return cause.code;
  if (typeof cause?.message === "string") return cause.message;
  return err instanceof Error ? err.message : String(err);
}

export function parseJson(text: string): unknown {
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
