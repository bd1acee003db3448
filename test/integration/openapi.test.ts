import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/test-app.js";

let t: TestApp;
let doc: any;
beforeAll(async () => {
  t = await createTestApp();
  const res = await t.call("GET", "/api/openapi.json", undefined, null);
  expect(res.status).toBe(200);
  doc = res.body;
});
afterAll(() => t.close());

const METHODS = ["get", "post", "put", "patch", "delete"];

/** "METHOD /path/:param" for every operation in the document. */
function documentedRoutes(): string[] {
  return Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
    Object.keys(ops)
      .filter((m) => METHODS.includes(m))
      .map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ":$1")}`),
  );
}

/** "METHOD /path" for every route Fastify serves, read from its route tree (HEAD is implied by GET). */
function registeredRoutes(): string[] {
  const stack: string[] = [];
  const routes: string[] = [];
  for (const line of t.app.printRoutes({ commonPrefix: false }).split("\n")) {
    const m = /^(.*?)[├└]── (\S+)(?: \(([^)]+)\))?/.exec(line);
    if (!m) continue;
    const depth = [...m[1]!].length / 4;
    const path = (depth > 0 ? stack[depth - 1]! : "") + m[2]!;
    stack.length = depth;
    stack.push(path);
    for (const method of m[3]?.split(", ") ?? []) if (method !== "HEAD") routes.push(`${method} ${path}`);
  }
  return routes;
}

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1.0 with bearer and cookie security schemes, served without authentication", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.components.securitySchemes.cookie).toMatchObject({ type: "apiKey", in: "cookie", name: "mundo_session" });
    expect(doc.security).toEqual(expect.arrayContaining([{ bearer: [] }, { cookie: [] }]));
  });

  it("documents every /api/v1 route the server registers, and nothing it does not", () => {
    // Public pages customers open (help centre, satisfaction survey) live outside /api/v1 but are documented.
    const publicPages = ["GET /help/:language", "GET /help/:language/:slug", "GET /survey/:token", "POST /survey/:token"];
    const isDocumented = (r: string) => r.split(" ")[1]!.startsWith("/api/v1/") || publicPages.includes(r);
    const registered = registeredRoutes();
    const documented = documentedRoutes();
    expect(registered.length).toBeGreaterThan(20);
    expect(new Set(documented).size).toBe(documented.length);
    expect([...documented].sort()).toEqual(registered.filter(isDocumented).sort());
    // Outside the versioned API: the health check, the document itself, the chat widget's script and demo page,
    // and the public pages.
    expect(registered.filter((r) => !r.split(" ")[1]!.startsWith("/api/v1/")).sort()).toEqual(
      ["GET /api/health", "GET /api/openapi.json", "GET /chat-demo", "GET /widget/mundo-chat.js", ...publicPages].sort(),
    );
    for (const route of documented) {
      const [method, url] = route.split(" ") as [string, string];
      expect(t.app.hasRoute({ method: method as "GET", url }), route).toBe(true);
    }
  });

  it("includes the CRUD operations of customers, companies, auth, users and settings", () => {
    const documented = new Set(documentedRoutes());
    const expected = [
      "POST /api/v1/auth/login",
      "POST /api/v1/auth/logout",
      "GET /api/v1/auth/me",
      "PATCH /api/v1/auth/me",
      "GET /api/v1/auth/tokens",
      "POST /api/v1/auth/tokens",
      "DELETE /api/v1/auth/tokens/:id",
      "GET /api/v1/users",
      "POST /api/v1/users",
      "GET /api/v1/users/:id",
      "PATCH /api/v1/users/:id",
      "GET /api/v1/settings",
      "PATCH /api/v1/settings",
      ...["customers", "companies"].flatMap((r) => [
        `GET /api/v1/${r}`,
        `POST /api/v1/${r}`,
        `GET /api/v1/${r}/:id`,
        `PATCH /api/v1/${r}/:id`,
        `DELETE /api/v1/${r}/:id`,
      ]),
    ];
    for (const route of expected) expect(documented.has(route), route).toBe(true);
  });

  it("gives each operation a unique operationId, its success status and its declared path parameters", () => {
    const ids = new Set<string>();
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
      const pathParams = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const [method, op] of Object.entries(ops)) {
        expect(ids.has(op.operationId), op.operationId).toBe(false);
        ids.add(op.operationId);
        const declared = op.parameters.filter((p: { in: string }) => p.in === "path");
        expect(declared.map((p: { name: string }) => p.name), `${method} ${path}`).toEqual(pathParams);
        expect(declared.every((p: { required: boolean }) => p.required)).toBe(true);
        if (op.security === undefined) expect(Object.keys(op.responses), `${method} ${path}`).toEqual(expect.arrayContaining(["401", "403"]));
      }
    }
    expect(Object.keys(doc.paths["/api/v1/customers"].post.responses)).toContain("201");
    expect(Object.keys(doc.paths["/api/v1/customers/{id}"].delete.responses)).toContain("204");
    expect(Object.keys(doc.paths["/api/v1/customers/{id}"].get.responses)).toContain("404");
  });

  it("describes the body of POST /api/v1/customers: name required, unknown keys refused", () => {
    const op = doc.paths["/api/v1/customers"].post;
    expect(op.requestBody.required).toBe(true);
    const schema = op.requestBody.content["application/json"].schema;
    expect(schema.type).toBe("object");
    expect(schema.required).toEqual(["name"]);
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(["name", "emails", "phones", "country", "preferredLanguages", "timeZone", "companyId", "tags"]),
    );
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.phones.type).toBe("array");
  });

  it("lists the query parameters of GET /api/v1/customers, with the sort values the API accepts", async () => {
    const params = doc.paths["/api/v1/customers"].get.parameters as Array<{ name: string; in: string; required: boolean; schema: any }>;
    const byName = new Map(params.map((p) => [p.name, p]));
    for (const name of ["q", "sort", "limit", "offset"]) {
      expect(byName.get(name), name).toMatchObject({ in: "query", required: false });
    }
    expect(byName.get("limit")!.schema).toMatchObject({ type: "integer", maximum: 100 });
    const sorts: string[] = byName.get("sort")!.schema.enum;
    expect(sorts).toEqual(expect.arrayContaining(["name", "-name"]));
    for (const sort of sorts) {
      expect((await t.call("GET", `/api/v1/customers?sort=${encodeURIComponent(sort)}`)).status, sort).toBe(200);
    }
    const notListed = await t.call("GET", "/api/v1/customers?sort=notes");
    expect(notListed.status).toBe(400);
    expect(notListed.body.error.field).toBe("sort");
  });

  it("marks the login route public with security: [] and only public routes answer without a token", async () => {
    const login = doc.paths["/api/v1/auth/login"].post;
    expect(login.security).toEqual([]);
    expect(Object.keys(login.responses)).not.toContain("401");
    const me = doc.paths["/api/v1/auth/me"].get;
    expect(me.security).toBeUndefined();
    expect((await t.call("GET", "/api/v1/auth/me", undefined, null)).status).toBe(401);
    for (const route of documentedRoutes()) {
      const [method, path] = route.split(" ") as [string, string];
      const op = doc.paths[path.replace(/:(\w+)/g, "{$1}")][method.toLowerCase()];
      if (op.security?.length === 0) continue;
      const url = path.replace(/:id/g, "7d0c5b8e-8d0e-4f51-9d7e-4a8b1b2f0c11");
      const res = await t.call(method as "GET", url, method === "GET" || method === "DELETE" ? undefined : {}, null);
      expect(res.status, route).toBe(401);
    }
  });
});
