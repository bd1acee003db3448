export { parseGenericPayload } from "./generic-webhook.js";
export { type MetaParseResult, parseMetaPayload } from "./meta-webhook.js";
export { parseJson, rawBody, registerWebhooks, verifySignature, type WebhookOptions } from "./webhooks.routes.js";
