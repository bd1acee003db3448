import type { AlertsRepository } from "./alerts.repository.js";
import type { AlertDto } from "./alerts.schema.js";

type AlertRow = NonNullable<Awaited<ReturnType<AlertsRepository["findAlert"]>>>;

/** What the message said when the alert was raised (the message row is completed only after the hooks). */
export interface AlertSnapshot {
  original?: string;
  translation?: { text: string; to: string } | null;
  sentiment?: { label: string; score: number };
  customerName?: string | null;
}

export function toAlertDto(r: AlertRow): AlertDto {
  const snap = r.snapshot as AlertSnapshot;
  return {
    id: r.id,
    kind: r.kind,
    ruleId: r.rule_id,
    ruleName: r.rule_name ?? null,
    customerId: r.customer_id,
    customer: r.customer_id ? { id: r.customer_id, name: r.customer_name ?? snap.customerName ?? "" } : null,
    messageId: r.message_id,
    conversationId: r.conversation_id,
    language: r.language,
    reason: r.reason,
    message:
      snap.original !== undefined
        ? { original: snap.original, translation: snap.translation ?? null, sentiment: snap.sentiment ?? { label: "unknown", score: 0 } }
        : null,
    createdAt: r.created_at.toISOString(),
    acknowledgedAt: r.acknowledged_at?.toISOString() ?? null,
    acknowledgedBy: r.acknowledged_by ? { id: r.acknowledged_by, name: r.acknowledged_by_name ?? "" } : null,
  };
}
