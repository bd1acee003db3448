import type { ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { MessageId } from "../i18n/messages";

/** The live result count beside a list's search box or title; empty until the first page arrives. */
export function ToolbarCount({ id, count }: { id: MessageId; count: number | null | undefined }) {
  return (
    <output className="toolbar__count" aria-live="polite">
      {count != null && <FormattedMessage id={id} values={{ count }} />}
    </output>
  );
}

interface SearchToolbarProps {
  name: string;
  labelId: MessageId;
  placeholderId?: MessageId;
  value: string;
  onChange: (value: string) => void;
  countId: MessageId;
  count: number | null | undefined;
  // Extra filters, placed between the search box and the count.
  children?: ReactNode;
}

export function SearchToolbar({ name, labelId, placeholderId = labelId, value, onChange, countId, count, children }: SearchToolbarProps) {
  const intl = useIntl();
  return (
    <search className="toolbar">
      <input
        type="search"
        name={name}
        className="toolbar__search"
        aria-label={intl.formatMessage({ id: labelId })}
        placeholder={intl.formatMessage({ id: placeholderId })}
        dir="auto"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      {children}
      <ToolbarCount id={countId} count={count} />
    </search>
  );
}
