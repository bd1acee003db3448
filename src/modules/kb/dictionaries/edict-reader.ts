import { readFileSync } from "node:fs";
import iconv from "iconv-lite";

// EDICT (Debian `edict`, /usr/share/edict/edict): one entry a line, EUC-JP encoded:
//   返金 [へんきん] /(n,vs,adj-no) repayment/(P)/
// The file is kept as bytes and searched with the query encoded to EUC-JP: ASCII delimiters never
// occur inside EUC-JP multibyte characters, so a match bounded by them is a whole headword.

export interface EdictEntry {
  headword: string;
  reading: string | null;
  glosses: string[];
  /** Marked (P): a common word. */
  common: boolean;
}

const LINE = /^(\S+)(?: \[([^\]]+)\])? \/(.*)\/\s*$/;

/** Parses one (decoded) EDICT line; null for the header and malformed lines. */
export function parseEdictLine(line: string): EdictEntry | null {
  // The first line is the file header ("？？？ /EDICT, …/", after an ideographic space).
  if (line.includes("？？？")) return null;
  const m = LINE.exec(line.trim());
  if (!m) return null;
  let common = false;
  const glosses: string[] = [];
  for (const raw of m[3]!.split("/")) {
    if (raw === "(P)") {
      common = true;
      continue;
    }
    if (/^EntL\d+X?$/.test(raw)) continue;
    // Leading tags: part of speech "(n,vs)", sense number "(1)", usage "(uk)".
    const gloss = raw.replace(/^(\s*\([^)]*\)\s*)+/, "").trim();
    if (gloss) glosses.push(gloss);
  }
  if (glosses.length === 0) return null;
  return { headword: m[1]!, reading: m[2] ?? null, glosses, common };
}

const NL = 0x0a;
const HEAD_BEFORE = new Set([NL, 0x5b /* [ */, 0x3b /* ; */]);
const HEAD_AFTER = new Set([0x20, 0x5d /* ] */, 0x3b, 0x28 /* ( */]);

export class EdictDictionary {
  private data: Buffer | null = null;

  constructor(private readonly path: string) {}

  get loaded(): boolean {
    return this.data !== null;
  }

  private bytes(): Buffer {
    this.data ??= Buffer.concat([Buffer.from("\n"), readFileSync(this.path)]);
    return this.data;
  }

  private lineAt(at: number): EdictEntry | null {
    const data = this.bytes();
    const start = data.lastIndexOf(NL, at) + 1;
    const nl = data.indexOf(NL, at);
    return parseEdictLine(iconv.decode(data.subarray(start, nl < 0 ? data.length : nl), "EUC-JP"));
  }

  /** Entries whose headword or reading is exactly `word`; common words first. */
  lookup(word: string, max = 8): EdictEntry[] {
    if (!word.trim() || /[\s/]/.test(word)) return [];
    const data = this.bytes();
    const needle = iconv.encode(word, "EUC-JP");
    const found: EdictEntry[] = [];
    for (let at = data.indexOf(needle); at >= 0 && found.length < 50; at = data.indexOf(needle, at + 1)) {
      if (!HEAD_BEFORE.has(data[at - 1]!) || !HEAD_AFTER.has(data[at + needle.length]!)) continue;
      // Only the headword/reading part: before the first " /".
      const lineStart = data.lastIndexOf(NL, at) + 1;
      const glossStart = data.indexOf(" /", lineStart);
      if (glossStart >= 0 && glossStart < at) continue;
      const entry = this.lineAt(at);
      if (entry) found.push(entry);
    }
    return found.sort((a, b) => Number(b.common) - Number(a.common)).slice(0, max);
  }

  /** Entries with an English gloss that is exactly `english` (e.g. "refund"); common words first. */
  reverse(english: string, max = 6): EdictEntry[] {
    const word = english.trim();
    if (!/^[\x20-\x7e]+$/.test(word) || word.includes("/")) return [];
    const data = this.bytes();
    const needle = Buffer.from(`${word}/`, "ascii");
    const found: EdictEntry[] = [];
    for (let at = data.indexOf(needle); at >= 0 && found.length < 60; at = data.indexOf(needle, at + 1)) {
      const slash = data.lastIndexOf(0x2f, at - 1);
      const lineStart = data.lastIndexOf(NL, at) + 1;
      if (slash < lineStart) continue;
      // Between the gloss separator and the word there may only be tags such as "(n,vs) ".
      const between = data.toString("latin1", slash + 1, at);
      if (!/^(\s*\([^)]*\)\s*)*$/.test(between)) continue;
      const entry = this.lineAt(at);
      if (entry) found.push(entry);
    }
    return found.sort((a, b) => Number(b.common) - Number(a.common)).slice(0, max);
  }
}
