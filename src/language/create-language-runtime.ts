import { existsSync } from "node:fs";
import type { EngineId, TranslationConfig } from "../config.js";
import { createLanguageDetection } from "./detection/detection.service.js";
import type { LanguageRuntime } from "./language-runtime.js";
import { createNlpjsSentimentAnalyzer } from "./sentiment/nlpjs-sentiment-analyzer.js";
import { createSentimentService } from "./sentiment/sentiment.service.js";
import { ApertiumEngine } from "./translation/engines/apertium-engine.js";
import { type ApyHandle, startApy } from "./translation/engines/apy-supervisor.js";
import { DeepLEngine } from "./translation/engines/deepl-engine.js";
import { GoogleTranslateEngine } from "./translation/engines/google-engine.js";
import { LibreTranslateEngine } from "./translation/engines/libretranslate-engine.js";
import { NoneEngine } from "./translation/engines/none-engine.js";
import { OpenAiEngine } from "./translation/engines/openai-engine.js";
import type { TranslationEngine } from "./translation/translation-engine.js";
import { createTranslationGateway } from "./translation/translation-gateway.js";
import type { GlossaryStore, TranslationMemoryStore } from "./translation/translation-stores.js";

interface Logger {
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string): void;
}

const isLoopback = (url: string) => /^https?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?(\/|$)/i.test(url);

/** "auto": Apertium when Debian's apertium-apy is installed, otherwise no engine. */
export function resolveEngineIds(config: TranslationConfig): EngineId[] {
  if (config.engines !== "auto") return config.engines;
  return config.apertium.url || existsSync(config.apertium.binary) ? ["apertium"] : ["none"];
}

function requireSetting<T>(value: T | undefined, engine: string, variable: string): T {
  if (value === undefined) throw new Error(`The ${engine} translation engine needs ${variable}`);
  return value;
}

/** Builds the engines in configured order (starting a supervised APy on 127.0.0.1 when needed). */
async function createEngines(config: TranslationConfig, logger?: Logger) {
  const engines: TranslationEngine[] = [];
  const offline = new Set<string>();
  let apy: ApyHandle | null = null;
  for (const id of resolveEngineIds(config)) {
    switch (id) {
      case "apertium": {
        if (!config.apertium.url) apy = await startApy({ binary: config.apertium.binary, logger });
        engines.push(new ApertiumEngine({ url: config.apertium.url ?? apy!.url }));
        if (!config.apertium.url || isLoopback(config.apertium.url)) offline.add(id);
        break;
      }
      case "libretranslate": {
        const o = requireSetting(config.libretranslate, id, "LIBRETRANSLATE_URL");
        engines.push(new LibreTranslateEngine({ url: o.url, apiKey: o.apiKey }));
        if (isLoopback(o.url)) offline.add(id);
        break;
      }
      case "deepl": {
        const o = requireSetting(config.deepl, id, "DEEPL_API_KEY");
        engines.push(new DeepLEngine({ apiKey: o.apiKey, url: o.url }));
        if (o.url && isLoopback(o.url)) offline.add(id);
        break;
      }
      case "google": {
        const o = requireSetting(config.google, id, "GOOGLE_TRANSLATE_API_KEY");
        engines.push(new GoogleTranslateEngine({ apiKey: o.apiKey, url: o.url }));
        if (o.url && isLoopback(o.url)) offline.add(id);
        break;
      }
      case "openai": {
        const o = requireSetting(config.openai, id, "OPENAI_BASE_URL and OPENAI_MODEL");
        engines.push(new OpenAiEngine({ baseUrl: o.baseUrl, apiKey: o.apiKey, model: o.model }));
        if (isLoopback(o.baseUrl)) offline.add(id);
        break;
      }
      case "none":
        engines.push(new NoneEngine());
        offline.add(id);
        break;
      default:
        throw new Error(`Unknown translation engine: ${String(id satisfies never)}`);
    }
  }
  return { engines, offline, apy };
}

export async function createLanguageRuntime(
  config: TranslationConfig,
  stores: { memory: TranslationMemoryStore; glossary: GlossaryStore },
  logger?: Logger,
): Promise<LanguageRuntime> {
  const { engines, offline, apy } = await createEngines(config, logger);
  const detector = createLanguageDetection();
  const detect = async (text: string) => (await detector.detect(text)).language;
  const gateway = createTranslationGateway({
    engines,
    memory: stores.memory,
    glossary: stores.glossary,
    detect,
    pivots: config.pivots,
    fuzzyThreshold: config.fuzzyThreshold,
  });
  const sentiment = createSentimentService({
    analyzer: createNlpjsSentimentAnalyzer(),
    async translate(text, from, to) {
      const [result] = await gateway.translate({ texts: [text], from, to });
      return result && "text" in result ? { text: result.text, provenance: result.provenance } : null;
    },
  });
  return {
    detector,
    engines,
    offlineEngines: offline,
    gateway,
    async sentiment(text, language) {
      const result = await sentiment.analyze({ text, language: language ?? (await detect(text)) });
      return { label: result.label, score: result.score, language: result.language, method: result.method, ...(result.reason ? { reason: result.reason } : {}) };
    },
    async close() {
      await apy?.stop();
    },
  };
}
