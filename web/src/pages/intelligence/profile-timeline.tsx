import { useState } from "react";
import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import type { TimelineItem } from "../../api/profiles.api";
import { ChannelTag, LanguageBadge, SentimentBadge } from "../inbox/inbox-labels";
import { languageLabel } from "../languages/language-labels";
import { sameLanguage, useViewerTranslations, type ViewerText } from "./use-viewer-translations";

/** All of the customer's conversations as one list, newest first, each message in the viewer's language when possible. */
export function ProfileTimeline({ items, viewer }: { items: TimelineItem[]; viewer: string }) {
  const translations = useViewerTranslations(items, viewer);
  return (
    <ol className="timeline">
      {items.map((m) => (
        <li key={m.id}>
          <TimelineMessage message={m} viewer={viewer} viewerText={translations[m.id]} />
        </li>
      ))}
    </ol>
  );
}

interface Shown {
  text: string;
  lang: string | undefined;
  // What the reader sees instead of the original, if anything (the note under the text says which).
  note: { id: "profile.timeline.translated" | "profile.timeline.translatedNow" | "profile.timeline.fallback" | "profile.timeline.asWritten"; values: Record<string, string>; reason?: string } | null;
  translated: boolean;
}

function chooseText(m: TimelineItem, viewer: string, viewerText: ViewerText | undefined, label: (code: string) => string): Shown {
  const original: Shown = { text: m.original.text, lang: m.language ?? undefined, note: null, translated: false };
  if (m.direction === "out" || sameLanguage(m.language, viewer) || !m.language || m.language === "und") return original;
  const from = label(m.language);
  if (m.translation && sameLanguage(m.translation.to, viewer)) {
    return { text: m.translation.text, lang: m.translation.to, note: { id: "profile.timeline.translated", values: { from } }, translated: true };
  }
  if (viewerText?.state === "ok") {
    return { text: viewerText.text, lang: viewer, note: { id: "profile.timeline.translatedNow", values: { from } }, translated: true };
  }
  if (viewerText?.state === "loading") return original;
  const reason = viewerText?.state === "unavailable" ? viewerText.reason : "";
  if (m.translation) {
    return { text: m.translation.text, lang: m.translation.to, note: { id: "profile.timeline.fallback", values: { to: label(m.translation.to), viewer: label(viewer) }, reason }, translated: true };
  }
  return { ...original, note: { id: "profile.timeline.asWritten", values: { viewer: label(viewer) }, reason } };
}

function TimelineMessage({ message: m, viewer, viewerText }: { message: TimelineItem; viewer: string; viewerText: ViewerText | undefined }) {
  const intl = useIntl();
  const [showOriginal, setShowOriginal] = useState(false);
  const shown = chooseText(m, viewer, viewerText, (code) => languageLabel(intl, code));
  const text = showOriginal ? m.original.text : shown.text;
  const inbound = m.direction === "in";
  return (
    <article className={`timeline__item timeline__item--${m.direction}`} data-message-id={m.id}>
      <header className="timeline__head">
        <ChannelTag channel={m.conversation.channel} />
        <span className="timeline__who">
          <FormattedMessage id={inbound ? "profile.timeline.fromCustomer" : "profile.timeline.fromAgent"} />
        </span>
        {m.conversation.subject && (
          <span className="timeline__subject" dir="auto">
            {m.conversation.subject}
          </span>
        )}
        <time className="timeline__time" dateTime={m.sentAt}>
          <FormattedDate value={m.sentAt} dateStyle="medium" timeStyle="short" />
        </time>
      </header>
      <p className="timeline__text" dir="auto" lang={showOriginal ? (m.language ?? undefined) : shown.lang}>
        {text}
      </p>
      {!inbound && m.translation && showOriginal && (
        <p className="timeline__sent" dir="auto" lang={m.translation.to}>
          <FormattedMessage id="message.sentIn" values={{ language: languageLabel(intl, m.translation.to) }} /> {m.translation.text}
        </p>
      )}
      <footer className="timeline__foot">
        {(shown.translated || (!inbound && m.translation)) && (
          <button type="button" className="button button--small timeline__toggle" aria-pressed={showOriginal} onClick={() => setShowOriginal((v) => !v)}>
            <FormattedMessage id={inbound ? "message.original" : "profile.timeline.sentVersion"} />
          </button>
        )}
        {m.language && inbound && <LanguageBadge code={m.language} prefix="message.detected" />}
        {m.sentiment && inbound && <SentimentBadge label={m.sentiment.label} />}
        {viewerText?.state === "loading" && !showOriginal && (
          <span className="timeline__note">
            <FormattedMessage id="profile.timeline.translating" />
          </span>
        )}
        {shown.note && !showOriginal && (
          <span className="timeline__note" title={shown.note.reason || undefined}>
            <FormattedMessage id={shown.note.id} values={shown.note.values} />
          </span>
        )}
      </footer>
    </article>
  );
}
