import websocket from "@fastify/websocket";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { AppError } from "../shared/app-error.js";
import { errorBody } from "./error-handler.js";
import type { EventBus, MundoEvents } from "../shared/event-bus.js";
import { tokenFromRequest } from "./auth-context.js";
import type { Authenticate, Router } from "./route.js";

const FORWARDED: Array<keyof MundoEvents> = [
  "message.created",
  "message.updated",
  "conversation.updated",
  "alert.created",
  "alert.updated",
  "customer.tags",
  "ticket.created",
  "ticket.updated",
];

/**
 * GET /api/v1/live (WebSocket): signed-in agents receive `{type, ...payload}` for every domain event,
 * so the inbox updates without reloads. Auth: the session cookie, or `?token=` for API clients.
 */
export async function registerLiveSocket(app: FastifyInstance, router: Router, events: EventBus, authenticate: Authenticate): Promise<void> {
  router.describe({
    method: "GET",
    url: "/api/v1/live",
    tag: "live",
    summary:
      "WebSocket of domain events (message.created/updated, conversation.updated, alert.created/updated, customer.tags, ticket.created/updated) for signed-in agents",
    access: "agent",
    websocket: true,
  });
  if (!app.hasDecorator("websocketServer")) await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  const userOf = async (req: FastifyRequest) => {
    const token = tokenFromRequest(req) ?? new URL(req.url, "http://x").searchParams.get("token");
    return token ? authenticate(token) : null;
  };
  app.route({
    method: "GET",
    url: "/api/v1/live",
    // A plain HTTP GET (no upgrade) gets the same auth answer as any API route, then 426.
    handler: async (req, reply) => {
      if (!(await userOf(req))) throw new AppError("UNAUTHENTICATED", "Sign in or send a valid bearer token");
      return reply.status(426).header("upgrade", "websocket").send(errorBody("BAD_REQUEST", "Connect with a WebSocket"));
    },
    wsHandler: async (socket, req) => {
    const user = await userOf(req);
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
    },
  });
}
