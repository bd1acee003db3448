import { translateHtml, translateText } from "./dictionary.js";
import { type ProtocolServer, type Reply, startJsonServer } from "./json-server.js";

export interface GoogleServerOptions {
  /** The project's API key, sent as `?key=` (or `X-Goog-Api-Key`). */
  apiKey?: string;
  languages?: string[];
}

// Google's own spellings (iw for Hebrew, zh-CN/zh-TW); no Korean, so en→ko is unsupported.
export const GOOGLE_LANGUAGES = ["de", "en", "es", "fr", "iw", "ja", "pt", "zh-CN", "zh-TW"];

const PREFIX = "/language/translate/v2";

const googleError = (code: number, message: string, reason: string, status: string, detail?: string): Reply => ({
  status: code,
  body: {
    error: {
      code,
      message,
      errors: [{ message, domain: "global", reason }],
      status,
      ...(detail
        ? { details: [{ "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason: detail, domain: "googleapis.com" }] }
        : {}),
    },
  },
});

/**
 * Cloud Translation Basic (v2): `GET …/v2/languages`, `POST …/v2` with a JSON body. Like Google, `format`
 * defaults to html and html answers are HTML-escaped (`'` → `&#39;`); `format: "text"` answers plain text.
 */
export async function startGoogleServer(
  options: GoogleServerOptions = {},
): Promise<ProtocolServer & { languages: string[] }> {
  const apiKey = options.apiKey ?? "test-google-key";
  const languages = [...(options.languages ?? GOOGLE_LANGUAGES)];
  const server = await startJsonServer((req) => {
    const key = req.query.key ?? req.headers["x-goog-api-key"];
    if (!key) {
      return googleError(
        403,
        "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
        "forbidden",
        "PERMISSION_DENIED",
      );
    }
    if (key !== apiKey) {
      const text = "API key not valid. Please pass a valid API key.";
      return googleError(400, text, "badRequest", "INVALID_ARGUMENT", "API_KEY_INVALID");
    }
    if (req.method === "GET" && req.path === `${PREFIX}/languages`) {
      return { status: 200, body: { data: { languages: languages.map((language) => ({ language })) } } };
    }
    if (req.method !== "POST" || req.path !== PREFIX) return googleError(404, "Not Found", "notFound", "NOT_FOUND");

    const body = (req.body ?? {}) as Record<string, unknown>;
    const q = typeof body.q === "string" ? [body.q] : body.q;
    const { target, source } = body;
    const format = body.format ?? "html";
    const invalid = (text: string) => googleError(400, text, "invalid", "INVALID_ARGUMENT");
    if (!Array.isArray(q) || q.length === 0) return googleError(400, "Required Text", "required", "INVALID_ARGUMENT");
    if (q.length > 128) return invalid("Too many text segments");
    if (typeof target !== "string") return googleError(400, "Required Target", "required", "INVALID_ARGUMENT");
    if (!languages.includes(target)) return invalid("Invalid Value");
    if (source !== undefined && (typeof source !== "string" || !languages.includes(source))) {
      return googleError(400, `Bad language pair: ${String(source)}|${target}`, "badRequest", "INVALID_ARGUMENT");
    }
    if (format !== "html" && format !== "text") return invalid("Invalid Value");
    const from = typeof source === "string" ? source : "en";
    const translations = q.map((text) => ({
      translatedText:
        format === "html" ? translateHtml(String(text), from, target, true) : translateText(String(text), from, target),
      ...(source === undefined ? { detectedSourceLanguage: "en" } : {}),
    }));
    return { status: 200, body: { data: { translations } } };
  });
  return Object.assign(server, { languages });
}
