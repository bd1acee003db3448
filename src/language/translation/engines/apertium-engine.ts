import { unavailable, unsupportedPair } from "../../language-error.js";
import type { EngineRequest, LanguagePair, TextFormat, TranslationEngine } from "../translation-engine.js";
import { type ApertiumPair, apertiumToBcp47, resolvePair } from "./apertium-codes.js";

export interface ApertiumEngineOptions {
  /** Base URL of an Apertium APy server, e.g. http://127.0.0.1:2737 (see startApy). */
  url: string;
  /** Per HTTP request; default 30 s. */
  timeoutMs?: number;
  /** How long the /listPairs answer is reused; default 30 s. */
  pairsTtlMs?: number;
  /** UTF-8 bytes of text per /translate request; default 12 000 (APy drops what exceeds ~20–40 kB). */
  maxRequestBytes?: number;
  /** Requests in flight per translate() call; default 2. */
  concurrency?: number;
}

const ID = "apertium";

// Both formats go through APy's HTML deformatter. Its txt deformatter translates words inside markup —
// es→pt turns the placeholder token <x id="0"/> into <x vão="0"/> — while the HTML one passes every tag
// through untouched as a "superblank". So plain text is escaped, keeping only Mundo's placeholder tokens
// as markup, and a blank line gets a block tag: in txt mode it ended a sentence, in HTML it does not.
const TOKEN = /(<x\s+id\s*=\s*"\d+"\s*\/>)/;
const PARAGRAPH = '<br data-mundo-para="">';
const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function encodeText(text: string): string {
  return text
    .split(TOKEN)
    .map((part, i) => (i % 2 ? part : escapeText(part).replace(/\n[^\S\n]*\n\s*/g, (gap) => gap + PARAGRAPH)))
    .join("");
}

const decodeText = (out: string) =>
  out.replaceAll(PARAGRAPH, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

// Texts travel many to a request, joined by numbered block tags: APy passes them through untouched and
// they end a sentence, so Apertium's transfer rules never move words from one text into the next. A
// marker missing or out of order, or the last one lost to APy's silent truncation of long requests,
// makes us split the request and try again.
const marker = (k: number) => `<hr data-mundo-sep="${k}">`;
const MARKERS = /\s*<hr data-mundo-sep="(\d+)">\s*/g;

// Where a long text may be cut, best first; html adds block ends, and a cut inside a tag is refused.
const CUTS: Record<TextFormat, RegExp[]> = {
  text: [/\n\s*\n/g, /[.!?。！？]\s+/g, /\n/g, /\s+/g],
  html: [/<\/(?:p|div|li|h[1-6]|tr|table|ul|ol|blockquote)>|<br\s*\/?>/gi, /\n\s*\n/g, /[.!?]\s+/g, /\s+/g],
};

// apertium-deshtml garbles Latin-1 letters written as entities (&eacute;, &#233; → "ￃﾩ"); as literal
// characters they translate fine, so letter entities are decoded before sending. Names for U+00C0–U+00FF.
const LATIN1 = (
  "Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml " +
  "ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig " +
  "agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml " +
  "eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml"
).split(" ");

function decodeLetterEntities(html: string): string {
  return html.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]+));/g, (entity, dec, hex, name) => {
    const cp = dec ? Number(dec) : hex ? Number.parseInt(hex, 16) : 0xc0 + LATIN1.indexOf(name);
    if (cp < 0xc0 || cp > 0x10ffff) return entity;
    const ch = String.fromCodePoint(cp);
    return /[\p{L}\p{M}]/u.test(ch) ? ch : entity;
  });
}

const bytes = (s: string) => Buffer.byteLength(s, "utf8");

// A text cut into pieces with the whitespace between them: text = lead + p0 + gaps[0] + p1 … + trail.
interface Shape {
  lead: string;
  pieces: string[];
  gaps: string[];
  trail: string;
}

