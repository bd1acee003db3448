import type { FastifyInstance } from "fastify";

/** `http://host:port` the server listens on, or null before it listens (e.g. requests injected in tests). */
export function listeningOrigin(app: FastifyInstance | null): string | null {
  const address = app?.server.address();
  if (!address || typeof address === "string") return null;
  const any = address.address === "0.0.0.0" || address.address === "::";
  const host = any ? "127.0.0.1" : address.family === "IPv6" ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/**
 * A link customers can open from outside Mundo (emails, the chat widget on another site): `path` under the
 * configured public URL, else under the address the server listens on, else left relative.
 */
export function publicLink(path: string, configured: string | null, app: FastifyInstance | null): string {
  if (/^https?:\/\//i.test(path)) return path;
  const origin = configured?.replace(/\/+$/, "") ?? listeningOrigin(app);
  const rooted = path.startsWith("/") ? path : `/${path}`;
  return origin ? `${origin}${rooted}` : rooted;
}
