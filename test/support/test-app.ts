import type { FastifyInstance, InjectOptions } from "fastify";
import { buildApp, type Services } from "../../src/app.js";
import { loadConfig, type TranslationConfig } from "../../src/config.js";
import { InlineJobQueue } from "../../src/jobs/inline-job-queue.js";
import { createLanguageRuntime } from "../../src/language/create-language-runtime.js";
import type { Mailer } from "../../src/modules/email/index.js";
import { createLanguageStores } from "../../src/modules/language/index.js";
import { createTestDatabase, type TestDatabase } from "./test-database.js";

export const ADMIN = { email: "admin@test.example", password: "admin-password-1" };

export interface TestApp {
  app: FastifyInstance;
  jobs: InlineJobQueue;
  services: Services;
  db: TestDatabase;
  adminToken: string;
  /** Sends a JSON request, with the admin token unless `token` is given (null: none). */
  call(method: InjectOptions["method"], url: string, body?: unknown, token?: string | null): Promise<{ status: number; body: any }>;
  tokenFor(role: "admin" | "manager" | "agent"): Promise<string>;
  close(): Promise<void>;
}

/** Translation settings as from the environment (default: no engine), e.g. `{ MUNDO_TRANSLATION_ENGINES: "apertium" }`. */
export function translationConfig(env: Record<string, string> = {}): TranslationConfig {
  return loadConfig({ MUNDO_TRANSLATION_ENGINES: "none", ...env }).translation;
}

export async function createTestApp(
  options: {
    translation?: TranslationConfig;
    webhooks?: { metaAppSecret?: string; metaVerifyToken?: string; webhookSecret?: string };
    /** Notification mail (alerts, surveys): e.g. createEmailSender() pointed at a local smtp-server. */
    mailer?: Mailer | null;
  } = {},
): Promise<TestApp> {
  const db = await createTestDatabase();
  const jobs = new InlineJobQueue(db.database.db);
  const stores = createLanguageStores(db.database.db);
  const runtime = await createLanguageRuntime(options.translation ?? translationConfig(), {
    memory: stores.memory.store,
    glossary: stores.glossary.store,
  });
  const { app, services } = await buildApp({
    database: db.database,
    jobs,
    sessionTtlHours: 1,
    logLevel: "silent",
    webDist: null,
    language: { runtime, stores },
    webhooks: options.webhooks,
    mailer: options.mailer ?? null,
  });
  await jobs.start();
  await services.users.ensureAdmin(ADMIN.email, ADMIN.password);
  const adminToken = (await services.auth.login(ADMIN.email, ADMIN.password)).token;

  const call: TestApp["call"] = async (method, url, body, token = adminToken) => {
    const res = await app.inject({
      method,
      url,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      ...(body === undefined ? {} : { payload: body as object }),
    });
    return { status: res.statusCode, body: res.body ? res.json() : undefined };
  };

  return {
    app,
    jobs,
    services,
    db,
    adminToken,
    call,
    async tokenFor(role) {
      const email = `${role}-${Math.random().toString(36).slice(2)}@test.example`;
      await services.users.create({ email, name: role, password: "role-password-1", role });
      return (await services.auth.login(email, "role-password-1")).token;
    },
    async close() {
      await app.close();
      await jobs.stop();
      await runtime.close();
      await db.dispose();
    },
  };
}
