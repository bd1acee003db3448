import { FormattedMessage, useIntl } from "react-intl";

interface PaginationProps {
  offset: number;
  limit: number;
  total: number;
  onChange: (offset: number) => void;
}

export function Pagination({ offset, limit, total, onChange }: PaginationProps) {
  const intl = useIntl();
  if (total === 0) return null;
  const start = Math.min(offset + 1, total);
  const end = Math.min(offset + limit, total);
  return (
    <nav className="pagination" aria-label={intl.formatMessage({ id: "pagination.label" })}>
      <span className="pagination__range" aria-live="polite">
        <FormattedMessage id="pagination.range" values={{ start, end, total }} />
      </span>
      <button
        type="button"
        className="button"
        disabled={offset <= 0}
        onClick={() => onChange(Math.max(0, offset - limit))}
      >
        <FormattedMessage id="common.previous" />
      </button>
      <button type="button" className="button" disabled={end >= total} onClick={() => onChange(offset + limit)}>
        <FormattedMessage id="common.next" />
      </button>
    </nav>
  );
}
