import { translateHtml, translateText } from "./dictionary.js";
import { type ProtocolServer, type Reply, startJsonServer } from "./json-server.js";

export interface DeepLServerOptions {
  /** The account's key; requests must send `Authorization: DeepL-Auth-Key <key>`. */
  authKey?: string;
  /** Answer /v2/translate with 456 (character quota used up). */
  quotaExceeded?: boolean;
  sources?: string[];
  targets?: string[];
}

// A cut-down account: no Korean at all, so en→ko is an unsupported pair.
export const DEEPL_SOURCES = ["DE", "EN", "ES", "FR", "JA", "PT", "ZH"];
export const DEEPL_TARGETS = ["DE", "EN-GB", "EN-US", "ES", "ES-419", "FR", "JA", "PT-BR", "PT-PT", "ZH", "ZH-HANS", "ZH-HANT"];

const NAMES = new Intl.DisplayNames(["en"], { type: "language" });
const message = (status: number, text: string): Reply => ({ status, body: { message: text } });

/** DeepL API v2: `GET /v2/languages?type=source|target`, `POST /v2/translate` (JSON body), DeepL-Auth-Key auth. */
export async function startDeepLServer(
  options: DeepLServerOptions = {},
): Promise<ProtocolServer & { sources: string[]; targets: string[] }> {
  const authKey = options.authKey ?? "test-key:fx";
  const sources = [...(options.sources ?? DEEPL_SOURCES)];
  const targets = [...(options.targets ?? DEEPL_TARGETS)];
  const server = await startJsonServer((req) => {
    if (req.headers.authorization !== `DeepL-Auth-Key ${authKey}`) {
      return message(403, "Authorization failure, check auth_key");
    }
    if (req.method === "GET" && req.path === "/v2/languages") {
      const type = req.query.type ?? "source";
      if (type !== "source" && type !== "target") return message(400, "Value for 'type' not supported.");
      const list = type === "source" ? sources : targets;
      return {
        status: 200,
        body: list.map((language) => ({
          language,
          name: NAMES.of(language) ?? language,
          ...(type === "target" ? { supports_formality: ["DE", "ES", "FR", "JA"].includes(language) } : {}),
        })),
      };
    }
    if (req.method !== "POST" || req.path !== "/v2/translate") return message(404, "Not found");

    const body = (req.body ?? {}) as Record<string, unknown>;
    const text = body.text;
    if (!Array.isArray(text) || text.length === 0) return message(400, "Parameter 'text' not specified.");
    if (text.length > 50) return message(413, "Request Entity Too Large");
    const target = typeof body.target_lang === "string" ? body.target_lang.toUpperCase() : undefined;
    if (!target) return message(400, "Parameter 'target_lang' not specified.");
    if (!targets.includes(target)) return message(400, "Value for 'target_lang' not supported.");
    const source = typeof body.source_lang === "string" ? body.source_lang.toUpperCase() : undefined;
    if (source !== undefined && !sources.includes(source)) return message(400, "Value for 'source_lang' not supported.");
    if (body.tag_handling !== undefined && body.tag_handling !== "html" && body.tag_handling !== "xml") {
      return message(400, "Value for 'tag_handling' not supported.");
    }
    if (options.quotaExceeded) return message(456, "Quota exceeded");
    const from = source ?? "EN";
    return {
      status: 200,
      body: {
        translations: text.map((t) => ({
          detected_source_language: from,
          text: body.tag_handling ? translateHtml(String(t), from, target) : translateText(String(t), from, target),
        })),
      },
    };
  });
  return Object.assign(server, { sources, targets });
}
