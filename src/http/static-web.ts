import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { errorBody } from "./error-handler.js";

// Serves the built web UI; unknown non-API GETs get index.html so client-side routes survive reloads.
export async function serveWeb(app: FastifyInstance, distDir: string | null): Promise<void> {
  const hasUi = distDir !== null && existsSync(join(distDir, "index.html"));
  if (hasUi) {
    await app.register(fastifyStatic, { root: distDir, wildcard: false, index: ["index.html"], maxAge: "1h" });
  }
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split("?")[0] ?? "";
    if (hasUi && req.method === "GET" && !path.startsWith("/api/")) {
      return reply.header("cache-control", "no-cache").sendFile("index.html");
    }
    return reply.status(404).send(errorBody("NOT_FOUND", `No route ${req.method} ${path}`));
  });
}
