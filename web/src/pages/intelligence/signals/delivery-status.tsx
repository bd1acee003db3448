import { FormattedMessage } from "react-intl";

const LABEL = {
  pending: "alerts.delivery.pending",
  retrying: "alerts.delivery.retrying",
  delivered: "alerts.delivery.delivered",
  failed: "alerts.delivery.failed",
  skipped: "alerts.delivery.skipped",
} as const;
const TONE: Record<string, string> = { delivered: "badge--success", failed: "badge--danger", retrying: "badge--cloud", skipped: "badge--muted", pending: "badge--neutral" };

export function DeliveryStatusBadge({ status }: { status: string }) {
  const id = LABEL[status as keyof typeof LABEL];
  return <span className={`badge ${TONE[status] ?? "badge--neutral"}`}>{id ? <FormattedMessage id={id} /> : status}</span>;
}
