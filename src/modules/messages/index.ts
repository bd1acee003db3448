import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import type { Router } from "../../http/route.js";
import type { JobQueue } from "../../jobs/job-queue.js";
import type { LanguageRuntime } from "../../language/language-runtime.js";
import type { EventBus } from "../../shared/event-bus.js";
import type { CustomersService } from "../customers/index.js";
import type { LanguageStores } from "../language/index.js";
import type { SettingsService } from "../settings/index.js";
import { ChannelSenders } from "./channel-sender.js";
import { registerConversationRoutes } from "./conversations.routes.js";
import { createConversationsService } from "./conversations.service.js";
import { createIngestService, PROCESS_JOB } from "./ingest.service.js";
import { createMessagePipeline, type ProcessedHook } from "./message-pipeline.js";
import { registerMessageRoutes } from "./messages.routes.js";
import { createMessagesRepository } from "./messages.repository.js";

export type { ChannelSender, OutboundReply } from "./channel-sender.js";
export type { InboundMessage, IngestService } from "./ingest.service.js";
export { type ConversationDto, inboundMessageBody, type MessageDto } from "./messages.schema.js";
export { PROCESS_JOB };
export type { ProcessedHook, ProcessedMessage } from "./message-pipeline.js";
export { toMessageDto } from "./message-dto.js";

export function createMessagesModule(deps: {
  db: Kysely<DB>;
  jobs: JobQueue;
  events: EventBus;
  language: LanguageRuntime;
  languageStores: LanguageStores;
  settings: SettingsService;
  customers: CustomersService;
}) {
  const repo = createMessagesRepository(deps.db);
  const senders = new ChannelSenders();
  const ingest = createIngestService({ repo, customers: deps.customers, jobs: deps.jobs, events: deps.events });
  const hooks: ProcessedHook[] = [];
  const pipeline = createMessagePipeline({ repo, language: deps.language, settings: deps.settings, customers: deps.customers, events: deps.events, hooks });
  const conversations = createConversationsService({ ...deps, repo, senders });
  return {
    repo,
    senders,
    ingest,
    pipeline,
    conversations,
    /** Adds a step run for every inbound message after language, translation and sentiment (see ProcessedHook). */
    onProcessed(hook: ProcessedHook) {
      hooks.push(hook);
    },
    /** Registers the job handler; call before the queue starts, then resumePending() after. */
    async startWorkers() {
      await deps.jobs.work<{ messageId: string }>(PROCESS_JOB, (payload, ctx) => pipeline.handle(payload, ctx));
    },
    registerRoutes(router: Router) {
      registerMessageRoutes(router, ingest, repo, (id) => deps.jobs.send(PROCESS_JOB, { messageId: id }, { singletonKey: id, retryLimit: 5 }).then(() => undefined));
      registerConversationRoutes(router, conversations);
    },
  };
}
export type MessagesModule = ReturnType<typeof createMessagesModule>;
