import { z } from "zod";
import type { Router } from "../../http/route.js";
import { notFound } from "../../shared/app-error.js";
import { listResponse, uuidParam } from "../../shared/validators.js";
import type { IngestService } from "./ingest.service.js";
import { toMessageDto } from "./message-dto.js";
import type { MessagesRepository } from "./messages.repository.js";
import { createMessageBody, messageListQuery, messageSchema } from "./messages.schema.js";

// Types a browser may render inline; anything else downloads, so an attached .html can't run in our origin.
const INLINE_TYPES = /^(image\/(png|jpeg|gif|webp)|application\/pdf|text\/plain)$/;

export function registerMessageRoutes(router: Router, ingest: IngestService, repo: MessagesRepository, requeue: (id: string) => Promise<void>): void {
  const tag = "messages";
  router.route({
    method: "POST",
    url: "/api/v1/messages",
    tag,
    summary: "Ingest a message from any channel; the same channel + externalId again returns the stored message (200)",
    access: "agent",
    body: createMessageBody,
    response: messageSchema,
    status: 201,
    async handler({ body, reply }) {
      const { message, created } = await ingest.ingest({
        channel: body.channel,
        externalId: body.externalId,
        customer: body.customer,
        text: body.text,
        html: body.html,
        subject: body.subject,
        sentAt: body.sentAt ? new Date(body.sentAt) : undefined,
        threadKey: body.threadId,
      });
      if (!created) reply.status(200);
      return message;
    },
  });
  router.route({
    method: "GET",
    url: "/api/v1/messages",
    tag,
    summary: "Messages, newest first",
    access: "agent",
    query: messageListQuery,
    response: listResponse(messageSchema),
    async handler({ query }) {
      const { items, total } = await repo.list(query);
      const attachments = await repo.attachmentsOf(items.map((m) => m.id));
      return { items: items.map((m) => toMessageDto(m, attachments.filter((a) => a.message_id === m.id))), total };
    },
  });
  router.route({
    method: "GET",
    url: "/api/v1/messages/:id",
    tag,
    summary: "One message",
    access: "agent",
    params: uuidParam,
    response: messageSchema,
    async handler({ params }) {
      const row = await repo.findById(params.id);
      if (!row) throw notFound("Message", params.id);
      return toMessageDto(row, await repo.attachmentsOf([row.id]));
    },
  });
  router.route({
    method: "POST",
    url: "/api/v1/messages/:id/retry",
    tag,
    summary: "Process a failed message again",
    access: "agent",
    params: uuidParam,
    status: 202,
    response: z.object({ queued: z.boolean() }),
    async handler({ params }) {
      const row = await repo.findById(params.id);
      if (!row) throw notFound("Message", params.id);
      await repo.update(params.id, { state: "received", state_error: null });
      await requeue(params.id);
      return { queued: true };
    },
  });
  router.route({
    method: "GET",
    url: "/api/v1/messages/:id/attachments/:attachmentId",
    tag,
    summary: "Download an attachment",
    access: "agent",
    params: z.object({ id: z.uuid(), attachmentId: z.uuid() }),
    async handler({ params, reply }) {
      const a = await repo.attachmentContent(params.id, params.attachmentId);
      if (!a) throw notFound("Attachment", params.attachmentId);
      const inline = INLINE_TYPES.test(a.content_type);
      const name = (a.filename ?? "attachment").replace(/["\\\r\n]/g, "_");
      reply
        .type(inline ? a.content_type : "application/octet-stream")
        .header("content-disposition", `${inline ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(name)}`)
        .header("content-security-policy", "default-src 'none'; sandbox");
      return a.content;
    },
  });
}
