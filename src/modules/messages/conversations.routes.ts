import { z } from "zod";
import type { Router } from "../../http/route.js";
import { listResponse, uuidParam } from "../../shared/validators.js";
import type { ConversationsService } from "./conversations.service.js";
import { conversationListQuery, conversationSchema, messageSchema, replyBody, replyPreviewBody, updateConversationBody } from "./messages.schema.js";

export function registerConversationRoutes(router: Router, conversations: ConversationsService): void {
  const tag = "conversations";
  router.route({
    method: "GET",
    url: "/api/v1/conversations",
    tag,
    summary: "Conversations, most recent first; filter by channel, language, status, assignee, sentiment",
    access: "agent",
    query: conversationListQuery,
    response: listResponse(conversationSchema),
    handler: ({ query }) => conversations.list(query),
  });
  router.route({
    method: "GET",
    url: "/api/v1/conversations/:id",
    tag,
    summary: "One conversation",
    access: "agent",
    params: uuidParam,
    response: conversationSchema,
    handler: ({ params }) => conversations.get(params.id),
  });
  router.route({
    method: "PATCH",
    url: "/api/v1/conversations/:id",
    tag,
    summary: "Change status or assignee",
    access: "agent",
    params: uuidParam,
    body: updateConversationBody,
    response: conversationSchema,
    handler: ({ params, body }) => conversations.update(params.id, body),
  });
  router.route({
    method: "GET",
    url: "/api/v1/conversations/:id/messages",
    tag,
    summary: "The conversation's messages, oldest first",
    access: "agent",
    params: uuidParam,
    query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(200), offset: z.coerce.number().int().min(0).default(0) }),
    response: listResponse(messageSchema),
    handler: ({ params, query }) => conversations.messages(params.id, query.limit, query.offset),
  });
  router.route({
    method: "POST",
    url: "/api/v1/conversations/:id/replies/preview",
    tag,
    summary: "How a reply written in the working language will read in the customer's language",
    access: "agent",
    params: uuidParam,
    body: replyPreviewBody,
    response: z.object({
      from: z.string(),
      to: z.string(),
      translation: z.object({ text: z.string(), provenance: z.record(z.string(), z.unknown()) }).nullable(),
      note: z.string().nullable(),
    }),
    handler: ({ params, body }) => conversations.preview(params.id, body.text),
  });
  router.route({
    method: "POST",
    url: "/api/v1/conversations/:id/replies",
    tag,
    summary: "Send a reply: stored with its translation, delivered on the conversation's channel",
    access: "agent",
    params: uuidParam,
    body: replyBody,
    response: messageSchema,
    status: 201,
    handler: ({ params, body, user }) => conversations.reply(params.id, { id: user.id, name: user.name }, body),
  });
}
