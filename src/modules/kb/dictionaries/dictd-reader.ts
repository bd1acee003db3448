import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { constants, gunzipSync, inflateRawSync } from "node:zlib";

// Reader for the dictd format the Debian dict-freedict-* packages ship: a sorted `.index`
// (headword TAB offset TAB length, numbers in dictd's base64) and a `.dict.dz` (dictzip: gzip
// whose header holds a table of independently deflated chunks, so one article is read without
// inflating the whole file).

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Decodes one of dictd's base64 numbers ("CCtdF" → offset). Throws on a character outside the alphabet. */
export function decodeDictdNumber(text: string): number {
  let n = 0;
  for (const ch of text) {
    const digit = B64.indexOf(ch);
    if (digit < 0) throw new Error(`invalid dictd number "${text}"`);
    n = n * 64 + digit;
  }
  return n;
}

export interface DictdIndexEntry {
  headword: string;
  offset: number;
  length: number;
}

/** One `.index` line; null for blank or malformed lines. */
export function parseDictdIndexLine(line: string): DictdIndexEntry | null {
  const parts = line.replace(/\r$/, "").split("\t");
  if (parts.length < 3 || !parts[0]) return null;
  try {
    return { headword: parts[0], offset: decodeDictdNumber(parts[1]!), length: decodeDictdNumber(parts[2]!) };
  } catch {
    return null;
  }
}

interface DictzipLayout {
  chunkLength: number;
  /** Compressed start of every chunk, plus the end of the last. */
  starts: number[];
}

/** Parses a gzip header; returns the dictzip chunk table, or null for plain gzip. */
export function parseDictzipHeader(header: Buffer): DictzipLayout | null {
  if (header.length < 10 || header[0] !== 0x1f || header[1] !== 0x8b || header[2] !== 8) throw new Error("not a gzip file");
  const flags = header[3]!;
  let pos = 10;
  let chunkLength = 0;
  let sizes: number[] | null = null;
  if (flags & 4) {
    const xlen = header.readUInt16LE(pos);
    pos += 2;
    const end = pos + xlen;
    let sub = pos;
    while (sub + 4 <= end) {
      const len = header.readUInt16LE(sub + 2);
      if (header[sub] === 0x52 /* R */ && header[sub + 1] === 0x41 /* A */) {
        chunkLength = header.readUInt16LE(sub + 6);
        const count = header.readUInt16LE(sub + 8);
        sizes = Array.from({ length: count }, (_, i) => header.readUInt16LE(sub + 10 + i * 2));
      }
      sub += 4 + len;
    }
    pos = end;
  }
  const skipZeroTerminated = () => {
    while (pos < header.length && header[pos] !== 0) pos++;
    pos++;
  };
  if (flags & 8) skipZeroTerminated();
  if (flags & 16) skipZeroTerminated();
  if (flags & 2) pos += 2;
  if (!sizes || chunkLength === 0) return null;
  const starts = [pos];
  for (const size of sizes) starts.push(starts[starts.length - 1]! + size);
  return { chunkLength, starts };
}

const HEADER_BYTES = 1 << 17; // the chunk table of a 1 GB dictionary fits in 64 KiB

/** Random access to the uncompressed bytes of a `.dict.dz` (or a plain `.dict`). */
export class DictzipFile {
  private layout: DictzipLayout | null | undefined;
  private whole: Buffer | null = null;
  private readonly chunks = new Map<number, Buffer>();

  constructor(private readonly path: string) {}

  private readAt(position: number, length: number): Buffer {
    const fd = openSync(this.path, "r");
    try {
      const buf = Buffer.alloc(length);
      const n = readSync(fd, buf, 0, length, position);
      return buf.subarray(0, n);
    } finally {
      closeSync(fd);
    }
  }

