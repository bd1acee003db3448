import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import type { Role } from "../db/schema.js";
import { AppError } from "../shared/app-error.js";
import { type AuthUser, hasRole, tokenFromRequest } from "./auth-context.js";

type Schema = z.ZodType;
type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

export interface RouteContext<B, Q, P> {
  body: B;
  query: Q;
  params: P;
  user: AuthUser;
  req: FastifyRequest;
  reply: FastifyReply;
}

export interface RouteSpec<B extends Schema | undefined, Q extends Schema | undefined, P extends Schema | undefined> {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  url: string;
  tag: string;
  summary: string;
  /** "public", or the least role allowed (agent < manager < admin). */
  access: "public" | Role;
  body?: B;
  query?: Q;
  params?: P;
  response?: Schema;
  /** Success status; 204 sends no body. */
  status?: number;
  /** A WebSocket endpoint (documented as an HTTP upgrade). */
  websocket?: boolean;
  handler(ctx: RouteContext<Infer<B>, Infer<Q>, Infer<P>>): Promise<unknown>;
}

export type AnyRouteSpec = RouteSpec<Schema | undefined, Schema | undefined, Schema | undefined>;
export type Authenticate = (token: string) => Promise<AuthUser | null>;

export interface Router {
  route<B extends Schema | undefined = undefined, Q extends Schema | undefined = undefined, P extends Schema | undefined = undefined>(
    spec: RouteSpec<B, Q, P>,
  ): void;
  /** Documents a route registered directly on Fastify (WebSockets, raw-body webhooks) in the OpenAPI document. */
  describe(spec: Omit<AnyRouteSpec, "handler">): void;
  readonly specs: readonly AnyRouteSpec[];
}

function parse<S extends Schema | undefined>(schema: S, value: unknown, where: string): Infer<S> {
  if (!schema) return undefined as Infer<S>;
  const result = schema.safeParse(value ?? (where === "body" ? undefined : {}));
  if (result.success) return result.data as Infer<S>;
  const issue = result.error.issues[0]!;
  const path = issue.path.map(String);
  // Unknown keys are reported by name, so a typo in a field is never silently dropped.
  if (issue.code === "unrecognized_keys") path.push(String(issue.keys[0]));
  const field = path.join(".");
  const label = field || where;
  const message =
    value === undefined && where === "body" ? "a JSON body is required" : `${label}: ${issue.message}`;
  throw new AppError("VALIDATION_FAILED", message, field || undefined);
}

/** Registers validated, access-checked routes and remembers them for the OpenAPI document. */
export function createRouter(app: FastifyInstance, authenticate: Authenticate): Router {
  const specs: AnyRouteSpec[] = [];
  return {
    specs,
    describe(spec) {
      specs.push({ ...spec, handler: async () => undefined });
    },
    route<B extends Schema | undefined, Q extends Schema | undefined, P extends Schema | undefined>(
      spec: RouteSpec<B, Q, P>,
    ) {
      specs.push(spec as unknown as AnyRouteSpec);
      app.route({
        method: spec.method,
        url: spec.url,
        handler: async (req, reply) => {
          let user: AuthUser | null = null;
          if (spec.access !== "public") {
            const token = tokenFromRequest(req);
            user = token ? await authenticate(token) : null;
            if (!user) throw new AppError("UNAUTHENTICATED", "Sign in or send a valid bearer token");
            if (!hasRole(user, spec.access)) {
              throw new AppError("FORBIDDEN", `This action needs the ${spec.access} role (you are ${user.role})`);
            }
          }
          const ctx = {
            params: parse(spec.params as P, req.params, "path"),
            query: parse(spec.query as Q, req.query, "query"),
            body: parse(spec.body as B, req.body, "body"),
            user: user as AuthUser,
            req,
            reply,
          };
          // The default first, so a handler may still choose another (e.g. 200 for an idempotent repeat).
          reply.status(spec.status ?? 200);
          const result = await spec.handler(ctx);
          return reply.statusCode === 204 ? reply.send() : result;
        },
      });
    },
  };
}