function shape(text: string, format: TextFormat, max: number): Shape {
  const core = text.trim();
  const lead = text.slice(0, text.length - text.trimStart().length);
  const trail = text.slice(text.trimEnd().length);
  const pieces: string[] = [];
  const gaps: string[] = [];
  let rest = core;
  while (rest && bytes(rest) > max) {
    let window = rest.slice(0, max);
    while (bytes(window) > max) window = window.slice(0, Math.floor(window.length * 0.9));
    if (/[\uD800-\uDBFF]$/.test(window)) window = window.slice(0, -1); // never split a surrogate pair
    const cut = cutAt(window, format) || window.length;
    const piece = rest.slice(0, cut).trimEnd();
    rest = rest.slice(cut);
    const next = rest.trimStart();
    gaps.push(rest.slice(0, rest.length - next.length));
    pieces.push(piece);
    rest = next;
  }
  if (rest || pieces.length === 0) pieces.push(rest);
  else gaps.pop();
  return { lead, pieces, gaps, trail };
}

// The end of the last, best boundary in the second half of the window (0 when there is none).
function cutAt(window: string, format: TextFormat): number {
  const half = window.length / 2;
  for (const re of CUTS[format]) {
    let best = 0;
    for (const m of window.matchAll(re)) {
      const end = m.index + m[0].length;
      const inTag = format === "html" && window.lastIndexOf("<", m.index) > window.lastIndexOf(">", m.index);
      if (end >= half && !inTag && window.slice(0, m.index).trim()) best = end;
    }
    if (best) return best;
  }
  return 0;
}

