import { XMLParser, XMLValidator } from "fast-xml-parser";
import { AppError } from "../../shared/app-error.js";
import type { MemoryRow } from "./translation-memory.repository.js";

// TMX 1.4b, the exchange format of CAT tools (Trados, memoQ, OmegaT).

const xmlEscape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const tmxDate = (d: Date) => d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

export function exportTmx(rows: MemoryRow[], version: string): string {
  const sources = new Set(rows.map((r) => r.source_lang));
  const srclang = sources.size === 1 ? [...sources][0]! : "*all*";
  const units = rows.map(
    (r) => `    <tu tuid="${r.id}" srclang="${xmlEscape(r.source_lang)}" creationdate="${tmxDate(r.created_at)}" changedate="${tmxDate(r.updated_at)}">
      <prop type="x-mundo-origin">${r.origin}</prop>
      <prop type="x-mundo-approved">${r.approved}</prop>
      <prop type="x-mundo-format">${r.format}</prop>${r.engine ? `\n      <prop type="x-mundo-engine">${xmlEscape(r.engine)}</prop>` : ""}${r.pivot ? `\n      <prop type="x-mundo-pivot">${xmlEscape(r.pivot)}</prop>` : ""}
      <tuv xml:lang="${xmlEscape(r.source_lang)}"><seg>${xmlEscape(r.source_text)}</seg></tuv>
      <tuv xml:lang="${xmlEscape(r.target_lang)}"><seg>${xmlEscape(r.target_text)}</seg></tuv>
    </tu>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="Mundo" creationtoolversion="${xmlEscape(version)}" datatype="plaintext" segtype="sentence" adminlang="en" srclang="${xmlEscape(srclang)}" o-tmf="Mundo"/>
  <body>
${units.join("\n")}
  </body>
</tmx>
`;
}

export interface TmxPair {
  from: string;
  to: string;
  source: string;
  target: string;
  /** From Mundo's own x-mundo-* properties when present (a re-imported export keeps what it was). */
  origin: "human" | "machine" | "import";
  approved: boolean;
  format: "text" | "html";
}

type Node = Record<string, unknown>;
const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

// Inline markup (<bpt>, <ph>, <hi> …) carries formatting codes, not text: keep only the text.
function segText(seg: unknown): string {
  if (typeof seg === "string" || typeof seg === "number") return String(seg);
  if (!seg || typeof seg !== "object") return "";
  const node = seg as Node;
  let out = typeof node["#text"] === "string" || typeof node["#text"] === "number" ? String(node["#text"]) : "";
  for (const [k, v] of Object.entries(node)) {
    if (k === "hi" || k === "sub") out += asArray(v).map(segText).join("");
  }
  return out;
}

/** Reads translation units: each unit gives source → every other language variant in it. */
export function parseTmx(xml: string): TmxPair[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new AppError("VALIDATION_FAILED", `tmx: not well-formed XML at line ${valid.err.line}: ${valid.err.msg}`, "tmx");
  }
  let doc: Node;
  try {
    doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "@",
      trimValues: false,
      isArray: (name) => name === "tu" || name === "tuv" || name === "prop",
      processEntities: true,
      htmlEntities: true, // numeric references such as &#160; (CAT tools write them)
    }).parse(xml) as Node;
  } catch (err) {
    throw new AppError("VALIDATION_FAILED", `tmx: not well-formed XML (${(err as Error).message})`, "tmx");
  }
  const tmx = doc.tmx as Node | undefined;
  if (!tmx) throw new AppError("VALIDATION_FAILED", "tmx: no <tmx> root element", "tmx");
  const header = (tmx.header ?? {}) as Node;
  const defaultSrc = String(header["@srclang"] ?? "");
  const pairs: TmxPair[] = [];
  for (const tu of asArray((tmx.body as Node | undefined)?.tu as Node[] | undefined)) {
    const variants = asArray(tu.tuv as Node[] | undefined)
      .map((tuv) => ({ lang: String(tuv["@xml:lang"] ?? tuv["@lang"] ?? ""), text: segText(tuv.seg).trim() }))
      .filter((v) => v.lang && v.text);
    const props = new Map(
      asArray(tu.prop as Node[] | undefined).map((p) => [String(p["@type"] ?? ""), String(p["#text"] ?? "")] as const),
    );
    const origin = props.get("x-mundo-origin");
    const meta: Pick<TmxPair, "origin" | "approved" | "format"> = {
      origin: origin === "human" || origin === "machine" ? origin : "import",
      approved: origin === "machine" ? props.get("x-mundo-approved") === "true" : true,
      format: props.get("x-mundo-format") === "html" ? "html" : "text",
    };
    const srcLang = String(tu["@srclang"] ?? defaultSrc);
    const source = variants.find((v) => v.lang.toLowerCase() === srcLang.toLowerCase()) ?? variants[0];
    if (!source) continue;
    for (const v of variants) {
      if (v !== source) pairs.push({ from: source.lang, to: v.lang, source: source.text, target: v.text, ...meta });
    }
  }
  return pairs;
}
