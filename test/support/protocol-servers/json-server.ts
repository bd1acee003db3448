import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body (undefined when empty). */
  body: unknown;
}

export interface Reply {
  status: number;
  body?: unknown;
}

export interface ProtocolServer {
  url: string;
  /** Every request received, in order, for asserting what an adapter sent. */
  requests: RecordedRequest[];
  /** Answer every following request with this reply (e.g. a 500 or 429); undefined restores normal service. */
  override(reply: Reply | undefined): void;
  close(): Promise<void>;
}

/** A node:http server on 127.0.0.1:0 that parses JSON bodies, records requests and answers JSON. */
export async function startJsonServer(handle: (req: RecordedRequest) => Reply): Promise<ProtocolServer> {
  const requests: RecordedRequest[] = [];
  let forced: Reply | undefined;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const send = ({ status, body }: Reply) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(body === undefined ? "" : JSON.stringify(body));
      };
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const raw = Buffer.concat(chunks).toString("utf8");
      let body: unknown;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = raw;
      }
      const recorded: RecordedRequest = {
        method: req.method ?? "GET",
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        body,
      };
      requests.push(recorded);
      if (forced) return send(forced);
      if (typeof body === "string") return send({ status: 400, body: { error: "Invalid JSON" } });
      try {
        send(handle(recorded));
      } catch (err) {
        send({ status: 500, body: { error: String(err) } });
      }
    });
  });
  const url = await listen(server);
  return {
    url,
    requests,
    override: (reply) => {
      forced = reply;
    },
    close: () => close(server),
  };
}

/**
 * A server that never finishes answering: `silent` never sends headers, `stall-body` sends 200 headers and half
 * a JSON body, then nothing — for testing adapter deadlines.
 */
export async function startHangingServer(
  mode: "silent" | "stall-body" = "silent",
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    req.resume();
    if (mode === "stall-body") {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"translations": [');
    }
  });
  const url = await listen(server);
  return { url, close: () => close(server) };
}

/** A URL on 127.0.0.1 where nothing listens (connection refused). */
export async function unusedUrl(): Promise<string> {
  const server = createServer();
  const url = await listen(server);
  await close(server);
  return url;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function close(server: Server): Promise<void> {
  // Kept-alive and hanging sockets would otherwise hold close() open.
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
