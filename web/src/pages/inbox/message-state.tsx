import { useState } from "react";
import { FormattedMessage } from "react-intl";
import type { Message } from "../../api/conversation-types";
import { ErrorAlert } from "../../components/error-alert";

// Processing of an inbound message: waiting for detection/translation, or failed with a way to retry.
export function MessageState({ message: m, onRetry }: { message: Message; onRetry: (id: string) => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (m.state === "received") {
    return (
      <p className="msg__processing" role="status">
        <span className="spinner" aria-hidden="true" />
        <FormattedMessage id="message.processing" />
      </p>
    );
  }
  if (m.state !== "failed") return null;
  const retry = () => {
    setBusy(true);
    setError(null);
    onRetry(m.id).then(
      () => setBusy(false),
      (err: unknown) => {
        setError(err);
        setBusy(false);
      },
    );
  };
  return (
    <div className="alert alert--error msg__failed" role="alert">
      <span>
        <FormattedMessage id="message.failed" values={{ error: m.stateError ?? "" }} />
      </span>
      <button type="button" className="button button--small" disabled={busy} onClick={retry}>
        <FormattedMessage id={busy ? "message.retrying" : "message.retry"} />
      </button>
      <ErrorAlert error={error} />
    </div>
  );
}

export function OutboundDelivery({ message: m }: { message: Message }) {
  if (m.delivery === "failed") {
    return (
      <span className="badge badge--danger" title={m.deliveryError ?? undefined}>
        <FormattedMessage id="message.delivery.failed" values={{ error: m.deliveryError ?? "" }} />
      </span>
    );
  }
  if (m.delivery === "sent") {
    return (
      <span className="badge badge--success">
        <FormattedMessage id="message.delivery.sent" />
      </span>
    );
  }
  if (m.delivery === "pending") {
    return (
      <span className="badge badge--neutral">
        <FormattedMessage id="message.delivery.pending" />
      </span>
    );
  }
  return (
    <span className="badge badge--muted">
      <FormattedMessage id="message.delivery.none" />
    </span>
  );
}
