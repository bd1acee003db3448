export { parseGenericPayload } from "./generic-webhook.js";
export { type MetaParseResult, parseMetaPayload } from "./meta-webhook.js";
export { registerWebhooks, verifySignature, type WebhookOptions } from "./webhooks.routes.js";
