import { FormattedMessage, useIntl } from "react-intl";
import type { ImportRecord, ImportStatus } from "../../api/imports.api";
import type { MessageId } from "../../i18n/messages";

const STATUS_BADGES: Record<ImportStatus, string> = {
  queued: "badge--neutral",
  running: "badge--engine",
  completed: "badge--success",
  failed: "badge--danger",
};

export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  return (
    <span className={`badge ${STATUS_BADGES[status]}`}>
      <FormattedMessage id={`imports.status.${status}`} />
    </span>
  );
}

// 0 … 1; a record always has at least one row, but a zero total must not divide.
export const importRatio = (r: Pick<ImportRecord, "processed" | "total">): number =>
  r.total > 0 ? Math.min(1, r.processed / r.total) : 0;

export const COUNT_KEYS = ["imported", "duplicates", "skipped", "failed"] as const;
export type CountKey = (typeof COUNT_KEYS)[number];
export const COUNT_LABELS: Record<CountKey, MessageId> = {
  imported: "imports.count.imported",
  duplicates: "imports.count.duplicates",
  skipped: "imports.count.skipped",
  failed: "imports.count.failed",
};

/** The four outcome counters as a definition list; failures stand out once there are any. */
export function ImportCounts({ record }: { record: ImportRecord }) {
  const intl = useIntl();
  return (
    <dl className="import-counts">
      {COUNT_KEYS.map((key) => (
        <div key={key} className={`import-counts__item import-counts__item--${key}${record[key] > 0 ? " import-counts__item--some" : ""}`}>
          <dt>
            <FormattedMessage id={COUNT_LABELS[key]} />
          </dt>
          <dd>{intl.formatNumber(record[key])}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ImportDate({ iso }: { iso: string }) {
  const intl = useIntl();
  return (
    <time dateTime={iso} title={intl.formatDate(iso, { dateStyle: "full", timeStyle: "medium" })}>
      {intl.formatDate(iso, { dateStyle: "medium", timeStyle: "short" })}
    </time>
  );
}
