import { useMemo } from "react";
import { useIntl } from "react-intl";
import { CHANNELS, CONVERSATION_STATUSES, SENTIMENTS } from "../../api/conversation-types";
import type { User } from "../../api/types";
import { COMMON_LANGUAGES, languageName, localizedOptions } from "../../i18n/intl-data";
import { channelLabel, sentimentLabel } from "./inbox-labels";

/** List filters as kept in the URL; `assignee` is "me", "none" or a user id. */
export interface InboxFilterState {
  channel: string;
  language: string;
  status: string;
  assignee: string;
  sentiment: string;
}

interface InboxFiltersProps {
  value: InboxFilterState;
  users: User[] | null;
  viewerId: string;
  onChange: (patch: Partial<InboxFilterState>) => void;
}

export function InboxFilters({ value, users, viewerId, onChange }: InboxFiltersProps) {
  const intl = useIntl();
  const languages = useMemo(() => {
    const codes = value.language && !COMMON_LANGUAGES.includes(value.language) ? [...COMMON_LANGUAGES, value.language] : COMMON_LANGUAGES;
    return localizedOptions(intl.locale, codes, languageName);
  }, [intl.locale, value.language]);
  const label = (id: Parameters<typeof intl.formatMessage>[0]["id"]) => intl.formatMessage({ id });

  return (
    <div className="inbox-filters">
      <select name="channel" aria-label={label("inbox.filter.channel")} value={value.channel} onChange={(e) => onChange({ channel: e.target.value })}>
        <option value="">{label("inbox.filter.allChannels")}</option>
        {CHANNELS.map((c) => (
          <option key={c} value={c}>
            {channelLabel(intl, c)}
          </option>
        ))}
      </select>
      <select name="language" aria-label={label("inbox.filter.language")} value={value.language} onChange={(e) => onChange({ language: e.target.value })}>
        <option value="">{label("inbox.filter.allLanguages")}</option>
        {languages.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <select name="status" aria-label={label("inbox.filter.status")} value={value.status} onChange={(e) => onChange({ status: e.target.value })}>
        <option value="">{label("inbox.filter.allStatuses")}</option>
        {CONVERSATION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {label(`inbox.status.${s}`)}
          </option>
        ))}
      </select>
      <select name="assignee" aria-label={label("inbox.filter.assignee")} value={value.assignee} onChange={(e) => onChange({ assignee: e.target.value })}>
        <option value="">{label("inbox.filter.anyone")}</option>
        <option value="me">{label("inbox.assignee.me")}</option>
        <option value="none">{label("inbox.assignee.unassigned")}</option>
        {users
          ?.filter((u) => u.id !== viewerId)
          .map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
      </select>
      <select name="sentiment" aria-label={label("inbox.filter.sentiment")} value={value.sentiment} onChange={(e) => onChange({ sentiment: e.target.value })}>
        <option value="">{label("inbox.filter.allSentiments")}</option>
        {SENTIMENTS.map((s) => (
          <option key={s} value={s}>
            {sentimentLabel(intl, s)}
          </option>
        ))}
      </select>
    </div>
  );
}