// Translations out of one marked-up response, or null if the markers did not all come back in order.
function unmark(output: string, count: number): string[] | null {
  const parts: string[] = [];
  let last = 0;
  for (const m of output.matchAll(MARKERS)) {
    if (Number(m[1]) !== parts.length + 1) return null;
    parts.push(output.slice(last, m.index));
    last = m.index + m[0].length;
  }
  return parts.length === count && !output.slice(last).trim() ? parts : null;
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** TranslationEngine over an Apertium APy server: offline rule-based pairs such as en↔es, fr↔es, es↔pt. */
export class ApertiumEngine implements TranslationEngine {
  readonly id = ID;
  private readonly url: string;
  private readonly timeoutMs: number;
  private readonly pairsTtlMs: number;
  private readonly maxBytes: number;
  private readonly concurrency: number;
  private cached: { at: number; pairs: Promise<ApertiumPair[]> } | null = null;

  constructor(options: ApertiumEngineOptions) {
    const url = options?.url;
    if (!url || !/^https?:\/\/[^/]/.test(url)) throw new Error(`ApertiumEngine: url must be an http(s) URL, got ${url}`);
    this.url = url.replace(/\/+$/, "");
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.pairsTtlMs = options.pairsTtlMs ?? 30_000;
    this.maxBytes = Math.max(options.maxRequestBytes ?? 12_000, 200);
    this.concurrency = Math.max(options.concurrency ?? 2, 1);
  }

  async pairs(): Promise<LanguagePair[]> {
    const seen = new Set<string>();
    return (await this.listed())
      .filter((p) => !seen.has(`${p.from}|${p.to}`) && seen.add(`${p.from}|${p.to}`))
      .map(({ from, to }) => ({ from, to }));
  }

  async translate(request: EngineRequest): Promise<string[]> {
    const { texts, from, to, format } = request;
    if (texts.length === 0) return [];
    const pair = resolvePair(await this.listed(), from, to);
    if (!pair) throw unsupportedPair(ID, from, to);
    const html = format === "html";
    // Escaping grows text mode's pieces; cutting at 80% of the budget leaves room for it.
    const shapes = texts.map((t) => shape(html ? decodeLetterEntities(t) : t, format, this.maxBytes * 0.8));
    const pieces = shapes.flatMap((s) => s.pieces.filter(Boolean).map((p) => (html ? p : encodeText(p))));
    const translated = (await mapLimit(this.pack(pieces), this.concurrency, (chunk) => this.chunk(chunk, pair))).flat();
    let next = 0;
    return shapes.map((s) => {
      const out = (p: string) => (html ? p : decodeText(p)).trim();
      const parts = s.pieces.map((p, i) => (p ? out(translated[next++] ?? "") : "") + (s.gaps[i] ?? ""));
      return s.lead + parts.join("") + s.trail;
    });
  }

  // Consecutive pieces grouped so each request stays within the byte budget.
  private pack(pieces: string[]): string[][] {
    const chunks: string[][] = [];
    let current: string[] = [];
    let size = 0;
    for (const piece of pieces) {
      const cost = bytes(piece) + bytes(marker(current.length + 1));
      if (current.length > 0 && size + cost > this.maxBytes) {
        chunks.push(current);
        current = [];
        size = 0;
      }
      current.push(piece);
      size += cost;
    }
    if (current.length > 0) chunks.push(current);
    return chunks;
  }

  private async chunk(pieces: string[], pair: ApertiumPair): Promise<string[]> {
    const q = pieces.map((p, i) => p + marker(i + 1)).join("");
    const parts = unmark(await this.call(q, pair), pieces.length);
    if (parts) return parts;
    if (pieces.length > 1) {
      const mid = Math.ceil(pieces.length / 2);
      return [...(await this.chunk(pieces.slice(0, mid), pair)), ...(await this.chunk(pieces.slice(mid), pair))];
    }
    // A lone piece whose marker came back altered (it holds marker-like text itself): send it bare.
    return [await this.call(pieces[0] ?? "", pair)];
  }

  private async call(q: string, pair: ApertiumPair): Promise<string> {
    const body = new URLSearchParams({
      langpair: `${pair.source}|${pair.target}`,
      q,
      deformat: "html",
      reformat: "html-noent", // APy's defaults, spelled out; "format" would override both
      markUnknown: "no", // no "*" before unknown words
    });
    const res = await this.fetch("/translate", { method: "POST", body });
    if (res.status === 400) {
      await res.body?.cancel();
      this.cached = null; // the server's pairs changed under us
      throw unsupportedPair(ID, pair.from, pair.to);
    }
    const json = await this.json(res);
    const text = (json as { responseData?: { translatedText?: unknown } } | null)?.responseData?.translatedText;
    if (typeof text !== "string") throw unavailable(ID, "unexpected /translate response");
    return text;
  }

  private listed(): Promise<ApertiumPair[]> {
    if (this.cached && Date.now() - this.cached.at < this.pairsTtlMs) return this.cached.pairs;
    const pairs = this.fetchPairs();
    const entry = { at: Date.now(), pairs };
    this.cached = entry;
    pairs.catch(() => {
      if (this.cached === entry) this.cached = null; // never cache a failure
    });
    return pairs;
  }

  private async fetchPairs(): Promise<ApertiumPair[]> {
    const json = await this.json(await this.fetch("/listPairs"));
    const data = (json as { responseData?: unknown } | null)?.responseData;
    if (!Array.isArray(data)) throw unavailable(ID, "unexpected /listPairs response");
    const pairs: ApertiumPair[] = [];
    for (const item of data as Array<{ sourceLanguage?: unknown; targetLanguage?: unknown }>) {
      const { sourceLanguage: source, targetLanguage: target } = item ?? {};
      if (typeof source !== "string" || typeof target !== "string") continue;
      const from = apertiumToBcp47(source);
      const to = apertiumToBcp47(target);
      if (from && to) pairs.push({ source, target, from, to });
    }
    return pairs;
  }

  private async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    try {
      return await fetch(this.url + path, { ...init, signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (err) {
      const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).name;
      throw unavailable(ID, `cannot reach ${this.url} (${cause})`, err);
    }
  }

  private async json(res: Response): Promise<unknown> {
    if (!res.ok) throw unavailable(ID, `HTTP ${res.status} from ${res.url}`);
    try {
      return await res.json();
    } catch (err) {
      throw unavailable(ID, "response is not JSON", err);
    }
  }
}