  private init(): void {
    if (this.layout !== undefined) return;
    const head = this.readAt(0, HEADER_BYTES);
    if (head[0] === 0x1f && head[1] === 0x8b) {
      this.layout = parseDictzipHeader(head);
      // Plain gzip (no chunk table): inflate once and keep it.
      if (!this.layout) this.whole = gunzipSync(readFileSync(this.path));
    } else {
      this.layout = null;
      this.whole = readFileSync(this.path);
    }
  }

  private chunk(i: number): Buffer {
    const hit = this.chunks.get(i);
    if (hit) return hit;
    const { starts } = this.layout!;
    const compressed = this.readAt(starts[i]!, starts[i + 1]! - starts[i]!);
    // dictzip flushes fully after each chunk, so a chunk inflates on its own.
    const data = inflateRawSync(compressed, { finishFlush: constants.Z_SYNC_FLUSH });
    if (this.chunks.size > 64) this.chunks.delete(this.chunks.keys().next().value!);
    this.chunks.set(i, data);
    return data;
  }

  read(offset: number, length: number): Buffer {
    this.init();
    if (this.whole) return this.whole.subarray(offset, offset + length);
    const { chunkLength, starts } = this.layout!;
    const first = Math.floor(offset / chunkLength);
    const last = Math.min(Math.floor((offset + length - 1) / chunkLength), starts.length - 2);
    const parts: Buffer[] = [];
    for (let i = first; i <= last; i++) parts.push(this.chunk(i));
    const joined = Buffer.concat(parts);
    const from = offset - first * chunkLength;
    return joined.subarray(from, from + length);
  }
}

// ASCII letters folded to lower case in place; other bytes (UTF-8 sequences) untouched.
function asciiLower(buf: Buffer): Buffer {
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i]!;
    if (b >= 0x41 && b <= 0x5a) buf[i] = b + 0x20;
  }
  return buf;
}

/**
 * A dictd dictionary: headword lookups by scanning the in-memory index (no parse of 300k lines).
 * Lookups ignore ASCII case ("refund", "Refund"); a non-ASCII first letter is tried both ways ("Übersee").
 */
export class DictdDictionary {
  private index: Buffer | null = null;
  private readonly dict: DictzipFile;

  constructor(
    private readonly indexPath: string,
    dictPath: string,
  ) {
    this.dict = new DictzipFile(dictPath);
  }

  get loaded(): boolean {
    return this.index !== null;
  }

  private scan(needleWord: string, found: DictdIndexEntry[], original: Buffer): void {
    const index = this.index!;
    const needle = asciiLower(Buffer.from(`\n${needleWord}\t`, "utf8"));
    for (let at = index.indexOf(needle); at >= 0 && found.length < 20; at = index.indexOf(needle, at + 1)) {
      const end = index.indexOf(10, at + 1);
      const entry = parseDictdIndexLine(original.toString("utf8", at + 1, end < 0 ? undefined : end));
      if (entry && !found.some((f) => f.offset === entry.offset)) found.push(entry);
    }
  }

  private original: Buffer | null = null;

  /** Index entries whose headword is `word`, ignoring case. */
  entries(word: string): DictdIndexEntry[] {
    if (!word || /[\t\n]/.test(word)) return [];
    if (!this.index) {
      this.original = Buffer.concat([Buffer.from("\n"), readFileSync(this.indexPath)]);
      this.index = asciiLower(Buffer.from(this.original));
    }
    const found: DictdIndexEntry[] = [];
    this.scan(word, found, this.original!);
    const first = word.charAt(0);
    if (first.charCodeAt(0) > 0x7f) {
      const other = first === first.toLocaleLowerCase("und") ? first.toLocaleUpperCase("und") : first.toLocaleLowerCase("und");
      if (other !== first) this.scan(other + word.slice(1), found, this.original!);
    }
    return found;
  }

  /** The articles (definitions) of `word`. */
  articles(word: string): string[] {
    return this.entries(word).map((e) => this.dict.read(e.offset, e.length).toString("utf8"));
  }
}
