import type { ReactNode } from "react";
import { FormattedMessage } from "react-intl";
import type { MessageId } from "../i18n/messages";

interface ListStatusProps<T> {
  // null until the first page has arrived.
  items: T[] | null | undefined;
  loading: boolean;
  loadingId?: MessageId;
  emptyId: MessageId;
  // With a search text, `emptyQueryId` names it in the empty message instead of `emptyId`.
  query?: string;
  emptyQueryId?: MessageId;
  // A function renders only once items are there; a node renders whenever the list is neither loading nor empty.
  children: ReactNode | ((items: T[]) => ReactNode);
}

/** The loading / empty / content switch every list page shows under its toolbar. */
export function ListStatus<T>({ items, loading, loadingId = "common.loading", emptyId, query, emptyQueryId, children }: ListStatusProps<T>) {
  if (!items && loading) {
    return (
      <p className="empty-state" aria-busy="true">
        <FormattedMessage id={loadingId} />
      </p>
    );
  }
  if (items && items.length === 0) {
    return (
      <p className="empty-state">
        {query && emptyQueryId ? (
          <FormattedMessage id={emptyQueryId} values={{ query: <bdi>{query}</bdi> }} />
        ) : (
          <FormattedMessage id={emptyId} />
        )}
      </p>
    );
  }
  if (typeof children === "function") return items ? children(items) : null;
  return children;
}
