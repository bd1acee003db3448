import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { createLanguageDetection } from "../../../src/language/detection/detection.service.js";
import type { TranslationResult } from "../../../src/language/translation/translation-gateway.js";
import { createBilingualDictionaries } from "../../../src/modules/kb/dictionaries/bilingual-dictionaries.js";
import { escapeHtml } from "../../../src/shared/html.js";
import { slugify } from "../../../src/modules/kb/kb.service.js";
import { expandQuery, gatewayRoute, queryConcepts, splitCompound } from "../../../src/modules/kb/kb-query-expansion.js";
import { queryLanguages } from "../../../src/modules/kb/kb-search.service.js";
import { foldForKb, indexableText, scriptLanguage, snippetAround, wordTokens } from "../../../src/modules/kb/kb-text.js";

const dir = mkdtempSync(join(tmpdir(), "mundo-kb-expand-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A two-entry English→German FreeDict (offsets in dictd base64).
const article1 = "refund /ɹɪfˈʌnd/\nRückerstattung <fem>, Erstattung <fem> [fin.]\n";
const article2 = "policy /pˈɒlɪsi/\nRichtlinie <fem>, Politik <fem>\n";
writeFileSync(join(dir, "freedict-eng-deu.dict.dz"), gzipSync(Buffer.from(article1 + article2)));
const len = (s: string) => Buffer.byteLength(s);
const b64 = (n: number) => "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"[n]!;
const num = (n: number) => (n < 64 ? b64(n) : b64(Math.floor(n / 64)) + b64(n % 64));
writeFileSync(join(dir, "freedict-eng-deu.index"), `policy\t${num(len(article1))}\t${num(len(article2))}\nrefund\tA\t${num(len(article1))}\n`);
const dictionaries = createBilingualDictionaries({ dictdDir: dir, edictPath: join(dir, "no-edict") });

// What the gateway answers when no engine and no memory serves a pair.
const noEngine = async (req: { texts: string[]; from: string; to: string }): Promise<TranslationResult[]> =>
  req.texts.map(() => ({ from: req.from, to: req.to, error: { code: "TRANSLATION_UNAVAILABLE", message: "no engine" } }));
const STOP = new Set(["de", "the", "of", "la", "el"]);
const deps = {
  translate: noEngine,
  glossary: { termsFor: async () => [] },
  dictionaries,
  contentWords: async (words: string[]) => words.filter((w) => !STOP.has(w.toLowerCase())),
};

describe("query reading", () => {
  it("segments Chinese and Japanese with Intl.Segmenter before dictionary lookup", async () => {
    expect(wordTokens("退款政策", "zh")).toEqual(["退款", "政策"]);
    expect(indexableText("退款政策是什么？", "zh")).toBe("退款 政策 是 什么");
    expect(indexableText("Refund policy", "en")).toBe("Refund policy");
    expect(await queryConcepts(deps, "退款政策是什么？", "zh")).toEqual(["退款", "政策"]);
    expect(await queryConcepts(deps, "返金ポリシーを教えてください", "ja")).toEqual(["返金", "ポリシー", "教え"]);
    expect(await queryConcepts(deps, "política de reembolso", "es")).toEqual(["política", "reembolso"]);
    // Only stop words: keep them rather than search for nothing.
    expect(await queryConcepts(deps, "the", "en")).toEqual(["the"]);
  });

  it("detects the query's language by script for short CJK text and by the detector otherwise", async () => {
    const detector = createLanguageDetection();
    const detect = (text: string) => detector.detect(text);
    expect(await queryLanguages(detect, "退款政策")).toMatchObject({ detectedBy: "script", candidates: [{ language: "zh" }, { language: "ja" }] });
    expect(await queryLanguages(detect, "返金ポリシー")).toEqual({ detectedBy: "script", candidates: [{ language: "ja", confidence: 1 }] });
    expect((await queryLanguages(detect, "Rückerstattung")).candidates[0]!.language).toBe("de");
    expect(await queryLanguages(detect, "anything", "fr")).toEqual({ detectedBy: "given", candidates: [{ language: "fr", confidence: 1 }] });
    expect(scriptLanguage("비밀번호")).toBe("ko");
    expect(scriptLanguage("refund")).toBeNull();
  });

  it("splits German compounds into words the dictionary knows, dropping a linking s", async () => {
    const known = new Set(["versand", "kosten", "rückerstattung", "richtlinie"]);
    const isKnown = async (w: string) => known.has(w.toLowerCase());
    expect(await splitCompound("Versandkosten", isKnown)).toEqual(["Versand", "Kosten"]);
    expect(await splitCompound("Rückerstattungsrichtlinie", isKnown)).toEqual(["Rückerstattung", "Richtlinie"]);
    expect(await splitCompound("Versand", isKnown)).toBeNull();
    expect(await splitCompound("Quatschwortkette", isKnown)).toBeNull();
  });
});

describe("query expansion", () => {
  it("carries 退款政策 to English by cc-cedict and on to German by FreeDict, and says so", async () => {
    const { concepts, variants } = await expandQuery(deps, "退款政策", { language: "zh", weight: 1 }, ["en", "de", "zh"]);
    expect(concepts).toEqual(["退款", "政策"]);
    const en = variants.find((v) => v.language === "en" && v.kind === "concepts")!;
    expect(en.groups.map((g) => g.map((a) => a.term))).toEqual([["refund"], ["policy"]]);
    expect(en.groups[0]![0]!.routes[0]).toMatchObject({ id: "dictionary cc-cedict zh→en", kind: "dictionary", reliability: 0.7 });
    const de = variants.find((v) => v.language === "de" && v.kind === "concepts")!;
    expect(de.groups.map((g) => g.map((a) => a.term))).toEqual([["Rückerstattung", "Erstattung"], ["Richtlinie", "Politik"]]);
    expect(de.groups[0]![0]!.routes[0]).toMatchObject({ id: "dictionary cc-cedict zh→en → dictionary freedict-eng-deu en→de", kind: "dictionary" });
    // Chained routes are less reliable than one step; the query's own language is the word itself.
    expect(de.groups[0]![0]!.reliability).toBeLessThan(en.groups[0]![0]!.reliability);
    const zh = variants.find((v) => v.language === "zh")!;
    expect(zh.groups.map((g) => g.map((a) => [a.term, a.routes[0]!.kind]))).toEqual([[["退款", "direct"]], [["政策", "direct"]]]);
    // Nothing translated the whole query (no engine): no phrase variant, nothing invented.
    expect(variants.some((v) => v.kind === "phrase")).toBe(false);
  }, 60_000);

  it("uses a gateway answer as a route (engine or memory) and a weaker second reading of the query", async () => {
    const translate = async (req: { texts: string[]; from: string; to: string }): Promise<TranslationResult[]> =>
      req.texts.map((text) =>
        text === "reembolso"
          ? { text: "refund", from: req.from, to: req.to, provenance: { engine: "apertium", score: null } }
          : text === "política de reembolso"
            ? { text: "Refund policy", from: req.from, to: req.to, provenance: { engine: "memory", tmMatch: "exact", score: 1, approved: true } }
            : { from: req.from, to: req.to, error: { code: "TRANSLATION_UNAVAILABLE", message: "no engine" } },
      );
    const { variants } = await expandQuery({ ...deps, translate }, "política de reembolso", { language: "es", weight: 0.8 }, ["en"]);
    const concepts = variants.find((v) => v.kind === "concepts")!;
    expect(concepts.groups[1]!.map((a) => a.term)).toContain("refund");
    expect(concepts.groups[1]!.find((a) => a.term === "refund")!.routes[0]).toMatchObject({ id: "engine apertium es→en", kind: "engine", reliability: 0.64 });
    const phrase = variants.find((v) => v.kind === "phrase")!;
    expect(phrase.labels).toEqual(["Refund", "policy"]);
    expect(phrase.phrase!.route).toMatchObject({ kind: "tm", id: "tm es→en (approved)" });
    expect(gatewayRoute({ text: "reembolso", from: "es", to: "en", provenance: { engine: "apertium", score: null } }, "reembolso")).toBeNull();
  });
});

describe("text helpers", () => {
  it("folds for substring matching like PostgreSQL's German stemmer", () => {
    expect(foldForKb("Rückerstattungsrichtlinie Größe")).toBe("ruckerstattungsrichtlinie grosse");
  });

  it("cuts a snippet around the first matched term", () => {
    const body = `${"Lorem ipsum dolor sit amet. ".repeat(20)}Sie können eine Rückerstattung verlangen. ${"Mehr Text. ".repeat(30)}`;
    const s = snippetAround(body, ["rückerstattung"], 120);
    expect(s.found).toBe("Rückerstattung");
    expect(s.text).toContain("Rückerstattung verlangen");
    expect(s.text.startsWith("…")).toBe(true);
    expect(snippetAround("Short text.", ["absent"])).toEqual({ text: "Short text.", found: null });
  });

  it("makes slugs in any script and escapes HTML", () => {
    expect(slugify("Refund policy")).toBe("refund-policy");
    expect(slugify("Account & password!")).toBe("account-password");
    expect(slugify("退款政策")).toBe("退款政策");
    expect(slugify("返金ポリシー")).toBe("返金ポリシー");
    expect(slugify("!!!")).toBe("article");
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
});
