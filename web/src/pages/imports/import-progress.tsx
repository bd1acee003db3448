import { useEffect, useRef } from "react";
import { FormattedMessage, type IntlShape, useIntl } from "react-intl";
import { getImport, type ImportRecord, isImportActive } from "../../api/imports.api";
import { ErrorAlert } from "../../components/error-alert";
import { usePolling } from "../../hooks/use-polling";
import { ImportCounts, ImportDate, ImportStatusBadge, importRatio } from "./import-labels";
import { ImportRowErrors } from "./import-row-errors";

const POLL_MS = 700;

interface ImportProgressProps {
  initial: ImportRecord;
  // Bumped by the page to bring this panel into view and focus its heading (e.g. after "Details").
  focusKey: number;
  onSettled: (record: ImportRecord) => void;
  onClose: () => void;
}

/**
 * Screen readers hear the progress in 10 % steps, not at every poll: a polite region updated
 * several times a second would queue up announcements faster than they can be read.
 */
function announcement(intl: IntlShape, r: ImportRecord): string {
  const status = intl.formatMessage({ id: `imports.status.${r.status}` });
  if (r.status === "completed") return summary(intl, r);
  if (r.status === "failed") return intl.formatMessage({ id: "imports.summary.failed" }, { error: r.error ?? intl.formatMessage({ id: "error.unknown" }) });
  const step = Math.floor(importRatio(r) * 10) / 10;
  return intl.formatMessage({ id: "imports.progress.announce" }, { status, percent: intl.formatNumber(step, { style: "percent" }) });
}

function summary(intl: IntlShape, r: ImportRecord): string {
  const done = intl.formatMessage({ id: "imports.summary.completed" }, { imported: r.imported, total: r.total });
  return r.failed > 0 ? `${done} ${intl.formatMessage({ id: "imports.summary.withErrors" }, { failed: r.failed })}` : done;
}

/** One import's live progress: polled until it completes or fails, then its summary and row problems. */
export function ImportProgress({ initial, focusKey, onSettled, onClose }: ImportProgressProps) {
  const intl = useIntl();
  const { data, error } = usePolling(initial.id, (signal) => getImport(initial.id, signal), {
    intervalMs: POLL_MS,
    again: isImportActive,
    initial,
  });
  const record = data ?? initial;
  const active = isImportActive(record);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const settled = useRef({ wasActive: isImportActive(initial), onSettled });
  settled.current.onSettled = onSettled;

  useEffect(() => {
    if (active || !settled.current.wasActive) return;
    settled.current.wasActive = false;
    settled.current.onSettled(record);
  }, [active, record]);

  useEffect(() => {
    if (focusKey === 0) return;
    sectionRef.current?.scrollIntoView({ block: "nearest" });
    headingRef.current?.focus();
  }, [focusKey]);

  const ratio = importRatio(record);
  return (
    <section ref={sectionRef} className="card import-progress" aria-labelledby="import-progress-title">
      <div className="card__header">
        <div className="import-progress__heading">
          <h2 id="import-progress-title" ref={headingRef} className="card__title" tabIndex={-1}>
            <FormattedMessage id="imports.progress.title" />
          </h2>
          <ImportStatusBadge status={record.status} />
        </div>
        <button type="button" className="button button--small" onClick={onClose}>
          <FormattedMessage id="imports.progress.close" />
        </button>
      </div>
      {record.format && record.channel && (
        <p className="muted import-progress__source">
          <FormattedMessage
            id="imports.progress.source"
            values={{ format: record.format.toUpperCase(), channel: <bdi>{record.channel}</bdi>, date: <ImportDate iso={record.createdAt} /> }}
          />
        </p>
      )}
      <div className="import-progress__bar">
        {/* No value while queued: an indeterminate bar says "waiting" better than an empty one. */}
        <progress
          className="progress"
          aria-label={intl.formatMessage({ id: "imports.progress.label" })}
          max={Math.max(1, record.total)}
          value={record.status === "queued" ? undefined : record.processed}
        />
        <span className="import-progress__percent">{intl.formatNumber(ratio, { style: "percent" })}</span>
      </div>
      <p className="import-progress__rows">
        <FormattedMessage id="imports.progress.rows" values={{ processed: record.processed, total: record.total }} />
      </p>
      <ImportCounts record={record} />
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement(intl, record)}
      </p>
      {active && <ErrorAlert error={error} />}
      {record.status === "completed" && (
        <div className={`alert ${record.failed > 0 ? "alert--warning" : "alert--success"}`}>{summary(intl, record)}</div>
      )}
      {record.status === "failed" && (
        <div className="alert alert--error">
          <FormattedMessage id="imports.summary.failed" values={{ error: <bdi>{record.error ?? intl.formatMessage({ id: "error.unknown" })}</bdi> }} />
        </div>
      )}
      {!active && record.errors.length > 0 && <ImportRowErrors record={record} />}
    </section>
  );
}
