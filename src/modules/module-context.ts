import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import type { DB } from "../db/schema.js";
import type { Router } from "../http/route.js";
import type { JobQueue } from "../jobs/job-queue.js";
import type { LanguageRuntime } from "../language/language-runtime.js";
import type { EventBus } from "../shared/event-bus.js";
import type { CustomersService } from "./customers/index.js";
import type { Mailer } from "./email/index.js";
import type { LanguageStores } from "./language/index.js";
import type { MessagesModule } from "./messages/index.js";
import type { SettingsService } from "./settings/index.js";
import type { UsersService } from "./users/index.js";

/** What every feature module may use; each module's factory takes this plus the modules it builds on. */
export interface ModuleContext {
  db: Kysely<DB>;
  jobs: JobQueue;
  events: EventBus;
  language: LanguageRuntime;
  languageStores: LanguageStores;
  settings: SettingsService;
  customers: CustomersService;
  users: UsersService;
  messages: MessagesModule;
  /** null when no SMTP relay is configured: email notifications are then skipped (and say so). */
  mailer: Mailer | null;
}

/** The shape app.ts wires: routes (typed through the router, or raw Fastify for public pages/uploads) and job workers. */
export interface FeatureModule {
  registerRoutes(router: Router, app: FastifyInstance): void | Promise<void>;
  /** Registers job handlers; called before the queue starts. */
  startWorkers?(): Promise<void>;
}
