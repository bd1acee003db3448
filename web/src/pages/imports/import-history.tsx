import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { type ImportRecord, isImportActive, listImports } from "../../api/imports.api";
import type { Page } from "../../api/types";
import { ErrorAlert } from "../../components/error-alert";
import { ColumnHeaders, DataTable } from "../../components/data-table";
import { ListStatus } from "../../components/list-status";
import { Pagination } from "../../components/pagination";
import { ToolbarCount } from "../../components/search-toolbar";
import { usePolling } from "../../hooks/use-polling";
import { ChannelTag } from "../inbox/inbox-labels";
import { COUNT_KEYS, COUNT_LABELS, ImportDate, ImportStatusBadge } from "./import-labels";

const PAGE_SIZE = 20;
const POLL_MS = 2000;

interface ImportHistoryProps {
  // Bumped by the page when an import starts or ends, to read the list again at once.
  refreshKey: number;
  selectedId: string | null;
  onSelect: (record: ImportRecord) => void;
}

const anyActive = (page: Page<ImportRecord>): boolean => page.items.some(isImportActive);

/** Past imports, newest first; read again every 2 s while one of them is still queued or running. */
export function ImportHistory({ refreshKey, selectedId, onSelect }: ImportHistoryProps) {
  const intl = useIntl();
  const [offset, setOffset] = useState(0);
  const { data, error, loading } = usePolling(
    `${offset}:${refreshKey}`,
    (signal) => listImports({ limit: PAGE_SIZE, offset }, signal),
    { intervalMs: POLL_MS, again: anyActive },
  );

  return (
    <section className="stack stack--tight" aria-labelledby="import-history-title">
      <div className="toolbar">
        <h2 id="import-history-title" className="card__title">
          <FormattedMessage id="imports.history.title" />
        </h2>
        <ToolbarCount id="imports.history.count" count={data?.total} />
      </div>
      <ErrorAlert error={error} />
      <ListStatus items={data?.items} loading={loading} emptyId="imports.history.empty">
        {(items) => (
          <DataTable
            className="table import-table"
            actions
            head={
              <>
                <ColumnHeaders ids={["imports.col.created", "imports.col.source", "imports.col.status", "imports.col.rows"]} />
                {COUNT_KEYS.map((key) => (
                  <th key={key} scope="col" className="numeric">
                    <FormattedMessage id={COUNT_LABELS[key]} />
                  </th>
                ))}
              </>
            }
          >
            {items.map((item) => {
              const date = intl.formatDate(item.createdAt, { dateStyle: "medium", timeStyle: "short" });
              const selected = item.id === selectedId;
              return (
                <tr key={item.id} className={selected ? "import-table__selected" : undefined}>
                  <td className="nowrap">
                    <ImportDate iso={item.createdAt} />
                  </td>
                  <td>
                    {item.format && <span className="import-table__format">{item.format.toUpperCase()}</span>}
                    {item.channel && <ChannelTag channel={item.channel} />}
                  </td>
                  <td>
                    <ImportStatusBadge status={item.status} />
                  </td>
                  <td className="import-table__rows">
                    {isImportActive(item) && (
                      <progress
                        className="progress progress--mini"
                        aria-label={intl.formatMessage({ id: "imports.history.progressLabel" }, { date })}
                        max={Math.max(1, item.total)}
                        value={item.status === "queued" ? undefined : item.processed}
                      />
                    )}
                    <span className="nowrap">
                      <FormattedMessage id="imports.history.rows" values={{ processed: item.processed, total: item.total }} />
                    </span>
                  </td>
                  {COUNT_KEYS.map((key) => (
                    <td key={key} className={`numeric${key === "failed" && item.failed > 0 ? " import-table__failed" : ""}`}>
                      {intl.formatNumber(item[key])}
                    </td>
                  ))}
                  <td className="table__actions">
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={intl.formatMessage({ id: "imports.history.detailsLabel" }, { date })}
                      onClick={() => onSelect(item)}
                    >
                      <FormattedMessage id="imports.history.details" />
                    </button>
                  </td>
                </tr>
              );
            })}
          </DataTable>
        )}
      </ListStatus>
      <Pagination offset={offset} limit={PAGE_SIZE} total={data?.total ?? 0} onChange={setOffset} />
    </section>
  );
}
