import { useCallback, useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { FormattedMessage, useIntl } from "react-intl";
import { type Alert, alertFromSignal, listAlerts } from "../api/alerts.api";
import { useLiveEvents } from "../hooks/use-live-events";
import { languageName } from "../i18n/intl-data";
import { Link } from "./link";
import "./alert-badge.css";

const TOAST_MS = 15_000;

/** The count of open alerts beside the Alerts link, kept live, and a toast when a new one arrives. */
export function AlertBadge() {
  const intl = useIntl();
  const [open, setOpen] = useState<number | null>(null);
  const [toast, setToast] = useState<Alert | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const refresh = useCallback(() => {
    listAlerts({ acknowledged: "false", limit: 1, offset: 0 }).then(
      (page) => setOpen(page.total),
      () => undefined, // The badge is a hint: the Alerts page shows errors.
    );
  }, []);
  useEffect(refresh, [refresh]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  useLiveEvents((signal) => {
    if (signal.type === "reconnected") return refresh();
    const event = alertFromSignal(signal);
    if (!event) return;
    refresh();
    if (event.type === "alert.created") {
      setToast(event.alert);
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => setToast(null), TOAST_MS);
    }
  });

  const who = toast?.customer?.name ?? intl.formatMessage({ id: "alerts.unknownCustomer" });
  const language = toast?.language ? languageName(intl.locale, toast.language) : intl.formatMessage({ id: "alerts.unknownLanguage" });
  return (
    <>
      {open !== null && open > 0 && (
        <span className="nav-badge" data-testid="alert-badge">
          <span aria-hidden="true">{open > 99 ? "99+" : open}</span>
          <span className="visually-hidden">
            <FormattedMessage id="alerts.badge" values={{ count: open }} />
          </span>
        </span>
      )}
      {/* Portalled out of the nav so the nav's link styles don't reach the toast's buttons. */}
      {createPortal(
        <div className="toast-region" role="status" aria-live="polite">
          {toast && (
            <div className="toast">
              <p className="toast__text">
                <FormattedMessage id="alerts.toast" values={{ customer: <bdi>{who}</bdi>, language }} />
              </p>
              <div className="toast__actions">
                <Link href="/alerts" className="button button--small button--primary" onClick={() => setToast(null)}>
                  <FormattedMessage id="alerts.toastView" />
                </Link>
                <button type="button" className="button button--small button--ghost" onClick={() => setToast(null)}>
                  <FormattedMessage id="alerts.toastDismiss" />
                </button>
              </div>
            </div>
          )}
        </div>,
        document.body,
      )}
    </>
  );
}
