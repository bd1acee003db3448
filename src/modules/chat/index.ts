import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import type { MessagesModule } from "../messages/index.js";
import { VisitorHub } from "./chat-hub.js";
import { createChatSender } from "./chat-sender.js";
import { registerChatRoutes } from "./chat.routes.js";
import { type ChatLimits, DEFAULT_CHAT_LIMITS, registerChatSocket } from "./chat.socket.js";

export { CHAT_SOCKET_PATH, type ChatLimits, DEFAULT_CHAT_LIMITS, MAX_TEXT_BYTES } from "./chat.socket.js";
export { DEMO_CSP, DEMO_PATH, WIDGET_PATH } from "./chat.routes.js";

export interface ChatOptions {
  db: Kysely<DB>;
  /** From `services.messages`: where visitor messages go, where replies are read back, where the "chat" sender registers. */
  messages: Pick<MessagesModule, "ingest" | "repo" | "senders">;
  limits?: Partial<ChatLimits>;
}

/**
 * The embeddable web chat: the public widget socket (`/api/v1/chat/socket`), the widget script
 * (`/widget/mundo-chat.js`), the demo host page (`/chat-demo`) and the "chat" channel sender.
 * Call before `listen`.
 */
export async function registerChat(app: FastifyInstance, opts: ChatOptions): Promise<{ hub: VisitorHub }> {
  const hub = new VisitorHub();
  // Widget conversations are threaded by the visitor id.
  const visitorOf = async (conversationId: string) =>
    (await opts.db.selectFrom("conversations").select("thread_key").where("id", "=", conversationId).executeTakeFirst())?.thread_key ?? null;
  opts.messages.senders.register(createChatSender({ hub, visitorOf }));
  await registerChatSocket(app, { hub, ingest: opts.messages.ingest, repo: opts.messages.repo, limits: { ...DEFAULT_CHAT_LIMITS, ...opts.limits } });
  registerChatRoutes(app);
  return { hub };
}
