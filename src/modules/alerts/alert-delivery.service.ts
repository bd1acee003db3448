import type { SettingsService } from "../settings/index.js";
import type { JobContext, JobQueue } from "../../jobs/job-queue.js";
import { languageName } from "../../language/language-tags.js";
import type { Mailer } from "../email/index.js";
import type { AlertDeliveriesRepository } from "./alert-deliveries.repository.js";
import { toAlertDto } from "./alert-dto.js";
import type { AlertsRepository } from "./alerts.repository.js";
import type { AlertDto } from "./alerts.schema.js";
import { signBody } from "./webhook-signature.js";

export const DELIVER_JOB = "alerts.deliver";
// Six tries in all, 3 s after the first failure and doubling (3, 6, 12, 24, 48 s): a receiver that is
// restarting catches up; one that is down for minutes shows up as failed in the log.
export const DELIVERY_RETRY_LIMIT = 5;
export const DELIVERY_RETRY_DELAY_MS = 3_000;
const WEBHOOK_TIMEOUT_MS = 10_000;
export const EMAIL_SKIPPED = "email skipped: no relay configured";

class DeliveryError extends Error {
  constructor(
    message: string,
    readonly responseCode: number | null = null,
  ) {
    super(message);
  }
}

/** The JSON a webhook receives; `sentAt` (also in X-Mundo-Timestamp) is inside the signed body, against replays. */
export function webhookPayload(alert: AlertDto, deliveryId: string, publicUrl: string | null, sentAt: Date) {
  const conversationPath = alert.conversationId ? `/inbox/${alert.conversationId}` : null;
  return {
    type: "alert.created",
    deliveryId,
    sentAt: sentAt.toISOString(),
    alert: {
      id: alert.id,
      kind: alert.kind,
      ruleId: alert.ruleId,
      ruleName: alert.ruleName,
      language: alert.language,
      reason: alert.reason,
      createdAt: alert.createdAt,
      acknowledgedAt: alert.acknowledgedAt,
    },
    customer: alert.customer,
    message: alert.messageId
      ? {
          id: alert.messageId,
          language: alert.language,
          original: alert.message?.original ?? null,
          translation: alert.message?.translation ?? null,
          sentiment: alert.message?.sentiment ?? null,
        }
      : null,
    conversationUrl: conversationPath ? `${publicUrl ?? ""}${conversationPath}` : null,
  };
}

function alertEmail(alert: AlertDto, publicUrl: string | null) {
  const who = alert.customer?.name || "a customer";
  const lang = alert.language ? `${languageName(alert.language)} (${alert.language})` : "unknown language";
  const link = alert.conversationId ? `${publicUrl ?? ""}/inbox/${alert.conversationId}` : null;
  const lines = [
    `Alert: ${alert.reason}`,
    "",
    `Customer: ${who}`,
    `Language: ${lang}`,
    alert.ruleName ? `Rule: ${alert.ruleName}` : null,
    "",
    alert.message ? `Message (original):\n${alert.message.original}` : null,
    alert.message?.translation ? `\nTranslation (${alert.message.translation.to}):\n${alert.message.translation.text}` : null,
    link ? `\nOpen the conversation: ${link}` : null,
  ];
  return {
    subject: `Mundo alert: negative message from ${who} (${alert.language ?? "und"})`,
    text: lines.filter((l) => l !== null).join("\n"),
  };
}

