import websocket from "@fastify/websocket";
import type { FastifyInstance } from "fastify";
import type { RawData, WebSocket } from "ws";
import { z } from "zod";
import type { IngestService, MessagesModule } from "../messages/index.js";
import { TokenBuckets, type VisitorHub } from "./chat-hub.js";

export const CHAT_SOCKET_PATH = "/api/v1/chat/socket";
/** Largest visitor message, in UTF-8 bytes. */
export const MAX_TEXT_BYTES = 4096;
// A frame carries the text plus a small envelope; JSON escapes can double a few characters.
const MAX_FRAME_BYTES = 2 * MAX_TEXT_BYTES + 512;
const MISSED_LIMIT = 50;

/** Abuse limits of the public widget socket. */
export interface ChatLimits {
  /** Open sockets per client IP. */
  connectionsPerIp: number;
  /** New sockets per client IP: burst, then per minute. */
  connectBurst: number;
  connectsPerMinute: number;
  /** Visitor messages per visitor (all tabs together): burst, then per minute. */
  messageBurst: number;
  messagesPerMinute: number;
  /** Frames of any type per socket: burst, then per second. */
  frameBurst: number;
  framesPerSecond: number;
  /** A socket that has not said hello by then is closed. */
  helloTimeoutMs: number;
}

export const DEFAULT_CHAT_LIMITS: ChatLimits = {
  connectionsPerIp: 50,
  connectBurst: 60,
  connectsPerMinute: 60,
  messageBurst: 10,
  messagesPerMinute: 30,
  frameBurst: 30,
  framesPerSecond: 3,
  helloTimeoutMs: 10_000,
};

export interface ChatSocketDeps {
  hub: VisitorHub;
  ingest: Pick<IngestService, "ingest">;
  repo: Pick<MessagesModule["repo"], "list" | "findConversationByThread">;
  limits: ChatLimits;
}

const visitorId = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "must be 16 to 64 letters, digits, _ or -");
const helloFrame = z.strictObject({
  type: z.literal("hello"),
  visitorId,
  name: z.string().trim().max(200).optional(),
  email: z.union([z.literal(""), z.email().max(320)]).optional(),
  lastSeenId: z.uuid().nullable().optional(),
});
const CLIENT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const messageFrame = z.strictObject({
  type: z.literal("message"),
  clientId: z.string().regex(CLIENT_ID, "must be 1 to 64 letters, digits, _ or -"),
  text: z.string(),
});

type ErrorCode = "INVALID_JSON" | "VALIDATION_FAILED" | "PAYLOAD_TOO_LARGE" | "UNKNOWN_TYPE" | "HELLO_REQUIRED" | "RATE_LIMITED" | "INTERNAL";

// PostgreSQL text cannot hold NUL, and other C0 controls only hide text from the agent.
const cleanText = (text: string) =>
  text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
    .trim();

function zodMessage(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const path = issue.path.map(String);
  if (issue.code === "unrecognized_keys") path.push(String(issue.keys[0]));
  return `${path.join(".") || "frame"}: ${issue.message}`;
}

/** Replies (customer-language text) stored after `lastSeenId`, oldest first; all recent ones when it is unknown. */
async function missedReplies(repo: ChatSocketDeps["repo"], conversationId: string, lastSeenId: string | null | undefined) {
  const { items } = await repo.list({ conversationId, direction: "out", limit: MISSED_LIMIT, offset: 0 });
  const missed = [];
  for (const m of items) {
    if (m.id === lastSeenId) break;
    missed.push({ type: "message", id: m.id, direction: "out", text: m.translation_text ?? m.original_text, sentAt: m.sent_at.toISOString() });
  }
  return missed.reverse();
}

/**
 * GET /api/v1/chat/socket (WebSocket), public: the embeddable widget's channel. Any origin may connect
 * (the widget runs on customers' sites), and no session cookie or token is read, so a socket can only
 * ever act as the visitor named in its hello.
 */
