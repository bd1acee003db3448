import { z } from "zod";
import type { AnyRouteSpec } from "./route.js";

type JsonSchema = Record<string, unknown>;

function toSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
}

function parameters(schema: z.ZodType | undefined, location: "path" | "query") {
  if (!schema) return [];
  const json = toSchema(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: location,
    required: location === "path" || (json.required ?? []).includes(name),
    schema: s,
    ...(typeof s.description === "string" ? { description: s.description } : {}),
  }));
}

const ERROR_RESPONSE = { $ref: "#/components/responses/Error" };

/** OpenAPI 3.1 document built from the registered routes' zod schemas. */
export function buildOpenApi(specs: readonly AnyRouteSpec[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of specs) {
    const path = spec.url.replace(/:(\w+)/g, "{$1}");
    const status = spec.websocket ? "101" : String(spec.status ?? 200);
    const responses: Record<string, unknown> = {
      [status]:
        status === "204"
          ? { description: "No content" }
          : status === "101"
            ? { description: "Switching protocols: a WebSocket carrying JSON messages" }
          : {
              description: "Success",
              ...(spec.response
                ? { content: { "application/json": { schema: toSchema(spec.response, "output") } } }
                : {}),
            },
      "400": ERROR_RESPONSE,
      ...(spec.access === "public" ? {} : { "401": ERROR_RESPONSE, "403": ERROR_RESPONSE }),
      ...(spec.params ? { "404": ERROR_RESPONSE } : {}),
    };
    paths[path] ??= {};
    paths[path][spec.method.toLowerCase()] = {
      tags: [spec.tag],
      summary: spec.summary,
      operationId: `${spec.method.toLowerCase()}${path.replace(/[{}]/g, "").replace(/[/_-](\w)/g, (_m, c: string) => c.toUpperCase())}`,
      ...(spec.access === "public" ? { security: [] } : {}),
      parameters: [...parameters(spec.params, "path"), ...parameters(spec.query, "query")],
      ...(spec.body
        ? { requestBody: { required: true, content: { "application/json": { schema: toSchema(spec.body, "input") } } } }
        : {}),
      responses,
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Mundo API",
      version,
      description: "Offline-first multilingual CRM. Errors are `{error:{code,message,field?}}`.",
    },
    servers: [{ url: "/" }],
    security: [{ bearer: [] }, { cookie: [] }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "Session token from /api/v1/auth/login or an API token" },
        cookie: { type: "apiKey", in: "cookie", name: "mundo_session" },
      },
      responses: {
        Error: {
          description: "Error",
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["error"],
                properties: {
                  error: {
                    type: "object",
                    required: ["code", "message"],
                    properties: { code: { type: "string" }, message: { type: "string" }, field: { type: "string" } },
                  },
                },
              },
            },
          },
        },
      },
    },
    paths,
  };
}
