import { performance } from "node:perf_hooks";
import { sql } from "kysely";
import type { Database } from "../src/db/database.js";
import { ApertiumEngine } from "../src/language/translation/engines/apertium-engine.js";
import { startApy } from "../src/language/translation/engines/apy-supervisor.js";
import { createTranslationGateway } from "../src/language/translation/translation-gateway.js";
import { createLanguageStores } from "../src/modules/language/index.js";
import { sourceKey } from "../src/modules/language/translation-memory.repository.js";

export interface TranslationBenchRow {
  database: string;
  operation: string;
  count: number;
  baselineMs: number;
  mundoMs: number;
}

const ADJ = ["big", "small", "red", "old", "new", "green", "cold", "quiet"];
const NOUN = ["house", "car", "garden", "book", "door", "table", "window", "street"];
const PLACE = ["city", "village", "market", "school", "park"];
/** Distinct short sentences, so every one is a memory miss the first time. */
export function sentences(n: number, salt = ""): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < n; i++) {
    out.push(`The ${ADJ[i % ADJ.length]} ${NOUN[Math.floor(i / ADJ.length) % NOUN.length]} is near the ${PLACE[Math.floor(i / 64) % PLACE.length]}${salt} ${i}.`);
  }
  return out;
}

async function time(fn: () => Promise<void>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

// Gateway (memory lookup, glossary, placeholder protection, caching) over APy vs the Apertium engine alone,
// and a memory exact hit through the gateway vs the bare indexed SELECT it performs.
export async function benchTranslation(database: Database, label: string): Promise<TranslationBenchRow[]> {
  const apy = await startApy();
  try {
    const engine = new ApertiumEngine({ url: apy.url });
    const stores = createLanguageStores(database.db);
    const gateway = createTranslationGateway({
      engines: [engine],
      memory: stores.memory.store,
      glossary: stores.glossary.store,
      detect: async () => "en",
    });
    await engine.translate({ texts: ["warm up"], from: "en", to: "es", format: "text" });

    const n = 200;
    const direct = await time(async () => {
      await engine.translate({ texts: sentences(n, " direct"), from: "en", to: "es", format: "text" });
    });
    const viaGateway = await time(async () => {
      await gateway.translate({ texts: sentences(n, " gateway"), from: "en", to: "es" });
    });

    const hitText = sentences(1, " gateway")[0]!;
    const rounds = 500;
    const key = sourceKey(hitText);
    const bare = await time(async () => {
      for (let i = 0; i < rounds; i++) {
        await sql`SELECT target_text FROM translation_memory WHERE source_lang = 'en' AND target_lang = 'es' AND format = 'text'
          AND md5(source_key) = md5(${key}) AND source_key = ${key} ORDER BY approved DESC LIMIT 1`.execute(database.db);
      }
    });
    const hits = await time(async () => {
      for (let i = 0; i < rounds; i++) await gateway.translate({ texts: [hitText], from: "en", to: "es" });
    });
    return [
      { database: label, operation: `translate ${n} new sentences en→es: gateway vs Apertium engine alone`, count: n, baselineMs: direct, mundoMs: viaGateway },
      { database: label, operation: "memory exact hit: gateway vs bare SELECT", count: rounds, baselineMs: bare, mundoMs: hits },
    ];
  } finally {
    await apy.stop();
  }
}
