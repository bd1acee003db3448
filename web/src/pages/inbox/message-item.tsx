import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { Message } from "../../api/conversation-types";
import { attachmentUrl } from "../../api/conversations.api";
import { languageLabel } from "../languages/language-labels";
import { EmailFrame } from "./email-frame";
import { LanguageBadge, RelativeTime, SentimentBadge } from "./inbox-labels";
import { MessageProvenance } from "./message-provenance";
import { MessageState, OutboundDelivery } from "./message-state";

interface MessageItemProps {
  message: Message;
  now: Date;
  authorName: string | null;
  onRetry: (id: string) => Promise<void>;
}

export function senderLabel(m: Message): string | null {
  return m.sender.name || m.sender.email || m.sender.phone || m.sender.handle || null;
}

export function MessageItem({ message: m, now, authorName, onRetry }: MessageItemProps) {
  return m.direction === "in" ? (
    <InboundMessage message={m} now={now} onRetry={onRetry} />
  ) : (
    <OutboundMessage message={m} now={now} authorName={authorName} />
  );
}

function InboundMessage({ message: m, now, onRetry }: Omit<MessageItemProps, "authorName">) {
  const intl = useIntl();
  const [showOriginal, setShowOriginal] = useState(false);
  const translated = m.translation !== null && !showOriginal;
  const sender = senderLabel(m) ?? intl.formatMessage({ id: "inbox.unknownCustomer" });
  return (
    <article className="msg msg--in" data-message-id={m.id} aria-label={sender}>
      <header className="msg__head">
        <span className="msg__from" dir="auto">
          {sender}
        </span>
        {m.sender.name && m.sender.email && <bdi className="msg__address">{m.sender.email}</bdi>}
        <span className="msg__time">
          <RelativeTime iso={m.sentAt} now={now} />
        </span>
      </header>
      {m.original.subject && (
        <p className="msg__subject" dir="auto" lang={m.language ?? undefined}>
          {m.original.subject}
        </p>
      )}
      <MessageState message={m} onRetry={onRetry} />
      {translated && m.translation ? (
        <p className="msg__text" dir="auto" lang={m.translation.to}>
          {m.translation.text}
        </p>
      ) : m.original.html ? (
        <EmailFrame html={m.original.html} lang={m.language} sender={sender} />
      ) : (
        <p className="msg__text" dir="auto" lang={m.language ?? undefined}>
          {m.original.text}
        </p>
      )}
      <footer className="msg__foot">
        {m.translation && (
          <button type="button" className="button button--small msg__toggle" aria-pressed={showOriginal} onClick={() => setShowOriginal((v) => !v)}>
            <FormattedMessage id="message.original" />
          </button>
        )}
        {m.language && <LanguageBadge code={m.language} prefix="message.detected" />}
        {m.sentiment && <SentimentBadge label={m.sentiment.label} />}
        {m.translation && translated && (
          <>
            <span className="msg__caption">
              <FormattedMessage
                id="message.translatedFrom"
                values={{ from: languageLabel(intl, m.language ?? "und"), to: languageLabel(intl, m.translation.to) }}
              />
            </span>
            <MessageProvenance provenance={m.translation.provenance} />
          </>
        )}
        {!m.translation && m.translationNote && (
          <span className="msg__caption">
            <FormattedMessage id="message.noTranslation" values={{ reason: m.translationNote }} />
          </span>
        )}
      </footer>
      <Attachments message={m} />
    </article>
  );
}

function OutboundMessage({ message: m, now, authorName }: Omit<MessageItemProps, "onRetry">) {
  const intl = useIntl();
  const author = authorName ?? m.sender.name ?? intl.formatMessage({ id: "message.agent" });
  return (
    <article className="msg msg--out" data-message-id={m.id} aria-label={author}>
      <header className="msg__head">
        <span className="msg__from" dir="auto">
          {author}
        </span>
        <span className="msg__time">
          <RelativeTime iso={m.sentAt} now={now} />
        </span>
      </header>
      <p className="msg__text" dir="auto" lang={m.language ?? undefined}>
        {m.original.text}
      </p>
      {m.translation ? (
        <div className="msg__sent-as">
          <p className="msg__caption">
            <FormattedMessage id="message.sentIn" values={{ language: languageLabel(intl, m.translation.to) }} />
          </p>
          <p className="msg__text msg__text--secondary" dir="auto" lang={m.translation.to}>
            {m.translation.text}
          </p>
          <MessageProvenance provenance={m.translation.provenance} />
        </div>
      ) : (
        <p className="msg__caption">
          <FormattedMessage id="message.sentAsWritten" />
        </p>
      )}
      <footer className="msg__foot">
        <OutboundDelivery message={m} />
      </footer>
      <Attachments message={m} />
    </article>
  );
}

function Attachments({ message: m }: { message: Message }) {
  const intl = useIntl();
  if (m.attachments.length === 0) return null;
  return (
    <ul className="msg__attachments" aria-label={intl.formatMessage({ id: "message.attachments" })}>
      {m.attachments.map((a) => (
        <li key={a.id}>
          <a href={attachmentUrl(m.id, a.id)} download={a.filename ?? true} dir="auto">
            {a.filename ?? intl.formatMessage({ id: "message.attachmentUnnamed" })}
          </a>{" "}
          <span className="muted">
            ({intl.formatNumber(a.size / 1024, { style: "unit", unit: "kilobyte", maximumFractionDigits: a.size < 10_240 ? 1 : 0 })})
          </span>
        </li>
      ))}
    </ul>
  );
}
