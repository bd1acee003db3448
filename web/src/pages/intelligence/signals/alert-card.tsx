import { useState } from "react";
import { FormattedDate, FormattedMessage, FormattedNumber, useIntl } from "react-intl";
import type { Alert } from "../../../api/alerts.api";
import { Link } from "../../../components/link";
import { languageName } from "../../../i18n/intl-data";

const KIND_LABEL = { "negative-message": "alerts.kind.negativeMessage", "negative-streak": "alerts.kind.negativeStreak" } as const;

/** One alert: who, why, the message (translation first, original beside it), links and the acknowledge button. */
export function AlertCard({ alert, onAcknowledge }: { alert: Alert; onAcknowledge: (alert: Alert) => Promise<void> }) {
  const intl = useIntl();
  const [busy, setBusy] = useState(false);
  const kind = KIND_LABEL[alert.kind as keyof typeof KIND_LABEL];
  const titleId = `alert-${alert.id}-title`;
  const ack = async () => {
    setBusy(true);
    try {
      await onAcknowledge(alert);
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className={`alert-card${alert.acknowledgedAt ? " alert-card--done" : ""}`} aria-labelledby={titleId}>
      <div className="alert-card__head">
        <span className={`badge ${alert.acknowledgedAt ? "badge--neutral" : "badge--danger"}`}>
          {kind ? <FormattedMessage id={kind} /> : alert.kind}
        </span>
        <h3 id={titleId} className="alert-card__title">
          {alert.customer ? <bdi>{alert.customer.name || intl.formatMessage({ id: "alerts.unknownCustomer" })}</bdi> : <FormattedMessage id="alerts.unknownCustomer" />}
        </h3>
        {alert.language && (
          <span className="badge badge--engine">
            {languageName(intl.locale, alert.language)} <span className="lang-code">{alert.language}</span>
          </span>
        )}
        <time className="muted alert-card__time" dateTime={alert.createdAt}>
          <FormattedDate value={alert.createdAt} dateStyle="medium" timeStyle="short" />
        </time>
      </div>
      <p className="alert-card__reason" dir="auto">
        {alert.reason}
      </p>
      {alert.message && (
        <div className="alert-card__message">
          {alert.message.translation && (
            <figure className="alert-quote">
              <figcaption className="alert-quote__label">
                <FormattedMessage id="alerts.translation" values={{ language: languageName(intl.locale, alert.message.translation.to) }} />
              </figcaption>
              <blockquote lang={alert.message.translation.to} dir="auto">
                {alert.message.translation.text}
              </blockquote>
            </figure>
          )}
          <figure className="alert-quote alert-quote--original">
            <figcaption className="alert-quote__label">
              <FormattedMessage id="alerts.original" />
              {" · "}
              <FormattedMessage id="alerts.sentiment" values={{ score: <FormattedNumber value={alert.message.sentiment.score} maximumFractionDigits={2} /> }} />
            </figcaption>
            <blockquote lang={alert.language ?? undefined} dir="auto">
              {alert.message.original}
            </blockquote>
          </figure>
        </div>
      )}
      <div className="alert-card__actions">
        {alert.conversationId && (
          <Link href={`/inbox/${encodeURIComponent(alert.conversationId)}`} className="button button--small">
            <FormattedMessage id="alerts.openConversation" />
          </Link>
        )}
        {alert.customer && (
          <Link href={`/customers/${encodeURIComponent(alert.customer.id)}/profile`} className="button button--small">
            <FormattedMessage id="alerts.openCustomer" />
          </Link>
        )}
        {alert.acknowledgedAt ? (
          <span className="muted">
            <FormattedMessage
              id="alerts.acknowledgedBy"
              values={{
                name: <bdi>{alert.acknowledgedBy?.name ?? "—"}</bdi>,
                when: <FormattedDate value={alert.acknowledgedAt} dateStyle="medium" timeStyle="short" />,
              }}
            />
          </span>
        ) : (
          <button type="button" className="button button--small button--primary" disabled={busy} onClick={() => void ack()}>
            <FormattedMessage id="alerts.acknowledge" />
          </button>
        )}
      </div>
    </li>
  );
}
