import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, createTestApp, type TestApp } from "../support/test-app.js";
import { testDbKind } from "../support/test-database.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const login = (email: string, password: string) =>
  t.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password } });

/** A new user of `role` with its own session token. */
async function signUp(role: "admin" | "manager" | "agent") {
  const email = `${role}.${Math.random().toString(36).slice(2, 8)}@test.example`;
  const created = await t.call("POST", "/api/v1/users", { email, name: `A ${role}`, password: "password-123", role });
  expect(created.status).toBe(201);
  const res = await login(email, "password-123");
  return { user: created.body, token: res.json().token as string };
}

describe("health", () => {
  it("answers without authentication", async () => {
    const res = await t.call("GET", "/api/health", undefined, null);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "ok", database: testDbKind(), jobs: "inline" });
  });
});

describe("login, session cookie and logout", () => {
  it("returns {token,user} and sets an httpOnly, SameSite=Strict session cookie that authenticates on its own", async () => {
    const res = await login(ADMIN.email.toUpperCase(), ADMIN.password);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(["token", "user"]);
    expect(body.token).toMatch(/^mundo_ses_/);
    expect(body.user).toMatchObject({ email: ADMIN.email, role: "admin" });
    expect(body.user).not.toHaveProperty("passwordHash");
    expect(JSON.stringify(body.user)).not.toContain("argon2");

    const cookie = res.cookies.find((c) => c.name === "mundo_session");
    expect(cookie).toMatchObject({ value: body.token, httpOnly: true, sameSite: "Strict", path: "/" });
    expect(cookie?.maxAge).toBeGreaterThan(0);

    const me = await t.app.inject({ method: "GET", url: "/api/v1/auth/me", cookies: { mundo_session: cookie!.value } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ email: ADMIN.email, role: "admin" });
  });

  it("answers 401 INVALID_CREDENTIALS with the same message for a wrong password and an unknown email", async () => {
    const wrong = await login(ADMIN.email, "not-the-password");
    const unknown = await login("nobody@test.example", ADMIN.password);
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe("INVALID_CREDENTIALS");
      expect(res.cookies.find((c) => c.name === "mundo_session")).toBeUndefined();
    }
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
    expect((await login("", "x")).statusCode).toBe(400);
  });

  it("logout revokes the session token and clears the cookie; other sessions stay valid", async () => {
    const token = (await login(ADMIN.email, ADMIN.password)).json().token as string;
    expect((await t.call("GET", "/api/v1/auth/me", undefined, token)).status).toBe(200);
    const out = await t.app.inject({ method: "POST", url: "/api/v1/auth/logout", headers: { authorization: `Bearer ${token}` } });
    expect(out.statusCode).toBe(204);
    const cleared = out.cookies.find((c) => c.name === "mundo_session");
    expect(cleared?.value).toBe("");
    const after = await t.call("GET", "/api/v1/auth/me", undefined, token);
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe("UNAUTHENTICATED");
    expect((await t.call("GET", "/api/v1/auth/me")).status).toBe(200);
  });

  it("logs out a cookie-only session", async () => {
    const token = (await login(ADMIN.email, ADMIN.password)).json().token as string;
    const out = await t.app.inject({ method: "POST", url: "/api/v1/auth/logout", cookies: { mundo_session: token } });
    expect(out.statusCode).toBe(204);
    expect((await t.call("GET", "/api/v1/auth/me", undefined, token)).status).toBe(401);
  });
});

describe("roles", () => {
  const settingsPatch = { baseCurrency: "USD" };
  const newUser = () => ({ email: `x${Math.random().toString(36).slice(2, 8)}@test.example`, name: "X", password: "password-123" });

  it("an agent may read but gets 403 FORBIDDEN on creating users and changing settings", async () => {
    const agent = await t.tokenFor("agent");
    expect((await t.call("GET", "/api/v1/settings", undefined, agent)).status).toBe(200);
    for (const [method, url, body] of [
      ["POST", "/api/v1/users", newUser()],
      ["PATCH", "/api/v1/settings", settingsPatch],
      ["GET", "/api/v1/users", undefined],
    ] as const) {
      const res = await t.call(method, url, body, agent);
      expect(res.status, `${method} ${url}`).toBe(403);
      expect(res.body.error.code).toBe("FORBIDDEN");
    }
  });

  it("a manager may change settings and list users but not create or change users", async () => {
    const manager = await t.tokenFor("manager");
    const patched = await t.call("PATCH", "/api/v1/settings", settingsPatch, manager);
    expect(patched.status).toBe(200);
    expect(patched.body.baseCurrency).toBe("USD");
    expect((await t.call("GET", "/api/v1/users", undefined, manager)).status).toBe(200);
    const create = await t.call("POST", "/api/v1/users", newUser(), manager);
    expect(create.status).toBe(403);
    expect(create.body.error.code).toBe("FORBIDDEN");
    const me = await t.call("GET", "/api/v1/auth/me", undefined, manager);
    const promote = await t.call("PATCH", `/api/v1/users/${me.body.id}`, { role: "admin" }, manager);
    expect(promote.status).toBe(403);
  });

  it("an admin may create users", async () => {
    const res = await t.call("POST", "/api/v1/users", newUser());
    expect(res.status).toBe(201);
    expect(res.body.role).toBe("agent");
  });
});

