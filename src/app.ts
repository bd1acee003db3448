import { readFileSync } from "node:fs";
import cookie from "@fastify/cookie";
import Fastify, { type FastifyInstance } from "fastify";
import { sql } from "kysely";
import type { Database } from "./db/database.js";
import { installErrorHandler } from "./http/error-handler.js";
import { buildOpenApi } from "./http/openapi.js";
import { createRouter } from "./http/route.js";
import { serveWeb } from "./http/static-web.js";
import type { JobQueue } from "./jobs/job-queue.js";
import type { LanguageRuntime } from "./language/language-runtime.js";
import { createAuthService, registerAuthRoutes } from "./modules/auth/index.js";
import { createCompaniesService, registerCompanyRoutes } from "./modules/companies/index.js";
import { createCustomersService, registerCustomerRoutes } from "./modules/customers/index.js";
import { createLanguageModule, type LanguageStores, registerLanguageModuleRoutes } from "./modules/language/index.js";
import { createMessagesModule } from "./modules/messages/index.js";
import { EventBus } from "./shared/event-bus.js";
import { registerLiveSocket } from "./http/live-socket.js";
import type { SpeechRecognizer } from "./language/asr/speech-recognizer.js";
import { registerCalls } from "./modules/calls/index.js";
import { CHAT_SOCKET_PATH, registerChat } from "./modules/chat/index.js";
import { type Mailer, registerEmailRoutes } from "./modules/email/index.js";
import { createImportsModule } from "./modules/imports/index.js";
import { registerWebhooks } from "./modules/webhooks/index.js";
import { createSettingsService, registerSettingsRoutes } from "./modules/settings/index.js";
import { createUsersService, registerUserRoutes } from "./modules/users/index.js";
import type { FeatureModule, ModuleContext } from "./modules/module-context.js";
import { createOrdersModule } from "./modules/orders/index.js";
import { createTagsModule } from "./modules/tags/index.js";
import { createSegmentsModule } from "./modules/segments/index.js";
import { createProfilesModule } from "./modules/profiles/index.js";
import { createConceptsModule } from "./modules/concepts/index.js";
import { createAlertsModule } from "./modules/alerts/index.js";
import { createReviewsModule } from "./modules/reviews/index.js";
import { createServiceModule } from "./modules/service/index.js";
import { createKbModule } from "./modules/kb/index.js";
import { createFaqBotModule } from "./modules/faq-bot/index.js";
import { createCsatModule } from "./modules/csat/index.js";
import { createServiceMetricsModule } from "./modules/service-metrics/index.js";

const VERSION = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;

export interface AppOptions {
  database: Database;
  jobs: JobQueue;
  sessionTtlHours: number;
  logLevel: string;
  /** Directory of the built web UI, or null to serve the API only. */
  webDist: string | null;
  language: { runtime: LanguageRuntime; stores: LanguageStores };
  /** Speech recognition for call audio; null: text segments only. */
  asr?: SpeechRecognizer | null;
  /** Secrets of the signed webhooks; an endpoint whose secret is unset answers 503 naming it. */
  webhooks?: { metaAppSecret?: string; metaVerifyToken?: string; webhookSecret?: string };
  /** Outbound notification email (alerts, surveys); null when no relay is configured. */
  mailer?: Mailer | null;
}

export function createServices(database: Database, sessionTtlHours: number) {
  const users = createUsersService(database.db);
  const companies = createCompaniesService(database.db);
  return {
    users,
    auth: createAuthService(database.db, users, sessionTtlHours),
    settings: createSettingsService(database.db),
    companies,
    customers: createCustomersService(database.db, companies),
  };
}

export type CoreServices = ReturnType<typeof createServices>;

