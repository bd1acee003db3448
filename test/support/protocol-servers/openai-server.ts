import { translateHtml, translateText } from "./dictionary.js";
import { type ProtocolServer, type RecordedRequest, type Reply, startJsonServer } from "./json-server.js";

export interface OpenAiServerOptions {
  /** When set, requests need `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
  models?: string[];
  /** Replaces the assistant's content (to test malformed answers); gets the parsed input texts. */
  reply?: (texts: string[], request: RecordedRequest) => string;
  /** Wrap the JSON answer in a ```json code fence, as chat models often do. */
  fence?: boolean;
}

const openAiError = (status: number, message: string, code: string): Reply => ({
  status,
  body: { error: { message, type: "invalid_request_error", param: null, code } },
});

/**
 * An OpenAI-compatible endpoint under `/v1` (`GET /models`, `POST /chat/completions`) backed by the test
 * dictionary instead of a model: it reads the languages from the system prompt's "(en) to … (es)" and the
 * texts from the user message's JSON array, and answers a JSON array.
 */
export async function startOpenAiServer(options: OpenAiServerOptions = {}): Promise<ProtocolServer> {
  const models = options.models ?? ["mock-translator"];
  const server = await startJsonServer((req) => {
    if (options.apiKey && req.headers.authorization !== `Bearer ${options.apiKey}`) {
      return openAiError(401, "Incorrect API key provided. You can find your API key in your account settings.", "invalid_api_key");
    }
    if (req.method === "GET" && req.path === "/v1/models") {
      return {
        status: 200,
        body: { object: "list", data: models.map((id) => ({ id, object: "model", created: 0, owned_by: "mundo-test" })) },
      };
    }
    if (req.method !== "POST" || req.path !== "/v1/chat/completions") {
      return openAiError(404, `Unknown request URL: ${req.method} ${req.path}`, "unknown_url");
    }
    const body = (req.body ?? {}) as { model?: unknown; messages?: Array<{ role?: unknown; content?: unknown }> };
    if (typeof body.model !== "string" || !models.includes(body.model)) {
      return openAiError(404, `The model \`${String(body.model)}\` does not exist or you do not have access to it.`, "model_not_found");
    }
    const system = String(body.messages?.find((m) => m.role === "system")?.content ?? "");
    const user = String(body.messages?.find((m) => m.role === "user")?.content ?? "");
    const langs = /\(([A-Za-z0-9-]+)\) to .*?\(([A-Za-z0-9-]+)\)/.exec(system);
    let texts: string[];
    try {
      texts = JSON.parse(user) as string[];
    } catch {
      texts = [user];
    }
    const from = langs?.[1] ?? "en";
    const to = langs?.[2] ?? "en";
    const html = /HTML fragment/.test(system);
    const translated = texts.map((t) => (html ? translateHtml(t, from, to) : translateText(t, from, to)));
    let content = options.reply ? options.reply(texts, req) : JSON.stringify(translated);
    if (options.fence) content = `\`\`\`json\n${content}\n\`\`\``;
    return {
      status: 200,
      body: {
        id: `chatcmpl-${server.requests.length}`,
        object: "chat.completion",
        created: Math.floor(Date.now() / 1000),
        model: body.model,
        choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
        usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
      },
    };
  });
  return { ...server, url: `${server.url}/v1` };
}