describe("your own profile", () => {
  it("persists the UI language and rejects an invalid tag naming uiLanguage", async () => {
    const { token } = await signUp("agent");
    const patched = await t.call("PATCH", "/api/v1/auth/me", { uiLanguage: "ar" }, token);
    expect(patched.status).toBe(200);
    expect(patched.body.uiLanguage).toBe("ar");
    expect((await t.call("GET", "/api/v1/auth/me", undefined, token)).body.uiLanguage).toBe("ar");
    const bad = await t.call("PATCH", "/api/v1/auth/me", { uiLanguage: "not a tag!" }, token);
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: "VALIDATION_FAILED", field: "uiLanguage" });
    expect(bad.body.error.message).toContain("uiLanguage");
    expect((await t.call("GET", "/api/v1/auth/me", undefined, token)).body.uiLanguage).toBe("ar");
  });

  it("cannot change its own role", async () => {
    const { token } = await signUp("agent");
    const res = await t.call("PATCH", "/api/v1/auth/me", { role: "admin" }, token);
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe("role");
    expect((await t.call("GET", "/api/v1/auth/me", undefined, token)).body.role).toBe("agent");
  });

  it("changes its password: the new one signs in, the old one no longer does", async () => {
    const { user, token } = await signUp("agent");
    expect((await t.call("PATCH", "/api/v1/auth/me", { password: "brand-new-pass" }, token)).status).toBe(200);
    expect((await login(user.email, "password-123")).statusCode).toBe(401);
    expect((await login(user.email, "brand-new-pass")).statusCode).toBe(200);
  });
});

describe("API tokens", () => {
  it("creates a token shown once, lists it without its value, authenticates with it and records its use", async () => {
    const { token: session } = await signUp("agent");
    const created = await t.call("POST", "/api/v1/auth/tokens", { name: "Zapier" }, session);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "Zapier", id: expect.any(String) });
    const apiToken = created.body.token as string;
    expect(apiToken).toMatch(/^mundo_api_/);

    const listed = await t.call("GET", "/api/v1/auth/tokens", undefined, session);
    expect(listed.body.total).toBe(1);
    expect(listed.body.items[0]).toEqual({ id: created.body.id, name: "Zapier", createdAt: created.body.createdAt, lastUsedAt: null });
    expect(JSON.stringify(listed.body)).not.toContain(apiToken);

    const used = await t.call("GET", "/api/v1/auth/me", undefined, apiToken);
    expect(used.status).toBe(200);
    expect(used.body.role).toBe("agent");
    const after = await t.call("GET", "/api/v1/auth/tokens", undefined, session);
    expect(after.body.items[0].lastUsedAt).not.toBeNull();
    expect(new Date(after.body.items[0].lastUsedAt).getTime()).toBeGreaterThanOrEqual(new Date(created.body.createdAt).getTime());

    // Logging out with an API token does not revoke it.
    expect((await t.call("POST", "/api/v1/auth/logout", undefined, apiToken)).status).toBe(204);
    expect((await t.call("GET", "/api/v1/auth/me", undefined, apiToken)).status).toBe(200);
  });

  it("revokes a token (then 401) and answers 404 for someone else's token", async () => {
    const alice = await signUp("agent");
    const bob = await signUp("manager");
    const aliceToken = (await t.call("POST", "/api/v1/auth/tokens", { name: "alice-int" }, alice.token)).body;
    const bobToken = (await t.call("POST", "/api/v1/auth/tokens", { name: "bob-int" }, bob.token)).body;

    const foreign = await t.call("DELETE", `/api/v1/auth/tokens/${aliceToken.id}`, undefined, bob.token);
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe("NOT_FOUND");
    expect((await t.call("DELETE", `/api/v1/auth/tokens/${aliceToken.id}`)).status).toBe(404); // not even an admin
    expect((await t.call("GET", "/api/v1/auth/me", undefined, aliceToken.token)).status).toBe(200);
    expect((await t.call("GET", "/api/v1/auth/tokens", undefined, bob.token)).body.items.map((i: { name: string }) => i.name)).toEqual([
      "bob-int",
    ]);

    expect((await t.call("DELETE", `/api/v1/auth/tokens/${aliceToken.id}`, undefined, alice.token)).status).toBe(204);
    expect((await t.call("GET", "/api/v1/customers", undefined, aliceToken.token)).status).toBe(401);
    expect((await t.call("DELETE", `/api/v1/auth/tokens/${aliceToken.id}`, undefined, alice.token)).status).toBe(404);
    expect((await t.call("GET", "/api/v1/auth/me", undefined, bobToken.token)).status).toBe(200);
    expect((await t.call("DELETE", "/api/v1/auth/tokens/not-a-uuid", undefined, alice.token)).status).toBe(400);
  });
});

