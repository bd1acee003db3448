import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { CONVERSATION_STATUSES, type Conversation, type ConversationStatus } from "../../api/conversation-types";
import { rememberCustomerPath, startCall } from "../../api/calls.api";
import { updateConversation } from "../../api/conversations.api";
import type { User } from "../../api/types";
import { ErrorAlert } from "../../components/error-alert";
import { Link } from "../../components/link";
import { navigate } from "../../router";
import { ChannelTag, LanguageBadge } from "./inbox-labels";

interface ConversationHeaderProps {
  conversation: Conversation;
  fallbackName: string | null;
  users: User[] | null;
  viewer: User;
  backHref: string;
  onChange: (conversation: Conversation) => void;
}

export function ConversationHeader({ conversation: c, fallbackName, users, viewer, backHref, onChange }: ConversationHeaderProps) {
  const intl = useIntl();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const patch = (body: { status?: ConversationStatus; assigneeId?: string | null }) => {
    setSaving(true);
    setError(null);
    updateConversation(c.id, body).then(
      (next) => {
        onChange(next);
        setSaving(false);
      },
      (err: unknown) => {
        setError(err);
        setSaving(false);
      },
    );
  };

  const call = () => {
    setSaving(true);
    setError(null);
    startCall({ conversationId: c.id }).then(
      (started) => {
        rememberCustomerPath(started);
        navigate(`/calls/${encodeURIComponent(started.id)}`);
      },
      (err: unknown) => {
        setError(err);
        setSaving(false);
      },
    );
  };

  // Agents cannot list users: they can take a conversation or release it, and see when someone else has it.
  const others = (users ?? []).filter((u) => u.id !== viewer.id);
  const assignedElsewhere = c.assigneeId !== null && c.assigneeId !== viewer.id && !others.some((u) => u.id === c.assigneeId);
  const name = c.customer?.name ?? fallbackName;

  return (
    <header className="conv-header">
      <Link href={backHref} className="back-link conv-header__back">
        <FormattedMessage id="conversation.back" />
      </Link>
      <div className="conv-header__title">
        <h1 id="conversation-title" dir="auto" tabIndex={-1}>
          {name ?? <FormattedMessage id="inbox.unknownCustomer" />}
        </h1>
        {c.customer && (
          <Link href={`/customers/${encodeURIComponent(c.customer.id)}/profile`} className="conv-header__customer">
            <FormattedMessage id="conversation.viewCustomer" />
          </Link>
        )}
      </div>
      {c.subject && (
        <p className="conv-header__subject" dir="auto">
          {c.subject}
        </p>
      )}
      <div className="conv-header__meta">
        <ChannelTag channel={c.channel} />
        {c.language && <LanguageBadge code={c.language} prefix="conversation.language" />}
        <button type="button" className="button button--small" disabled={saving} onClick={call}>
          <FormattedMessage id="conversation.startCall" />
        </button>
        <Link href={`/tickets?conversationId=${encodeURIComponent(c.id)}`} className="button button--small">
          <FormattedMessage id="conversation.createTicket" />
        </Link>
        <label className="conv-header__control">
          <span className="field__label">
            <FormattedMessage id="conversation.status" />
          </span>
          <select name="status" value={c.status} disabled={saving} onChange={(e) => patch({ status: e.target.value as ConversationStatus })}>
            {CONVERSATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {intl.formatMessage({ id: `inbox.status.${s}` })}
              </option>
            ))}
          </select>
        </label>
        <label className="conv-header__control">
          <span className="field__label">
            <FormattedMessage id="conversation.assignee" />
          </span>
          <select
            name="assigneeId"
            value={c.assigneeId ?? ""}
            disabled={saving}
            onChange={(e) => patch({ assigneeId: e.target.value || null })}
          >
            <option value="">{intl.formatMessage({ id: "inbox.assignee.unassigned" })}</option>
            <option value={viewer.id}>{intl.formatMessage({ id: "inbox.assignee.meNamed" }, { name: viewer.name })}</option>
            {assignedElsewhere && <option value={c.assigneeId ?? ""}>{intl.formatMessage({ id: "inbox.assignee.other" })}</option>}
            {others.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorAlert error={error} />
    </header>
  );
}
