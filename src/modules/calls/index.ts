import type { FastifyInstance } from "fastify";
import { uuidParam } from "../../shared/validators.js";
import type { Authenticate, Router } from "../../http/route.js";
import { registerCallRoutes } from "./calls.routes.js";
import { type CallsDeps, createCallsService } from "./calls.service.js";
import { registerCallSocket } from "./calls.socket.js";

export type { CallDto, SegmentDto, Speaker } from "./calls.repository.js";
export type { CallsDeps, CallsService, CaptionEvent } from "./calls.service.js";
export { createCallsService };

/**
 * Live captions for calls: the REST routes under /api/v1/calls and the caption WebSocket
 * /api/v1/calls/:id/captions. Call before the app is ready (listen/inject); returns the service.
 */
export async function registerCalls(router: Router, app: FastifyInstance, deps: CallsDeps & { authenticate: Authenticate }) {
  const calls = createCallsService(deps);
  registerCallRoutes(router, calls);
  await registerCallSocket(app, calls, deps.authenticate);
  router.describe({
    method: "GET",
    url: "/api/v1/calls/:id/captions",
    tag: "calls",
    summary: "WebSocket of bilingual captions for both sides of a call (agent: session/?token=; customer: ?key=)",
    access: "public",
    params: uuidParam,
    websocket: true,
  });
  return calls;
}