describe("users", () => {
  it("creates a user who can sign in, and lists and gets it", async () => {
    const res = await t.call("POST", "/api/v1/users", {
      email: "maria.ivanova@test.example",
      name: "Мария Иванова",
      password: "password-123",
      role: "manager",
      uiLanguage: "ru-ru",
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ email: "maria.ivanova@test.example", name: "Мария Иванова", role: "manager", uiLanguage: "ru-RU" });
    expect((await t.call("GET", `/api/v1/users/${res.body.id}`)).body).toEqual(res.body);
    const list = await t.call("GET", "/api/v1/users?limit=100");
    expect(list.body.items.map((u: { id: string }) => u.id)).toContain(res.body.id);
    expect(list.body.total).toBe(list.body.items.length);
    expect((await login("MARIA.IVANOVA@test.example", "password-123")).statusCode).toBe(200);
  });

  it("answers 409 on a duplicate email in another case, 400 naming password or email for bad input", async () => {
    const base = { name: "Dup", password: "password-123" };
    expect((await t.call("POST", "/api/v1/users", { ...base, email: "dup.user@test.example" })).status).toBe(201);
    const dup = await t.call("POST", "/api/v1/users", { ...base, email: "Dup.User@TEST.example" });
    expect(dup.status).toBe(409);
    expect(dup.body.error).toMatchObject({ code: "CONFLICT", field: "email" });
    const short = await t.call("POST", "/api/v1/users", { ...base, email: "short@test.example", password: "short" });
    expect(short.status).toBe(400);
    expect(short.body.error).toMatchObject({ code: "VALIDATION_FAILED", field: "password" });
    const badEmail = await t.call("POST", "/api/v1/users", { ...base, email: "nope" });
    expect(badEmail.body.error.field).toBe("email");
    const badRole = await t.call("POST", "/api/v1/users", { ...base, email: "role@test.example", role: "owner" });
    expect(badRole.body.error.field).toBe("role");
  });

  it("never demotes the last admin (409), but may demote one of two", async () => {
    const admins = async () =>
      (await t.call("GET", "/api/v1/users?limit=100")).body.items.filter((u: { role: string }) => u.role === "admin");
    const [only, ...others] = await admins();
    expect(others).toEqual([]);
    const demote = await t.call("PATCH", `/api/v1/users/${only.id}`, { role: "manager" });
    expect(demote.status).toBe(409);
    expect(demote.body.error).toMatchObject({ code: "CONFLICT", field: "role" });
    expect((await t.call("GET", "/api/v1/auth/me")).body.role).toBe("admin");

    const second = await signUp("admin");
    const demoteSecond = await t.call("PATCH", `/api/v1/users/${second.user.id}`, { role: "agent" }, second.token);
    expect(demoteSecond.status).toBe(200);
    expect(demoteSecond.body.role).toBe("agent");
    expect((await admins()).map((u: { id: string }) => u.id)).toEqual([only.id]);
    expect((await t.call("PATCH", `/api/v1/users/${only.id}`, { role: "agent" })).status).toBe(409);
    expect((await t.call("PATCH", `/api/v1/users/${only.id}`, { name: "Still Admin" })).body).toMatchObject({
      name: "Still Admin",
      role: "admin",
    });
  });

  it("keeps one admin when the only two admins are demoted at the same time", async () => {
    const me = (await t.call("GET", "/api/v1/auth/me")).body;
    const other = await signUp("admin");
    const results = await Promise.allSettled([
      t.services.users.update(me.id, { role: "agent" }),
      t.services.users.update(other.user.id, { role: "agent" }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = results.find((r) => r.status === "rejected");
    expect(rejected?.reason).toMatchObject({ code: "CONFLICT", field: "role" });
    const admins = (await t.services.users.list(100, 0)).items.filter((u) => u.role === "admin");
    expect(admins).toHaveLength(1);
    if (admins[0]!.id !== me.id) await t.services.users.update(me.id, { role: "admin" }); // later tests act as this admin
  });
});
