import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface TranscriptionRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The multipart form's text fields (model, language, response_format…). */
  fields: Record<string, string>;
  file?: { name: string; type: string; size: number };
}

export interface TranscriptionReply {
  status: number;
  body?: unknown;
}

export interface TranscriptionServer {
  /** The API root, `http://127.0.0.1:<port>/v1`. */
  url: string;
  requests: TranscriptionRequest[];
  /** Answer every following request with this reply; undefined restores normal service. */
  override(reply: TranscriptionReply | undefined): void;
  close(): Promise<void>;
}

export interface TranscriptionServerOptions {
  /** When set, requests need `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
  models?: string[];
}

// The formats OpenAI's endpoint accepts, by file extension.
const FORMATS = ["flac", "m4a", "mp3", "mp4", "mpeg", "mpga", "oga", "ogg", "wav", "webm"];

const openAiError = (status: number, message: string, code: string | null, param: string | null = null): TranscriptionReply => ({
  status,
  body: { error: { message, type: "invalid_request_error", param, code } },
});

/**
 * An OpenAI-compatible `POST /v1/audio/transcriptions` that parses the multipart upload like the real API and
 * checks auth, model, file format, the ISO-639-1 `language` and `response_format`. It "transcribes" by reading
 * the uploaded audio as UTF-8 text (tests upload text as audio); bytes that aren't UTF-8 are an undecodable file.
 */
export async function startTranscriptionServer(options: TranscriptionServerOptions = {}): Promise<TranscriptionServer> {
  const models = options.models ?? ["whisper-1"];
  const requests: TranscriptionRequest[] = [];
  let forced: TranscriptionReply | undefined;

  async function handle(req: TranscriptionRequest, form: FormData | null): Promise<TranscriptionReply> {
    if (options.apiKey && req.headers.authorization !== `Bearer ${options.apiKey}`) {
      return openAiError(401, "Incorrect API key provided. You can find your API key in your account settings.", "invalid_api_key");
    }
    if (req.method !== "POST" || req.path !== "/v1/audio/transcriptions") {
      return openAiError(404, `Unknown request URL: ${req.method} ${req.path}`, "unknown_url");
    }
    if (!form) return openAiError(400, "Expected a multipart/form-data body", null);
    const file = form.get("file");
    if (!(file instanceof Blob)) return openAiError(400, "you must provide a file", null, "file");
    const model = req.fields.model;
    if (!model) return openAiError(400, "you must provide a model parameter", null, "model");
    if (!models.includes(model)) return openAiError(404, `The model \`${model}\` does not exist or you do not have access to it.`, "model_not_found");
    const ext = (req.file?.name.split(".").pop() ?? "").toLowerCase();
    if (!FORMATS.includes(ext)) return openAiError(400, `Invalid file format. Supported formats: ${JSON.stringify(FORMATS)}`, null, "file");
    const language = req.fields.language;
    if (language !== undefined && !/^[a-z]{2}$/.test(language)) {
      return openAiError(400, `Invalid language '${language}'. Language parameter must be specified in ISO-639-1 format.`, null, "language");
    }
    const format = req.fields.response_format ?? "json";
    if (format !== "json") return openAiError(400, `This fake only speaks response_format=json, not ${format}`, null, "response_format");
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      return openAiError(400, "Audio file might be corrupted or unsupported", null, "file");
    }
    return { status: 200, body: { text: ` ${text.trim()}` } };
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      void (async () => {
        const url = new URL(req.url ?? "/", "http://127.0.0.1");
        const contentType = req.headers["content-type"] ?? "";
        // undici's own multipart parser, the same one fetch uses to write the upload.
        const form = contentType.startsWith("multipart/form-data")
          ? await new Response(new Uint8Array(Buffer.concat(chunks)), { headers: { "content-type": contentType } }).formData().catch(() => null)
          : null;
        const fields: Record<string, string> = {};
        let file: TranscriptionRequest["file"];
        for (const [name, value] of form?.entries() ?? []) {
          if (typeof value === "string") fields[name] = value;
          else if (name === "file") file = { name: value.name, type: value.type, size: value.size };
        }
        const recorded: TranscriptionRequest = { method: req.method ?? "GET", path: url.pathname, headers: req.headers, fields, file };
        requests.push(recorded);
        const reply = forced ?? (await handle(recorded, form).catch((err: unknown) => ({ status: 500, body: { error: { message: String(err) } } })));
        res.writeHead(reply.status, { "content-type": "application/json" });
        res.end(reply.body === undefined ? "" : JSON.stringify(reply.body));
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    requests,
    override: (reply) => {
      forced = reply;
    },
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
