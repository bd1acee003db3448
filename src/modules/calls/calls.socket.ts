import websocket from "@fastify/websocket";
import type { FastifyInstance } from "fastify";
import type { WebSocket } from "ws";
import { z } from "zod";
import { tokenFromRequest } from "../../http/auth-context.js";
import type { Authenticate } from "../../http/route.js";
import { AppError } from "../../shared/app-error.js";
import type { CallDto, SegmentDto, Speaker } from "./calls.repository.js";
import { segmentBody } from "./calls.routes.js";
import type { CallsService, CaptionEvent } from "./calls.service.js";

const inbound = segmentBody.omit({ speaker: true }).extend({ type: z.literal("segment") });

// The customer's page sees the call's languages and state, not who handles it or where it is filed.
const forSide = (call: CallDto, side: Speaker) =>
  side === "agent"
    ? call
    : { id: call.id, status: call.status, agentLanguage: call.agentLanguage, customerLanguage: call.customerLanguage, startedAt: call.startedAt, endedAt: call.endedAt };

/**
 * GET /api/v1/calls/:id/captions (WebSocket), both sides of a call. The agent signs in with the session
 * cookie, a bearer token or `?token=`; the customer with `?key=<customerToken>` from the call's creation.
 * Each side gets `{type:"hello", side, call, segments}`, then `{type:"caption", segment}` for everything
 * either side says (original and translation, for bilingual subtitles) and `{type:"ended", call}` at the end.
 * A side may send `{type:"segment", text, language?, startedAt?, durationMs?}` for speech its browser
 * recognised (e.g. the Web Speech API); errors come back as `{type:"error", error:{code, message}}`.
 */
export async function registerCallSocket(app: FastifyInstance, calls: CallsService, authenticate: Authenticate): Promise<void> {
  if (!app.hasDecorator("websocketServer")) await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  app.get("/api/v1/calls/:id/captions", { websocket: true }, (socket, req) => {
    const id = (req.params as { id?: string }).id ?? "";
    const params = new URL(req.url, "http://x").searchParams;
    const send = (value: unknown) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(value));
    };

    async function admit(): Promise<{ side: Speaker; call: CallDto } | null> {
      const call = z.uuid().safeParse(id).success ? await calls.get(id).catch(() => null) : null;
      if (!call) return refuse(socket, 4404, "no such call");
      const key = params.get("key");
      if (key !== null) return (await calls.customerKeyMatches(call, key)) ? { side: "customer", call } : refuse(socket, 4401, "wrong call key");
      const token = tokenFromRequest(req) ?? params.get("token");
      const user = token ? await authenticate(token) : null;
      return user ? { side: "agent", call } : refuse(socket, 4401, "unauthenticated");
    }

    // Listeners go on before the first await, so nothing the client sends meanwhile is dropped.
    const admitted = admit().catch(() => refuse(socket, 1011, "internal error"));
    let off = () => {};
    socket.on("close", () => off());
    socket.on("message", (data) => {
      void admitted.then(async (who) => {
        if (!who) return;
        const parsed = inbound.safeParse(parseJson(String(data)));
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          return send({ type: "error", error: { code: "VALIDATION_FAILED", message: `${issue?.path.join(".") || "message"}: ${issue?.message ?? "invalid"}` } });
        }
        const { type: _type, ...input } = parsed.data;
        await calls.addSegment(id, who.side, input).catch((err: unknown) => {
          const code = err instanceof AppError ? err.code : "INTERNAL";
          send({ type: "error", error: { code, message: err instanceof AppError ? err.message : "the segment could not be stored" } });
        });
      });
    });

    void admitted.then(async (who) => {
      if (!who || socket.readyState !== socket.OPEN) return;
      const { side, call } = who;
      if (call.status === "ended") {
        send({ type: "ended", call: forSide(call, side) });
        return socket.close(1000, "call ended");
      }
      // Events that arrive while the backlog loads wait, then go out unless the backlog already had them.
      let queue: CaptionEvent[] | null = [];
      const deliver = (event: CaptionEvent) => {
        if (event.type === "caption") return send(event);
        send({ type: "ended", call: forSide(event.call, side) });
        socket.close(1000, "call ended");
      };
      off = calls.subscribe(id, (event) => (queue ? queue.push(event) : deliver(event)));
      const segments = await calls.segments(id);
      send({ type: "hello", side, call: forSide(call, side), segments });
      const seen = new Set(segments.map((s: SegmentDto) => s.id));
      const pending = queue;
      queue = null;
      for (const event of pending) if (event.type !== "caption" || !seen.has(event.segment.id)) deliver(event);
    });
  });
}

function refuse(socket: WebSocket, code: number, reason: string): null {
  socket.close(code, reason);
  return null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
