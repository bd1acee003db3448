import { AppError } from "../../shared/app-error.js";
import { type InboundMessage, inboundMessageBody } from "../messages/index.js";

export const SOURCE_PATTERN = /^[a-z0-9-]{1,40}$/;

/** Body of POST /api/v1/webhooks/:source — the generic message shape, without a channel (it is "social"). */
export const genericWebhookBody = inboundMessageBody;

/**
 * Validates a generic webhook body and maps it to an inbound "social" message. External ids, thread ids and
 * handles are namespaced by the source, so two sources that both number their messages 1, 2, 3… never collide.
 */
export function parseGenericPayload(source: string, payload: unknown): InboundMessage {
  const result = genericWebhookBody.safeParse(payload);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issue.path.map(String);
    if (issue.code === "unrecognized_keys") path.push(String(issue.keys[0]));
    const field = path.join(".");
    throw new AppError("VALIDATION_FAILED", `${field || "body"}: ${issue.message}`, field || undefined);
  }
  const b = result.data;
  return {
    channel: "social",
    externalId: `${source}:${b.externalId}`,
    customer: { ...b.customer, handle: b.customer.handle ? `${source}:${b.customer.handle}` : undefined },
    text: b.text,
    html: b.html,
    subject: b.subject,
    sentAt: b.sentAt ? new Date(b.sentAt) : undefined,
    threadKey: b.threadId ? `${source}:${b.threadId}` : undefined,
    metadata: { source, externalId: b.externalId, ...(b.threadId ? { threadId: b.threadId } : {}) },
  };
}
