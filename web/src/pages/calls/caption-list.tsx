import { useLayoutEffect, useRef } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { CallSegment } from "../../api/calls.api";
import { LanguageBadge } from "../inbox/inbox-labels";

function clock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(total / 60);
  return `${String(minutes).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}

function CaptionItem({ segment: s }: { segment: CallSegment }) {
  return (
    <li className={`caption caption--${s.speaker}`}>
      <div className="caption__meta">
        <strong>
          <FormattedMessage id={s.speaker === "agent" ? "call.speaker.agent" : "call.speaker.customer"} />
        </strong>
        <time className="muted">{clock(s.startedAt)}</time>
        <LanguageBadge code={s.language} />
      </div>
      <p className="caption__text" dir="auto" lang={s.language}>
        {s.text}
      </p>
      {s.translation ? (
        <div className="caption__translation">
          <LanguageBadge code={s.translation.to} prefix="call.translatedTo" />
          <p className="caption__text" dir="auto" lang={s.translation.to}>
            {s.translation.text}
          </p>
        </div>
      ) : (
        s.note && (
          <p className="caption__note muted" dir="auto">
            {s.note}
          </p>
        )
      )}
    </li>
  );
}

/** The bilingual captions, newest at the bottom, kept in view unless the agent scrolled up. */
export function CaptionList({ segments }: { segments: CallSegment[] }) {
  const intl = useIntl();
  const ref = useRef<HTMLDivElement>(null);
  const stick = useRef(true);

  useLayoutEffect(() => {
    const el = ref.current;
    if (el && stick.current) el.scrollTop = el.scrollHeight;
  }, [segments]);

  return (
    <div
      ref={ref}
      className="call__captions"
      role="log"
      aria-live="polite"
      aria-relevant="additions"
      tabIndex={0}
      aria-label={intl.formatMessage({ id: "call.captionsLabel" })}
      onScroll={(e) => {
        const el = e.currentTarget;
        stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 80;
      }}
    >
      {segments.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="call.noCaptions" />
        </p>
      ) : (
        <ol className="caption-list">
          {segments.map((s) => (
            <CaptionItem key={s.id} segment={s} />
          ))}
        </ol>
      )}
    </div>
  );
}
