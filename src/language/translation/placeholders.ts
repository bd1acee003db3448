import type { TextFormat } from "./translation-engine.js";

// Spans an engine must not touch are swapped for opaque tokens before translation and swapped back
// after. Engines keep an empty XML element like <x id="3"/> intact in both text and HTML mode (checked
// against Apertium; DeepL and Google keep unknown tags in HTML mode), so one token shape serves all.

export interface Slot {
  original: string;
  kind: "html" | "placeholder" | "url" | "email" | "number" | "term";
  /** What to put back, when it differs from the original (a glossary term's forced translation). */
  replacement?: string;
}

export interface Protected {
  masked: string;
  slots: Slot[];
}

export class PlaceholderMismatchError extends Error {
  override name = "PlaceholderMismatchError";
}

const token = (i: number) => `<x id="${i}"/>`;
const TOKEN_RE = /<x\s+id\s*=\s*"(\d+)"\s*\/>/g;

// Order matters: earlier kinds win where matches overlap.
const PATTERNS: Array<{ kind: Slot["kind"]; re: RegExp; html?: boolean }> = [
  { kind: "html", re: /<\/?[a-zA-Z][\w:-]*(?:\s+[^<>]*?)?\s*\/?>|<!--[\s\S]*?-->/g, html: true },
  { kind: "url", re: /\b(?:https?:\/\/|www\.)[^\s<>"']+[^\s<>"'.,;:!?)\]]/g },
  { kind: "email", re: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu },
  { kind: "placeholder", re: /\{\{\s*[\w.]+\s*\}\}|%(?:\d+\$)?[sdif@]|\$\{[\w.]+\}/g },
  { kind: "number", re: /[+-]?\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?%?/g },
];

// ICU arguments nest ({count, plural, one {# item} other {# items}}), so braces are matched by depth.
function icuSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "{") {
      if (depth === 0) start = i;
      depth++;
    } else if (c === "}" && depth > 0) {
      depth--;
      if (depth === 0) spans.push([start, i + 1]);
    }
  }
  return spans.filter(([s, e]) => /^\{\s*[\p{L}\w.]+\s*(,[\s\S]*)?\}$/u.test(text.slice(s, e)));
}

export interface GlossaryHit {
  start: number;
  end: number;
  replacement: string;
}

/** Masks protected spans (plus glossary hits) with tokens. */
export function protect(text: string, format: TextFormat, glossary: GlossaryHit[] = []): Protected {
  const taken: Array<{ start: number; end: number; slot: Slot }> = [];
  const free = (s: number, e: number) => taken.every((t) => e <= t.start || s >= t.end);
  const add = (start: number, end: number, slot: Slot) => {
    if (end > start && free(start, end)) taken.push({ start, end, slot });
  };
  for (const p of PATTERNS.filter((p) => p.kind === "html")) {
    if (format === "html") for (const m of text.matchAll(p.re)) add(m.index, m.index + m[0].length, { original: m[0], kind: p.kind });
  }
  for (const [s, e] of icuSpans(text)) add(s, e, { original: text.slice(s, e), kind: "placeholder" });
  for (const p of PATTERNS.filter((p) => p.kind !== "html")) {
    for (const m of text.matchAll(p.re)) add(m.index, m.index + m[0].length, { original: m[0], kind: p.kind });
  }
  for (const g of glossary) add(g.start, g.end, { original: text.slice(g.start, g.end), kind: "term", replacement: g.replacement });

  taken.sort((a, b) => a.start - b.start);
  let masked = "";
  let pos = 0;
  taken.forEach((t, i) => {
    masked += text.slice(pos, t.start) + token(i);
    pos = t.end;
  });
  masked += text.slice(pos);
  return { masked, slots: taken.map((t) => t.slot) };
}

/** Puts the protected spans back; throws when the engine lost, duplicated or invented a token. */
export function restore(translated: string, p: Protected): string {
  const seen = new Map<number, number>();
  for (const m of translated.matchAll(TOKEN_RE)) seen.set(Number(m[1]), (seen.get(Number(m[1])) ?? 0) + 1);
  const missing = p.slots.map((_, i) => i).filter((i) => seen.get(i) !== 1);
  const invented = [...seen.keys()].filter((i) => i >= p.slots.length);
  if (missing.length > 0 || invented.length > 0) {
    const lost = missing.map((i) => p.slots[i]!.original);
    throw new PlaceholderMismatchError(
      lost.length > 0
        ? `the translation lost or repeated protected text: ${lost.map((s) => JSON.stringify(s)).join(", ")}`
        : "the translation contains placeholders that were not in the source",
    );
  }
  return translated.replace(TOKEN_RE, (_m, i: string) => {
    const slot = p.slots[Number(i)]!;
    return slot.replacement ?? slot.original;
  });
}

/** The protected spans of a text, for comparing two texts' non-translatable content. */
export function protectedSpans(text: string, format: TextFormat): string[] {
  return protect(text, format).slots.map((s) => s.original);
}
