import type { SettingsService } from "../settings/index.js";
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import { notFound } from "../../shared/app-error.js";
import type { EventBus } from "../../shared/event-bus.js";
import type { Mailer } from "../email/index.js";
import type { ProcessedMessage } from "../messages/index.js";
import type { AlertDeliveriesRepository } from "./alert-deliveries.repository.js";
import type { AlertDelivery } from "./alert-delivery.service.js";
import { type AlertSnapshot, toAlertDto } from "./alert-dto.js";
import type { AlertRules } from "./alert-rules.service.js";
import type { AlertsRepository } from "./alerts.repository.js";
import type { AlertDto, AlertListQuery, DeliveryDto, DeliveryListQuery, UpdateAlertSettingsInput, WebhookDto } from "./alerts.schema.js";
import { generateSecret } from "./webhook-signature.js";

type WebhookRow = Awaited<ReturnType<AlertDeliveriesRepository["listWebhooks"]>>[number];
type DeliveryRow = NonNullable<Awaited<ReturnType<AlertDeliveriesRepository["findDelivery"]>>>;

const toWebhookDto = (w: WebhookRow): WebhookDto => ({
  id: w.id,
  url: w.url,
  description: w.description,
  enabled: w.enabled,
  secretHint: `…${w.secret.slice(-4)}`,
  createdAt: w.created_at.toISOString(),
  lastDelivery: w.last_status && w.last_at ? { status: w.last_status, at: new Date(w.last_at).toISOString(), responseCode: w.last_code ?? null } : null,
});

const toDeliveryDto = (d: DeliveryRow): DeliveryDto => ({
  id: d.id,
  alertId: d.alert_id,
  channel: d.channel,
  webhookId: d.webhook_id,
  target: d.target,
  status: d.status,
  attempts: d.attempts,
  lastError: d.last_error,
  responseCode: d.response_code,
  deliveredAt: d.delivered_at?.toISOString() ?? null,
  createdAt: d.created_at.toISOString(),
  updatedAt: d.updated_at.toISOString(),
});

export function createAlertsService(deps: {
  db: Kysely<DB>;
  repo: AlertsRepository;
  deliveries: AlertDeliveriesRepository;
  delivery: AlertDelivery;
  rules: AlertRules;
  events: EventBus;
  mailer: Mailer | null;
  settings: SettingsService;
}) {
  const { db, repo, deliveries, delivery, rules, events } = deps;

  async function get(id: string): Promise<AlertDto> {
    const row = await repo.findAlert(id);
    if (!row) throw notFound("Alert", id);
    return toAlertDto(row);
  }

  /** The processed-message hook: raise an alert per rule hit (once per rule and message), queue deliveries. */
  async function onMessage(m: ProcessedMessage): Promise<void> {
    const hits = await rules.evaluate(m);
    if (hits.length === 0) return;
    const customer = m.customerId ? await db.selectFrom("customers").select("name").where("id", "=", m.customerId).executeTakeFirst() : undefined;
    const snapshot: AlertSnapshot = { original: m.originalText, translation: m.translation, sentiment: m.sentiment, customerName: customer?.name ?? null };
    for (const { rule, reason } of hits) {
      const { id, created } = await repo.insertAlert({
        kind: rule.kind,
        rule_id: rule.id,
        customer_id: m.customerId,
        message_id: m.id,
        conversation_id: m.conversationId,
        language: m.language === "und" ? null : m.language,
        reason,
        snapshot: { ...snapshot },
      });
      // Enqueue only: the message pipeline never waits for a receiver or a mail server.
      await delivery.enqueue(id);
      if (created) events.emit("alert.created", { alert: await get(id) });
    }
  }

  async function settings() {
    const s = await repo.getSettings();
    // The address links point to is the workspace's (PATCH /api/v1/settings), shown here for reference.
    const { publicUrl } = await deps.settings.get();
    return { emailRecipients: s.email_recipients, publicUrl, mailerConfigured: deps.mailer !== null, updatedAt: s.updated_at.toISOString() };
  }

  async function webhook(id: string) {
    const row = (await deliveries.listWebhooks()).find((w) => w.id === id);
    if (!row) throw notFound("Webhook", id);
    return row;
  }

  return {
    onMessage,
    get,
    async list(q: AlertListQuery) {
      const { items, total } = await repo.listAlerts(q);
      return { items: items.map(toAlertDto), total };
    },
    async acknowledge(id: string, userId: string): Promise<AlertDto> {
      await get(id);
      const result = await repo.acknowledge(id, userId);
      const alert = await get(id);
      if (Number(result.numUpdatedRows) > 0) events.emit("alert.updated", { alert });
      return alert;
    },

    settings,
    async updateSettings(patch: UpdateAlertSettingsInput) {
      await repo.updateSettings({
        ...(patch.emailRecipients ? { email_recipients: JSON.stringify([...new Set(patch.emailRecipients.map((e) => e.toLowerCase()))]) } : {}),
      });
      return settings();
    },

    async listWebhooks() {
      return (await deliveries.listWebhooks()).map(toWebhookDto);
    },
    async createWebhook(input: { url: string; secret?: string; description?: string | null }, userId: string) {
      const secret = input.secret ?? generateSecret();
      const { id } = await deliveries.insertWebhook({ url: input.url, secret, description: input.description ?? null, created_by: userId });
      return { ...toWebhookDto(await webhook(id)), secret };
    },
    async updateWebhook(id: string, patch: { enabled?: boolean; description?: string | null }) {
      await webhook(id);
      await deliveries.updateWebhook(id, patch);
      return toWebhookDto(await webhook(id));
    },
    async deleteWebhook(id: string) {
      const result = await deliveries.deleteWebhook(id);
      if (Number(result.numDeletedRows) === 0) throw notFound("Webhook", id);
    },
    async testWebhook(id: string) {
      const row = await webhook(id);
      return delivery.ping(row);
    },
    async listDeliveries(q: DeliveryListQuery) {
      const { items, total } = await deliveries.listDeliveries(q);
      return { items: items.map(toDeliveryDto), total };
    },
  };
}
export type AlertsService = ReturnType<typeof createAlertsService>;
