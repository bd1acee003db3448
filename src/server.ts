import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { buildApp, type Services } from "./app.js";
import type { Config } from "./config.js";
import { type Database, openDatabase } from "./db/database.js";
import { migrate } from "./db/migrator.js";
import { createJobQueue } from "./jobs/create-job-queue.js";
import { OpenAiTranscription } from "./language/asr/openai-transcription.js";
import { createLanguageRuntime } from "./language/create-language-runtime.js";
import { createEmailSender, type ImapPoller, type SmtpInbound, startImapPoller, startSmtpInbound } from "./modules/email/index.js";
import { createLanguageStores } from "./modules/language/index.js";
import type { JobQueue } from "./jobs/job-queue.js";

export const WEB_DIST = fileURLToPath(new URL("../web/dist/", import.meta.url));

export interface RunningMundo {
  app: FastifyInstance;
  services: Services;
  database: Database;
  jobs: JobQueue;
  url: string;
  /** The inbound SMTP port (useful with MUNDO_SMTP_PORT=0), or null when off. */
  smtpPort: number | null;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Runs after migrations, before the app is built (e.g. building the UI, which the static server indexes). */
  prepare?: () => Promise<void>;
  /** Runs before the server listens (e.g. seeding demo data). */
  beforeListen?: (ctx: { services: Services; database: Database }) => Promise<void>;
  webDist?: string | null;
}

export async function startMundo(config: Config, options: StartOptions = {}): Promise<RunningMundo> {
  const database = await openDatabase(
    config.databaseUrl ? { kind: "postgres", url: config.databaseUrl } : { kind: "pglite", dataDir: config.dataDir },
  );
  let closeLanguage: () => Promise<void> = async () => {};
  try {
    await migrate(database);
    await options.prepare?.();
    const stores = createLanguageStores(database.db);
    const runtime = await createLanguageRuntime(config.translation, { memory: stores.memory.store, glossary: stores.glossary.store });
    closeLanguage = () => runtime.close();
    const jobs = createJobQueue(config.jobsDriver, database);
    const relay = config.email.relay;
    const emailSender = relay
      ? createEmailSender({
          transport: { host: relay.host, port: relay.port, secure: relay.secure, ...(relay.user ? { auth: { user: relay.user, pass: relay.pass ?? "" } } : {}) },
          from: relay.from,
          iso2022jpForJapanese: relay.japaneseCharset === "iso-2022-jp",
        })
      : null;
    const { app, services } = await buildApp({
      language: { runtime, stores },
      asr: config.asr ? new OpenAiTranscription(config.asr) : null,
      webhooks: config.webhooks,
      mailer: emailSender,
      database,
      jobs,
      sessionTtlHours: config.sessionTtlHours,
      logLevel: config.logLevel,
      webDist: options.webDist === undefined ? WEB_DIST : options.webDist,
    });
    if (config.admin) await services.users.ensureAdmin(config.admin.email, config.admin.password);
    if (emailSender) services.messages.senders.register(emailSender);
    await options.beforeListen?.({ services, database });
    await jobs.start();
    // Messages accepted before a crash but not processed: queue them again.
    await services.messages.ingest.resumePending();
    await services.imports.resumePending();
    await services.reviews.resumePending();
    const ingest = (m: Parameters<typeof services.messages.ingest.ingest>[0]) => services.messages.ingest.ingest(m);
    let smtp: SmtpInbound | null = null;
    let imap: ImapPoller | null = null;
    if (config.email.inbound) {
      const { port, host, recipients, maxBytes } = config.email.inbound;
      try {
        smtp = await startSmtpInbound({ port, host, allowedRecipients: recipients, maxBytes, ingest, logger: app.log });
      } catch (err) {
        await app.close();
        await jobs.stop();
        if ((err as NodeJS.ErrnoException).code === "EADDRINUSE") {
          throw new Error(`SMTP port ${port} on ${host} is already in use; set MUNDO_SMTP_PORT to another port, or off.`);
        }
        throw err;
      }
    }
    if (config.email.imap) imap = startImapPoller({ ...config.email.imap, ingest, logger: app.log });
    try {
      await app.listen({ port: config.port, host: config.host });
    } catch (err) {
      await jobs.stop();
      if ((err as NodeJS.ErrnoException).code === "EADDRINUSE") {
        throw new Error(`Port ${config.port} on ${config.host} is already in use; set PORT to another port.`);
      }
      throw err;
    }
    const address = app.server.address();
    const port = typeof address === "object" && address ? address.port : config.port;
    const host = config.host.includes(":") ? `[${config.host}]` : config.host;
    return {
      app,
      services,
      database,
      jobs,
      url: `http://${host}:${port}`,
      smtpPort: smtp?.port ?? null,
      async close() {
        await imap?.stop();
        await smtp?.close();
        emailSender?.close();
        await app.close();
        await jobs.stop();
        await runtime.close();
        await database.close();
      },
    };
  } catch (err) {
    await closeLanguage();
    await database.close();
    throw err;
  }
}