function createAllServices(opts: AppOptions, events: EventBus) {
  const core = createServices(opts.database, opts.sessionTtlHours);
  const messages = createMessagesModule({
    db: opts.database.db,
    jobs: opts.jobs,
    events,
    language: opts.language.runtime,
    languageStores: opts.language.stores,
    settings: core.settings,
    customers: core.customers,
  });
  const ctx: ModuleContext = {
    db: opts.database.db,
    jobs: opts.jobs,
    events,
    language: opts.language.runtime,
    languageStores: opts.language.stores,
    settings: core.settings,
    customers: core.customers,
    users: core.users,
    messages,
    mailer: opts.mailer ?? null,
  };
  // Feature modules, in dependency order (#5 customer intelligence, #6 service centre).
  const orders = createOrdersModule(ctx);
  const tags = createTagsModule(ctx, { orders });
  const segments = createSegmentsModule(ctx, { tags, orders });
  const profiles = createProfilesModule(ctx, { tags, segments, orders });
  const concepts = createConceptsModule(ctx, { tags });
  const alerts = createAlertsModule(ctx, { tags });
  const reviews = createReviewsModule(ctx, { webhookSecret: opts.webhooks?.webhookSecret });
  const service = createServiceModule(ctx);
  const kb = createKbModule(ctx, { authenticate: core.auth.authenticate });
  const faqBot = createFaqBotModule(ctx, { kb, service });
  const csat = createCsatModule(ctx, { service });
  const serviceMetrics = createServiceMetricsModule(ctx, { service, csat });
  const features = { orders, tags, segments, profiles, concepts, alerts, reviews, service, kb, faqBot, csat, serviceMetrics };
  return {
    ...core,
    events,
    language: createLanguageModule(opts.language.runtime, opts.language.stores, VERSION),
    messages,
    imports: createImportsModule({ db: opts.database.db, jobs: opts.jobs, ingest: messages.ingest }),
    ...features,
    features: Object.values(features) satisfies FeatureModule[] as FeatureModule[],
  };
}
export type Services = ReturnType<typeof createAllServices>;

const SECURITY_HEADERS = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "same-origin",
  "content-security-policy":
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'",
};

export async function buildApp(opts: AppOptions): Promise<{ app: FastifyInstance; services: Services }> {
  const app = Fastify({
    logger: { level: opts.logLevel },
    bodyLimit: 1024 * 1024,
  });
  await app.register(cookie);
  installErrorHandler(app);
  app.addHook("onSend", async (_req, reply) => {
    reply.headers(SECURITY_HEADERS);
  });

  const events = new EventBus();
  const services = createAllServices(opts, events);
  await services.messages.startWorkers();
  await services.imports.startWorkers();
  for (const feature of services.features) await feature.startWorkers?.();
  const router = createRouter(app, services.auth.authenticate);

  app.get("/api/health", async (_req, reply) => {
    try {
      await sql`SELECT 1`.execute(opts.database.db);
      return { status: "ok", version: VERSION, database: opts.database.kind, jobs: opts.jobs.driver };
    } catch {
      return reply.status(503).send({ status: "unavailable", database: opts.database.kind });
    }
  });
  registerAuthRoutes(router, services.auth, services.users, opts.sessionTtlHours);
  registerUserRoutes(router, services.users);
  registerSettingsRoutes(router, services.settings);
  registerCompanyRoutes(router, services.companies);
  registerCustomerRoutes(router, services.customers);
  registerLanguageModuleRoutes(router, services.language);
  services.messages.registerRoutes(router);
  registerEmailRoutes(router, { ingest: (m) => services.messages.ingest.ingest(m) });
  services.imports.registerRoutes(router);
  for (const feature of services.features) await feature.registerRoutes(router, app);
  await registerWebhooks(app, { ingest: services.messages.ingest, ...opts.webhooks, router });
  await registerLiveSocket(app, router, events, services.auth.authenticate);
  await registerChat(app, { db: opts.database.db, messages: services.messages });
  router.describe({
    method: "GET",
    url: CHAT_SOCKET_PATH,
    tag: "chat",
    summary: "Public WebSocket of the embeddable chat widget (/widget/mundo-chat.js): visitors write in any language, read replies in theirs",
    access: "public",
    websocket: true,
  });
  await registerCalls(router, app, {
    db: opts.database.db,
    language: opts.language.runtime,
    recognizer: opts.asr ?? null,
    settings: services.settings,
    customers: services.customers,
    messages: services.messages,
    events,
    authenticate: services.auth.authenticate,
  });

  const openapi = buildOpenApi(router.specs, VERSION);
  app.get("/api/openapi.json", async () => openapi);
  await serveWeb(app, opts.webDist);
  return { app, services };
}
