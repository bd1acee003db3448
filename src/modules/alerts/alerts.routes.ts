import { z } from "zod";
import type { Router } from "../../http/route.js";
import { listResponse, uuidParam } from "../../shared/validators.js";
import type { AlertRules } from "./alert-rules.service.js";
import {
  alertListQuery,
  alertRuleSchema,
  alertSchema,
  alertSettingsSchema,
  createAlertRuleBody,
  createdWebhookSchema,
  createWebhookBody,
  deliveryListQuery,
  deliverySchema,
  updateAlertRuleBody,
  updateAlertSettingsBody,
  updateWebhookBody,
  webhookSchema,
  webhookTestResult,
} from "./alerts.schema.js";
import type { AlertsService } from "./alerts.service.js";

export function registerAlertRoutes(router: Router, alerts: AlertsService, rules: AlertRules): void {
  const tag = "alerts";
  router.route({
    method: "GET",
    url: "/api/v1/alerts",
    tag,
    summary: "List alerts, newest first (filters: acknowledged, kind, language, customerId)",
    access: "agent",
    query: alertListQuery,
    response: listResponse(alertSchema),
    handler: ({ query }) => alerts.list(query),
  });
  router.route({
    method: "GET",
    url: "/api/v1/alerts/:id",
    tag,
    summary: "Get an alert",
    access: "agent",
    params: uuidParam,
    response: alertSchema,
    handler: ({ params }) => alerts.get(params.id),
  });
  router.route({
    method: "POST",
    url: "/api/v1/alerts/:id/ack",
    tag,
    summary: "Acknowledge an alert (a second acknowledgement keeps the first)",
    access: "agent",
    params: uuidParam,
    response: alertSchema,
    handler: ({ params, user }) => alerts.acknowledge(params.id, user.id),
  });

  router.route({
    method: "GET",
    url: "/api/v1/alert-rules",
    tag,
    summary: "List alert rules (the seeded default first)",
    access: "agent",
    response: z.object({ items: z.array(alertRuleSchema) }),
    handler: async () => ({ items: await rules.list() }),
  });
  router.route({
    method: "POST",
    url: "/api/v1/alert-rules",
    tag,
    summary: "Add a rule: negative-message (optionally in one language) or negative-streak (N negatives from a tagged customer within D days)",
    access: "manager",
    body: createAlertRuleBody,
    response: alertRuleSchema,
    status: 201,
    handler: ({ body }) => rules.create(body),
  });
  router.route({
    method: "GET",
    url: "/api/v1/alert-rules/:id",
    tag,
    summary: "Get an alert rule",
    access: "agent",
    params: uuidParam,
    response: alertRuleSchema,
    handler: ({ params }) => rules.get(params.id),
  });
  router.route({
    method: "PATCH",
    url: "/api/v1/alert-rules/:id",
    tag,
    summary: "Enable, disable or change an alert rule",
    access: "manager",
    params: uuidParam,
    body: updateAlertRuleBody,
    response: alertRuleSchema,
    handler: ({ params, body }) => rules.update(params.id, body),
  });
  router.route({
    method: "DELETE",
    url: "/api/v1/alert-rules/:id",
    tag,
    summary: "Delete an alert rule (the default one can only be disabled); its alerts stay",
    access: "manager",
    params: uuidParam,
    status: 204,
    handler: ({ params }) => rules.remove(params.id),
  });

  router.route({
    method: "GET",
    url: "/api/v1/alert-settings",
    tag,
    summary: "Alert email recipients and the public address used in links",
    access: "manager",
    response: alertSettingsSchema,
    handler: () => alerts.settings(),
  });
  router.route({
    method: "PATCH",
    url: "/api/v1/alert-settings",
    tag,
    summary: "Change alert email recipients or the public address used in links",
    access: "manager",
    body: updateAlertSettingsBody,
    response: alertSettingsSchema,
    handler: ({ body }) => alerts.updateSettings(body),
  });

  router.route({
    method: "GET",
    url: "/api/v1/alert-webhooks",
    tag,
    summary: "List outbound alert webhooks with their last delivery",
    access: "manager",
    response: z.object({ items: z.array(webhookSchema) }),
    handler: async () => ({ items: await alerts.listWebhooks() }),
  });
  router.route({
    method: "POST",
    url: "/api/v1/alert-webhooks",
    tag,
    summary: "Add a webhook (http/https URL); the signing secret is answered once",
    access: "manager",
    body: createWebhookBody,
    response: createdWebhookSchema,
    status: 201,
    handler: ({ body, user }) => alerts.createWebhook(body, user.id),
  });
  router.route({
    method: "PATCH",
    url: "/api/v1/alert-webhooks/:id",
    tag,
    summary: "Enable, disable or describe a webhook",
    access: "manager",
    params: uuidParam,
    body: updateWebhookBody,
    response: webhookSchema,
    handler: ({ params, body }) => alerts.updateWebhook(params.id, body),
  });
  router.route({
    method: "DELETE",
    url: "/api/v1/alert-webhooks/:id",
    tag,
    summary: "Delete a webhook (its delivery log stays)",
    access: "manager",
    params: uuidParam,
    status: 204,
    handler: ({ params }) => alerts.deleteWebhook(params.id),
  });
  router.route({
    method: "POST",
    url: "/api/v1/alert-webhooks/:id/test",
    tag,
    summary: "Send a signed ping to a webhook now and report the receiver's answer",
    access: "manager",
    params: uuidParam,
    response: webhookTestResult,
    handler: ({ params }) => alerts.testWebhook(params.id),
  });
  router.route({
    method: "GET",
    url: "/api/v1/alert-deliveries",
    tag,
    summary: "Delivery log of alert webhooks and emails: status, attempts, last error, response code (newest first)",
    access: "manager",
    query: deliveryListQuery,
    response: listResponse(deliverySchema),
    handler: ({ query }) => alerts.listDeliveries(query),
  });
}
