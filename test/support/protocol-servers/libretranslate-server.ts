import { translateHtml, translateText } from "./dictionary.js";
import { type ProtocolServer, type Reply, startJsonServer } from "./json-server.js";

export interface LibreLanguage {
  code: string;
  name: string;
  targets: string[];
}

export interface LibreTranslateServerOptions {
  /** When set, /translate needs one of these as `api_key` (like `--api-keys` with `--require-api-key-origin`). */
  apiKeys?: string[];
  languages?: LibreLanguage[];
}

/** en, es, fr, de in every direction; ja, pb (Brazilian) and zh-Hans only to and from English. */
export const LIBRE_LANGUAGES: LibreLanguage[] = [
  { code: "en", name: "English", targets: ["de", "es", "fr", "ja", "pb", "zh-Hans"] },
  { code: "es", name: "Spanish", targets: ["de", "en", "fr"] },
  { code: "fr", name: "French", targets: ["de", "en", "es"] },
  { code: "de", name: "German", targets: ["en", "es", "fr"] },
  { code: "ja", name: "Japanese", targets: ["en"] },
  { code: "pb", name: "Portuguese (Brazil)", targets: ["en"] },
  { code: "zh-Hans", name: "Chinese (Simplified)", targets: ["en"] },
];

const error = (status: number, message: string): Reply => ({ status, body: { error: message } });

/**
 * LibreTranslate's HTTP API: `GET /languages`, `POST /translate` with the same validation order and messages
 * as libretranslate/app.py. `languages` is live: tests may edit it to simulate a reconfigured server.
 */
export async function startLibreTranslateServer(
  options: LibreTranslateServerOptions = {},
): Promise<ProtocolServer & { languages: LibreLanguage[] }> {
  const languages = structuredClone(options.languages ?? LIBRE_LANGUAGES);
  const server = await startJsonServer((req) => {
    if (req.method === "GET" && req.path === "/languages") return { status: 200, body: languages };
    if (req.method !== "POST" || req.path !== "/translate") return error(404, "Not Found");

    const body = (req.body ?? {}) as Record<string, unknown>;
    if (options.apiKeys) {
      const key = body.api_key;
      if (typeof key === "string" && key && !options.apiKeys.includes(key)) return error(403, "Invalid API key");
      if (!key) return error(400, "Please contact the server operator to get an API key");
    }
    const { q, source, target } = body;
    const format = body.format ?? "text";
    for (const [name, value] of Object.entries({ q, source, target })) {
      if (!value || (Array.isArray(value) && value.length === 0)) {
        return error(400, `Invalid request: missing ${name} parameter`);
      }
    }
    const src = languages.find((l) => l.code === source);
    if (!src) return error(400, `${String(source)} is not supported`);
    const tgt = languages.find((l) => l.code === target);
    if (!tgt) return error(400, `${String(target)} is not supported`);
    if (format !== "text" && format !== "html") return error(400, `${String(format)} format is not supported`);
    if (!src.targets.includes(tgt.code)) {
      return error(
        400,
        `${tgt.name} (${tgt.code}) is not available as a target language from ${src.name} (${src.code})`,
      );
    }
    const one = (text: unknown) =>
      format === "html" ? translateHtml(String(text), src.code, tgt.code) : translateText(String(text), src.code, tgt.code);
    return { status: 200, body: { translatedText: Array.isArray(q) ? q.map(one) : one(q) } };
  });
  return Object.assign(server, { languages });
}
