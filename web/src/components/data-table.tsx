import type { ReactNode } from "react";
import { FormattedMessage } from "react-intl";
import type { MessageId } from "../i18n/messages";

/** Plain column headers, one per message id. */
export function ColumnHeaders({ ids }: { ids: readonly MessageId[] }) {
  return ids.map((id) => (
    <th key={id} scope="col">
      <FormattedMessage id={id} />
    </th>
  ));
}

interface DataTableProps {
  className?: string;
  busy?: boolean;
  caption?: ReactNode;
  // The header row's cells.
  head: ReactNode;
  // Adds a last header cell, named only for screen readers, over the rows' action buttons.
  actions?: boolean;
  children: ReactNode;
}

export function DataTable({ className = "table", busy, caption, head, actions, children }: DataTableProps) {
  return (
    <div className="table-wrap">
      <table className={className} aria-busy={busy}>
        {caption && <caption className="visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            {head}
            {actions && (
              <th scope="col">
                <span className="visually-hidden">
                  <FormattedMessage id="common.actions" />
                </span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
