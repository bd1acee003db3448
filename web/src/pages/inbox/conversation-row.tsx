import { FormattedMessage } from "react-intl";
import type { Conversation } from "../../api/conversation-types";
import { Link } from "../../components/link";
import { ChannelTag, LanguageBadge, RelativeTime, SentimentDot } from "./inbox-labels";

interface ConversationRowProps {
  conversation: Conversation;
  href: string;
  selected: boolean;
  focusable: boolean;
  now: Date;
  onFocus: () => void;
}

// Inbound previews read in the agent's language when a translation exists; replies as the agent wrote them.
function previewText(c: Conversation): string | null {
  const last = c.lastMessage;
  if (!last) return null;
  return last.direction === "in" ? (last.translation ?? last.text) : last.text;
}

export function ConversationRow({ conversation: c, href, selected, focusable, now, onFocus }: ConversationRowProps) {
  const preview = previewText(c);
  const last = c.lastMessage;
  return (
    <li className="conv-row-item">
      <Link
        href={href}
        className="conv-row"
        data-conversation-id={c.id}
        aria-current={selected ? "page" : undefined}
        tabIndex={focusable ? 0 : -1}
        onFocus={onFocus}
      >
        <span className="conv-row__top">
          <span className="conv-row__name" dir="auto">
            {c.customer?.name ?? <FormattedMessage id="inbox.unknownCustomer" />}
          </span>
          <span className="conv-row__time">
            <RelativeTime iso={c.lastMessageAt} now={now} />
          </span>
        </span>
        <span className="conv-row__meta">
          <ChannelTag channel={c.channel} />
          {c.language && <LanguageBadge code={c.language} />}
          {last?.direction === "in" && last.sentiment && <SentimentDot label={last.sentiment} />}
        </span>
        {c.subject && (
          <span className="conv-row__subject" dir="auto">
            {c.subject}
          </span>
        )}
        <span className="conv-row__preview" dir="auto">
          {preview === null ? (
            <FormattedMessage id="inbox.noMessages" />
          ) : last?.direction === "out" ? (
            <FormattedMessage id="inbox.row.reply" values={{ text: <bdi>{preview}</bdi> }} />
          ) : (
            preview
          )}
        </span>
      </Link>
    </li>
  );
}
