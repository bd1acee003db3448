import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { constants, deflateRawSync, gzipSync } from "node:zlib";
import iconv from "iconv-lite";
import { afterAll, describe, expect, it } from "vitest";
import { createBilingualDictionaries } from "../../../src/modules/kb/dictionaries/bilingual-dictionaries.js";
import { CedictDictionary } from "../../../src/modules/kb/dictionaries/cedict-dictionary.js";
import { decodeDictdNumber, DictdDictionary, DictzipFile, parseDictdIndexLine, parseDictzipHeader } from "../../../src/modules/kb/dictionaries/dictd-reader.js";
import { EdictDictionary, parseEdictLine } from "../../../src/modules/kb/dictionaries/edict-reader.js";
import { freedictTranslations, termsFromGlosses } from "../../../src/modules/kb/dictionaries/gloss.js";

const dir = mkdtempSync(join(tmpdir(), "mundo-kb-dict-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function encodeNumber(n: number): string {
  let out = "";
  do {
    out = B64[n % 64]! + out;
    n = Math.floor(n / 64);
  } while (n > 0);
  return out;
}

/** A dictzip file as dictzip(1) writes it: gzip with an "RA" table of independently flushed chunks. */
function dictzip(data: Buffer, chunkLength: number): Buffer {
  const chunks: Buffer[] = [];
  for (let at = 0; at < data.length; at += chunkLength) {
    chunks.push(deflateRawSync(data.subarray(at, at + chunkLength), { finishFlush: constants.Z_FULL_FLUSH }));
  }
  const ra = Buffer.alloc(6 + chunks.length * 2);
  ra.writeUInt16LE(1, 0);
  ra.writeUInt16LE(chunkLength, 2);
  ra.writeUInt16LE(chunks.length, 4);
  chunks.forEach((c, i) => ra.writeUInt16LE(c.length, 6 + i * 2));
  const sub = Buffer.concat([Buffer.from("RA"), Buffer.alloc(2), ra]);
  sub.writeUInt16LE(ra.length, 2);
  const xlen = Buffer.alloc(2);
  xlen.writeUInt16LE(sub.length, 0);
  const header = Buffer.from([0x1f, 0x8b, 8, 4 | 8, 0, 0, 0, 0, 2, 3]);
  return Buffer.concat([header, xlen, sub, Buffer.from("test.dict\0"), ...chunks, Buffer.alloc(8)]);
}

/** A FreeDict-style dictionary (index + .dict.dz) from headword → article. */
function writeDictd(name: string, articles: Array<[string, string]>, compress: "dictzip" | "gzip") {
  let body = "";
  const index: string[] = ["00databaseinfo\tA\tB"];
  for (const [head, article] of articles) {
    const offset = Buffer.byteLength(body);
    body += article;
    index.push(`${head}\t${encodeNumber(offset)}\t${encodeNumber(Buffer.byteLength(article))}`);
  }
  const data = Buffer.from(body);
  writeFileSync(join(dir, `${name}.index`), `${index.join("\n")}\n`);
  writeFileSync(join(dir, `${name}.dict.dz`), compress === "dictzip" ? dictzip(data, 64) : gzipSync(data));
}

const ENG_DEU: Array<[string, string]> = [
  ["policy", "policy /pˈɒlɪsi/\nGrundsatz <masc>, Richtlinie <fem>, Leitlinie <fem> [adm.]\n      \"We have a policy…\"  - Bei uns gilt…\n see: {policies}\n\n"],
  ["refund", "refund /ɹɪfˈʌnd/\nRückerstattung <fem>, Erstattung <fem> [fin.]\n         Note: einer bereits bezahlten Summe\n\n"],
  ["refund", "refund /ɹɪfˈʌnd/ <v>\neine (bereits bezahlte) Summe zurückerstatten, rückerstatten <v, trans> [fin.]\n"],
  ["Zürich", "Zürich\nZürich\n"],
];

describe("dictd reader", () => {
  it("decodes dictd's base64 numbers and index lines", () => {
    expect(decodeDictdNumber("A")).toBe(0);
    expect(decodeDictdNumber("BA")).toBe(64);
    expect(decodeDictdNumber("CCtdF")).toBe(((((2 * 64 + 2) * 64 + 45) * 64 + 29) * 64) + 5);
    expect(() => decodeDictdNumber("a-b")).toThrow(/invalid/);
    expect(parseDictdIndexLine("refund\tCCtdF\tIv")).toEqual({ headword: "refund", offset: decodeDictdNumber("CCtdF"), length: decodeDictdNumber("Iv") });
    expect(parseDictdIndexLine("a bordo\tI5n\te\r")).toMatchObject({ headword: "a bordo", length: 30 });
    expect(parseDictdIndexLine("broken line")).toBeNull();
    expect(parseDictdIndexLine("x\t!!\tA")).toBeNull();
  });

  it("reads the dictzip chunk table and any slice, across chunk boundaries", () => {
    const data = Buffer.from(Array.from({ length: 50 }, (_, i) => `line ${i} äöü\n`).join(""));
    const file = join(dir, "slices.dict.dz");
    writeFileSync(file, dictzip(data, 64));
    const header = parseDictzipHeader(dictzip(data, 64));
    expect(header?.chunkLength).toBe(64);
    expect(header?.starts.length).toBe(Math.ceil(data.length / 64) + 1);
    const dz = new DictzipFile(file);
    for (const [offset, length] of [[0, 10], [60, 10], [63, 130], [data.length - 5, 5]] as const) {
      expect(dz.read(offset, length).equals(data.subarray(offset, offset + length))).toBe(true);
    }
    // Plain gzip (no chunk table) and uncompressed files read too.
    writeFileSync(join(dir, "plain.dict.dz"), gzipSync(data));
    expect(parseDictzipHeader(gzipSync(data))).toBeNull();
    expect(new DictzipFile(join(dir, "plain.dict.dz")).read(63, 20).equals(data.subarray(63, 83))).toBe(true);
    writeFileSync(join(dir, "raw.dict"), data);
    expect(new DictzipFile(join(dir, "raw.dict")).read(5, 7).toString()).toBe(data.subarray(5, 12).toString());
  });

  it("looks words up ignoring case, including a non-ASCII first letter", () => {
    writeDictd("freedict-eng-deu", ENG_DEU, "dictzip");
    const dict = new DictdDictionary(join(dir, "freedict-eng-deu.index"), join(dir, "freedict-eng-deu.dict.dz"));
    expect(dict.loaded).toBe(false);
    expect(dict.articles("Refund")).toHaveLength(2);
    expect(dict.loaded).toBe(true);
    expect(dict.articles("refund")[0]).toContain("Rückerstattung <fem>");
    expect(dict.articles("zürich")).toHaveLength(1);
    expect(dict.articles("refun")).toEqual([]);
    expect(dict.articles("policy\tx")).toEqual([]);
  });
});

describe("gloss and article parsing", () => {
  it("takes FreeDict translation lines, not notes, examples or cross-references", () => {
    expect(freedictTranslations(ENG_DEU[0]![1])).toEqual(["Grundsatz <masc>, Richtlinie <fem>, Leitlinie <fem> [adm.]"]);
    expect(freedictTranslations("policy /pɔləsiː/\n1. póliza\n2. política\n")).toEqual(["póliza", "política"]);
  });

  it("turns glosses into short search terms", () => {
    expect(termsFromGlosses(["to refund", "refund"])).toEqual(["refund"]);
    expect(termsFromGlosses(["Grundsatz <masc>, Richtlinie <fem>, Leitlinie <fem> [adm.]"])).toEqual(["Grundsatz", "Richtlinie", "Leitlinie"]);
    // Annotations with commas inside are removed before splitting.
    expect(termsFromGlosses(["Erstattung <n, f>, Rückzahlung <n, f>"])).toEqual(["Erstattung", "Rückzahlung"]);
    expect(termsFromGlosses(["variant of 款[kuan3]", "guarantee; warranty", "to promise to keep sth in good repair"])).toEqual(["guarantee", "warranty"]);
    expect(termsFromGlosses(["a", "b", "c", "d"], 2)).toEqual([]);
    expect(termsFromGlosses(["one", "two", "three"], 2)).toEqual(["one", "two"]);
  });
});

describe("EDICT", () => {
  const lines = [
    "　？？？ /EDICT, EDICT_SUB(P), EDICT2 Japanese-English Electronic Dictionary Files/",
    "返金 [へんきん] /(n,vs,adj-no) repayment/(P)/",
    "返金額 [へんきんがく] /(n) amount refunded/",
    "払い戻し [はらいもどし] /(n,vs) repayment/refund/payback/(P)/",
    "還付 [かんぷ] /(n,vs) return/restoration/refund/(duty) drawback/",
    "税還付 [ぜいかんぷ] /(n) tax refund/",
    "パスワード /(n) password/(P)/",
  ];

  it("parses entry lines: headword, reading, glosses without tags, common flag", () => {
    expect(parseEdictLine(lines[0]!)).toBeNull();
    expect(parseEdictLine(lines[1]!)).toEqual({ headword: "返金", reading: "へんきん", glosses: ["repayment"], common: true });
    expect(parseEdictLine(lines[6]!)).toEqual({ headword: "パスワード", reading: null, glosses: ["password"], common: true });
    expect(parseEdictLine("〆 [しめ] /(n) (1) tie up/bind/(ctr) (6) counter for bundles/EntL1234X/")?.glosses).toEqual(["tie up", "bind", "counter for bundles"]);
  });

  it("finds whole headwords and readings in the EUC-JP file, and entries by exact English gloss", () => {
    const file = join(dir, "edict");
    writeFileSync(file, iconv.encode(`${lines.join("\n")}\n`, "EUC-JP"));
    const edict = new EdictDictionary(file);
    expect(edict.lookup("返金").map((e) => e.headword)).toEqual(["返金"]);
    expect(edict.lookup("はらいもどし").map((e) => e.headword)).toEqual(["払い戻し"]);
    expect(edict.lookup("返")).toEqual([]);
    // "refund" as a whole gloss, common words first; "tax refund" is not "refund".
    expect(edict.reverse("refund").map((e) => e.headword)).toEqual(["払い戻し", "還付"]);
    expect(edict.reverse("refund/x")).toEqual([]);
  });
});

describe("bilingual dictionaries", () => {
  it("reads cc-cedict both ways", async () => {
    const cedict = new CedictDictionary();
    expect(await cedict.glossesOf("退款")).toEqual(expect.arrayContaining(["refund"]));
    expect(await cedict.glossesOf("退款")).toEqual(await cedict.glossesOf("退款"));
    expect((await cedict.wordsFor("policy"))[0]).toBe("政策");
    expect(await cedict.wordsFor("refund")).toContain("退款");
  }, 60_000);

  it("finds FreeDict files by name and reports what is installed and loaded", async () => {
    writeDictd("freedict-spa-eng", [["política", "política /polˈitika/\npolicy, politics\n"]], "gzip");
    const dicts = createBilingualDictionaries({ dictdDir: dir, edictPath: join(dir, "edict") });
    expect(dicts.has("de", "en")).toBe(false);
    expect(dicts.has("en", "de-AT")).toBe(true);
    expect(await dicts.lookup("en", "de", "refund")).toEqual([{ dictionary: "freedict-eng-deu", terms: ["Rückerstattung", "Erstattung", "eine Summe zurückerstatten", "rückerstatten"] }]);
    expect(await dicts.lookup("es", "en", "Política")).toEqual([{ dictionary: "freedict-spa-eng", terms: ["policy", "politics"] }]);
    expect(await dicts.lookup("ja", "en", "払い戻し")).toEqual([{ dictionary: "edict", terms: ["repayment", "refund", "payback"] }]);
    const status = dicts.status();
    expect(status.map((d) => `${d.id} ${d.from}>${d.to}`)).toEqual([
      "cc-cedict zh>en", "cc-cedict en>zh", "edict ja>en", "edict en>ja", "freedict-eng-deu en>de", "freedict-spa-eng es>en",
    ]);
    expect(status.find((d) => d.id === "freedict-eng-deu")).toMatchObject({ available: true, loaded: true, source: "debian dict-freedict-eng-deu" });
    const none = createBilingualDictionaries({ dictdDir: join(dir, "missing"), edictPath: join(dir, "missing") });
    expect(none.status().map((d) => d.id)).toEqual(["cc-cedict", "cc-cedict"]);
  });
});