export function createAlertDelivery(deps: {
  alerts: AlertsRepository;
  deliveries: AlertDeliveriesRepository;
  jobs: JobQueue;
  mailer: Mailer | null;
  settings: SettingsService;
}) {
  const { alerts, deliveries, jobs, mailer } = deps;

  /** POSTs one signed request; throws DeliveryError unless the receiver answers 2xx. */
  async function post(url: string, secret: string, body: string, deliveryId: string, sentAt: Date, event = "alert.created"): Promise<number> {
    let res: Response;
    try {
      res = await fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "user-agent": "Mundo-Webhooks/1",
          "x-mundo-signature": signBody(secret, body),
          "x-mundo-timestamp": String(Math.floor(sentAt.getTime() / 1000)),
          "x-mundo-delivery": deliveryId,
          "x-mundo-event": event,
        },
        body,
        // A redirect is not a delivery: the receiver's URL should be the final one.
        redirect: "manual",
        signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
      });
    } catch (err) {
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      throw new DeliveryError(`request failed: ${cause?.code ?? cause?.message ?? (err as Error).message}`);
    }
    await res.body?.cancel().catch(() => undefined);
    if (res.status < 200 || res.status >= 300) throw new DeliveryError(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}`, res.status);
    return res.status;
  }

  /** Creates the alert's deliveries (each enabled webhook, and email when recipients are set) and queues them. */
  async function enqueue(alertId: string): Promise<void> {
    const settings = await alerts.getSettings();
    for (const w of await deliveries.enabledWebhooks()) {
      await deliveries.insertDelivery({ alert_id: alertId, channel: "webhook", webhook_id: w.id, target_key: w.id, target: w.url });
    }
    const recipients = settings.email_recipients;
    if (recipients.length > 0) {
      await deliveries.insertDelivery({
        alert_id: alertId,
        channel: "email",
        webhook_id: null,
        target_key: "email",
        target: recipients.join(", "),
        ...(mailer ? {} : { status: "skipped" as const, last_error: EMAIL_SKIPPED }),
      });
    }
    // Only never-tried deliveries: a re-run of the message job does not resend what went out.
    for (const d of await deliveries.unstarted(alertId)) {
      await jobs.send(DELIVER_JOB, { deliveryId: d.id }, { singletonKey: d.id, retryLimit: DELIVERY_RETRY_LIMIT, retryDelayMs: DELIVERY_RETRY_DELAY_MS });
    }
  }

  /** Job handler: one attempt; a failure is logged on the delivery and rethrown so the queue retries with backoff. */
  async function deliver(payload: { deliveryId: string }, ctx: JobContext): Promise<void> {
    const d = await deliveries.findDelivery(payload.deliveryId);
    if (!d || d.status === "delivered" || d.status === "skipped" || d.status === "failed") return;
    const attempts = d.attempts + 1;
    try {
      const row = await alerts.findAlert(d.alert_id);
      if (!row) throw new DeliveryError("the alert was deleted");
      const alert = toAlertDto(row);
      const { email_recipients: recipients } = await alerts.getSettings();
      const { publicUrl } = await deps.settings.get();
      let code: number | null = null;
      if (d.channel === "webhook") {
        const hook = d.webhook_id ? await deliveries.findWebhook(d.webhook_id) : undefined;
        if (!hook) {
          await deliveries.recordAttempt(d.id, { status: "failed", attempts, last_error: "the webhook was deleted", response_code: null });
          return;
        }
        const sentAt = new Date();
        const body = JSON.stringify(webhookPayload(alert, d.id, publicUrl, sentAt));
        code = await post(hook.url, hook.secret, body, d.id, sentAt);
      } else {
        if (!mailer) {
          await deliveries.recordAttempt(d.id, { status: "skipped", attempts, last_error: EMAIL_SKIPPED, response_code: null });
          return;
        }
        // Today's recipients: someone removed from the list after the alert gets no more mail.
        if (recipients.length === 0) throw new DeliveryError("no email recipients are configured");
        await mailer.send({ to: recipients.join(", "), ...alertEmail(alert, publicUrl) });
      }
      await deliveries.recordAttempt(d.id, { status: "delivered", attempts, last_error: null, response_code: code, delivered_at: new Date() });
    } catch (err) {
      const last = ctx.attempt > DELIVERY_RETRY_LIMIT;
      const code = err instanceof DeliveryError ? err.responseCode : null;
      await deliveries.recordAttempt(d.id, {
        status: last ? "failed" : "retrying",
        attempts,
        last_error: String((err as Error).message ?? err).slice(0, 1000),
        response_code: code,
      });
      if (!last) throw err;
    }
  }

  /** Sends a signed `ping` to a webhook now and reports what the receiver answered (nothing is logged). */
  async function ping(webhook: { id: string; url: string; secret: string }) {
    const sentAt = new Date();
    const id = `ping-${sentAt.getTime()}`;
    const body = JSON.stringify({ type: "ping", deliveryId: id, sentAt: sentAt.toISOString(), webhookId: webhook.id });
    try {
      const code = await post(webhook.url, webhook.secret, body, id, sentAt, "ping");
      return { ok: true, responseCode: code, error: null };
    } catch (err) {
      return { ok: false, responseCode: err instanceof DeliveryError ? err.responseCode : null, error: (err as Error).message };
    }
  }

  return { enqueue, deliver, ping };
}
export type AlertDelivery = ReturnType<typeof createAlertDelivery>;
