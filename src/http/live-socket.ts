import websocket from "@fastify/websocket";
import type { FastifyInstance } from "fastify";
import type { EventBus, MundoEvents } from "../shared/event-bus.js";
import { tokenFromRequest } from "./auth-context.js";
import type { Authenticate } from "./route.js";

const FORWARDED: Array<keyof MundoEvents> = ["message.created", "message.updated", "conversation.updated"];

/**
 * GET /api/v1/live (WebSocket): signed-in agents receive `{type, ...payload}` for every domain event,
 * so the inbox updates without reloads. Auth: the session cookie, or `?token=` for API clients.
 */
export async function registerLiveSocket(app: FastifyInstance, events: EventBus, authenticate: Authenticate): Promise<void> {
  if (!app.hasDecorator("websocketServer")) await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  app.get("/api/v1/live", { websocket: true }, async (socket, req) => {
    const token = tokenFromRequest(req) ?? new URL(req.url, "http://x").searchParams.get("token");
    const user = token ? await authenticate(token) : null;
    if (!user) {
      socket.close(4401, "unauthenticated");
      return;
    }
    const offs = FORWARDED.map((name) =>
      events.on(name, (payload) => {
        if (socket.readyState === socket.OPEN) socket.send(JSON.stringify({ type: name, ...payload }));
      }),
    );
    // Keep idle connections alive through proxies.
    const ping = setInterval(() => socket.ping(), 25_000);
    socket.on("close", () => {
      clearInterval(ping);
      for (const off of offs) off();
    });
    socket.send(JSON.stringify({ type: "hello", user: { id: user.id, name: user.name } }));
  });
}
