import { useState } from "react";
import { FormattedDate, FormattedMessage } from "react-intl";
import { alertFromSignal, listAlertDeliveries } from "../../../api/alerts.api";
import { ColumnHeaders, DataTable } from "../../../components/data-table";
import { ErrorAlert } from "../../../components/error-alert";
import { ListStatus } from "../../../components/list-status";
import { Pagination } from "../../../components/pagination";
import { useAbortableLoad } from "../../../hooks/use-abortable-load";
import { useLiveEvents } from "../../../hooks/use-live-events";
import { DeliveryStatusBadge } from "./delivery-status";

const PAGE_SIZE = 10;

/** The delivery log of webhooks and emails: status, attempts, response code, last error. */
export function AlertDeliveries({ refreshKey }: { refreshKey: number }) {
  const [offset, setOffset] = useState(0);
  const [nonce, setNonce] = useState(0);
  const { result, loading, error } = useAbortableLoad((signal) => listAlertDeliveries({ limit: PAGE_SIZE, offset }, signal), [offset, nonce, refreshKey]);
  // New alerts add deliveries; refresh when they arrive.
  useLiveEvents((signal) => {
    if (alertFromSignal(signal)?.type === "alert.created") setNonce((n) => n + 1);
  });
  return (
    <section className="subpanel" aria-labelledby="alert-deliveries-title">
      <div className="card__header">
        <h3 id="alert-deliveries-title" className="card__subtitle">
          <FormattedMessage id="alerts.delivery.title" />
        </h3>
        <button type="button" className="button button--small" onClick={() => setNonce((n) => n + 1)}>
          <FormattedMessage id="alerts.delivery.refresh" />
        </button>
      </div>
      <ErrorAlert error={error} />
      <ListStatus items={result?.items} loading={loading} emptyId="alerts.delivery.empty">
        {(items) => (
          <DataTable
            busy={loading}
            head={
              <ColumnHeaders
                ids={["alerts.delivery.col.when", "alerts.delivery.col.target", "alerts.delivery.col.status", "alerts.delivery.col.attempts", "alerts.delivery.col.response", "alerts.delivery.col.error"]}
              />
            }
          >
            {items.map((d) => (
              <tr key={d.id}>
                <td className="nowrap">
                  <FormattedDate value={d.updatedAt} dateStyle="short" timeStyle="medium" />
                </td>
                <td>
                  <span className="badge badge--neutral">
                    <FormattedMessage id={d.channel === "email" ? "alerts.delivery.email" : "alerts.delivery.webhook"} />
                  </span>{" "}
                  <span className="webhook-url" dir="ltr">
                    {d.target}
                  </span>
                </td>
                <td>
                  <DeliveryStatusBadge status={d.status} />
                </td>
                <td className="numeric">{d.attempts}</td>
                <td className="numeric">{d.responseCode ?? "—"}</td>
                <td className="delivery-error">{d.lastError ?? ""}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </ListStatus>
      <Pagination offset={offset} limit={PAGE_SIZE} total={result?.total ?? 0} onChange={setOffset} />
    </section>
  );
}