export async function registerChatSocket(app: FastifyInstance, deps: ChatSocketDeps): Promise<void> {
  const { hub, ingest, repo, limits } = deps;
  if (!app.hasDecorator("websocketServer")) await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  const openPerIp = new Map<string, number>();
  const connects = new TokenBuckets(limits.connectBurst, limits.connectsPerMinute / 60);
  const messages = new TokenBuckets(limits.messageBurst, limits.messagesPerMinute / 60);

  app.get(CHAT_SOCKET_PATH, { websocket: true }, (socket: WebSocket, req) => {
    const ip = req.ip;
    const open = openPerIp.get(ip) ?? 0;
    if (open >= limits.connectionsPerIp || !connects.take(ip)) {
      socket.close(4429, "too many connections");
      return;
    }
    openPerIp.set(ip, open + 1);
    const origin = typeof req.headers.origin === "string" ? req.headers.origin.slice(0, 200) : null;
    const frames = new TokenBuckets(limits.frameBurst, limits.framesPerSecond);
    let visitor: { id: string; name?: string; email?: string } | null = null;
    // Frames are handled one at a time, so acks come back in the order the visitor sent.
    let queue = Promise.resolve();

    const send = (frame: object) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
    };
    const fail = (code: ErrorCode, message: string, clientId?: string) =>
      send({ type: "error", code, message, ...(clientId ? { clientId } : {}) });

    const helloTimer = setTimeout(() => {
      if (!visitor) socket.close(4408, "hello expected");
    }, limits.helloTimeoutMs);
    const ping = setInterval(() => socket.ping(), 25_000);

    async function onHello(raw: unknown): Promise<void> {
      const parsed = helloFrame.safeParse(raw);
      if (!parsed.success) return fail("VALIDATION_FAILED", zodMessage(parsed.error));
      const h = parsed.data;
      if (visitor && visitor.id !== h.visitorId) return fail("VALIDATION_FAILED", "visitorId: one socket serves one visitor");
      if (!visitor) hub.add(h.visitorId, socket);
      // A repeated hello only updates the name and email the visitor gave.
      visitor = { id: h.visitorId, name: h.name || undefined, email: h.email || undefined };
      // Registered before the lookup: a reply stored meanwhile is in `missed`, live, or both (the widget de-duplicates by id).
      const conversation = await repo.findConversationByThread("chat", h.visitorId);
      const missed = conversation ? await missedReplies(repo, conversation.id, h.lastSeenId) : [];
      send({ type: "welcome", conversationId: conversation?.id ?? null, missed });
    }

    async function onMessage(raw: unknown, clientIdHint: string | undefined): Promise<void> {
      if (!visitor) return fail("HELLO_REQUIRED", "Send a hello frame first", clientIdHint);
      const parsed = messageFrame.safeParse(raw);
      if (!parsed.success) return fail("VALIDATION_FAILED", zodMessage(parsed.error), clientIdHint);
      const { clientId } = parsed.data;
      const text = cleanText(parsed.data.text);
      if (!text) return fail("VALIDATION_FAILED", "text: is empty", clientId);
      if (Buffer.byteLength(text) > MAX_TEXT_BYTES) return fail("PAYLOAD_TOO_LARGE", `text: at most ${MAX_TEXT_BYTES} bytes`, clientId);
      if (!messages.take(visitor.id)) return fail("RATE_LIMITED", "Too many messages; try again in a few seconds", clientId);
      const v = visitor;
      const { message } = await ingest.ingest({
        channel: "chat",
        // A resend after a reconnect carries the same clientId, so it is the same message.
        externalId: `${v.id}:${clientId}`,
        customer: { handle: `chat:${v.id}`, ...(v.name ? { name: v.name } : {}), ...(v.email ? { email: v.email } : {}) },
        text,
        threadKey: v.id,
        // The email is the visitor's word, not verified: agents should know.
        metadata: { origin, ...(v.email ? { emailVerified: false } : {}) },
      });
      send({ type: "ack", clientId, id: message.id, conversationId: message.conversationId, sentAt: message.sentAt });
      // The visitor's other tabs show it too.
      hub.send(v.id, { type: "message", id: message.id, direction: "in", clientId, text: message.original.text, sentAt: message.sentAt }, socket);
    }

    async function handle(data: RawData, isBinary: boolean): Promise<void> {
      if (isBinary) return fail("VALIDATION_FAILED", "Send JSON text frames");
      const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data);
      let raw: unknown;
      try {
        raw = JSON.parse(bytes.toString("utf8"));
      } catch {
        return fail(bytes.length > MAX_FRAME_BYTES ? "PAYLOAD_TOO_LARGE" : "INVALID_JSON", "The frame is not valid JSON");
      }
      const obj = raw !== null && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
      const clientIdHint = typeof obj?.clientId === "string" && CLIENT_ID.test(obj.clientId) ? obj.clientId : undefined;
      if (bytes.length > MAX_FRAME_BYTES) return fail("PAYLOAD_TOO_LARGE", `Frames are at most ${MAX_FRAME_BYTES} bytes`, clientIdHint);
      if (!obj || typeof obj.type !== "string") return fail("VALIDATION_FAILED", "type: a frame is an object with a type");
      if (obj.type !== "hello" && obj.type !== "message") {
        return fail("UNKNOWN_TYPE", `Unknown frame type "${obj.type.slice(0, 40)}"; expected hello or message`);
      }
      try {
        await (obj.type === "hello" ? onHello(obj) : onMessage(obj, clientIdHint));
      } catch (err) {
        req.log.error({ err }, "chat frame failed");
        // With the clientId the widget knows which message to send again.
        fail("INTERNAL", "Something went wrong on our side; send it again", clientIdHint);
      }
    }

    socket.on("message", (data, isBinary) => {
      if (!frames.take("socket")) {
        fail("RATE_LIMITED", "Too many frames; slow down");
        return;
      }
      queue = queue.then(() => handle(data, isBinary)).catch((err: unknown) => req.log.error({ err }, "chat frame failed"));
    });
    socket.on("close", () => {
      clearTimeout(helloTimer);
      clearInterval(ping);
      if (visitor) hub.remove(visitor.id, socket);
      const left = (openPerIp.get(ip) ?? 1) - 1;
      if (left > 0) openPerIp.set(ip, left);
      else openPerIp.delete(ip);
    });
  });
}
