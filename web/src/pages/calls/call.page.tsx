import { useCallback, useEffect, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { ApiError } from "../../api/api-error";
import { addSegment, recallCustomerPath } from "../../api/calls.api";
import { ErrorAlert } from "../../components/error-alert";
import { Link } from "../../components/link";
import { useDocumentTitle } from "../../hooks/use-document-title";
import { LanguageBadge } from "../inbox/inbox-labels";
import { CaptionList } from "./caption-list";
import { AgentNoteForm, CallEndPanel, CustomerKeyBox } from "./call-panels";
import { SpeechToggle } from "./speech-toggle";
import { type LinkState, useCallCaptions } from "./use-call-captions";

const LINK_IDS = {
  connecting: "call.link.connecting",
  live: "call.link.live",
  offline: "call.link.offline",
  closed: "call.link.closed",
} as const satisfies Record<LinkState, string>;

export function CallPage({ id }: { id: string }) {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: "call.title" }));
  const { call, setCall, segments, error, link, addLocal } = useCallCaptions(id);
  const [customerPath] = useState(() => recallCustomerPath(id));
  const [micError, setMicError] = useState<unknown>(null);

  const loaded = call !== null && segments !== null;
  useEffect(() => {
    if (loaded) document.getElementById("call-title")?.focus();
  }, [loaded]);

  const agentLanguage = call?.agentLanguage ?? "";
  const postSpeech = useCallback(
    (text: string) => {
      addSegment(id, { speaker: "agent", text, language: agentLanguage }).then(addLocal, (err: unknown) => setMicError(err));
    },
    [id, agentLanguage, addLocal],
  );

  if (error instanceof ApiError && error.status === 404) {
    return (
      <section className="call">
        <h1 id="call-title" tabIndex={-1}>
          <FormattedMessage id="call.notFound" />
        </h1>
      </section>
    );
  }
  if (!call || !segments) {
    return (
      <section className="call">
        <ErrorAlert error={error} />
        {!error && (
          <p className="empty-state" aria-busy="true">
            <FormattedMessage id="call.loading" />
          </p>
        )}
      </section>
    );
  }

  const active = call.status === "active";
  return (
    <section className="call" aria-labelledby="call-title">
      <header className="call__header">
        <Link href={`/inbox/${encodeURIComponent(call.conversationId)}`} className="back-link">
          <FormattedMessage id="call.backToConversation" />
        </Link>
        <h1 id="call-title" tabIndex={-1}>
          <FormattedMessage id="call.title" />
        </h1>
        <div className="call__meta">
          <LanguageBadge code={call.agentLanguage} prefix="call.agentLanguage" />
          {call.customerLanguage && <LanguageBadge code={call.customerLanguage} prefix="call.customerLanguage" />}
          <span className={`call__link call__link--${link}`}>
            <span className="call__link-dot" aria-hidden="true" />
            <FormattedMessage id={LINK_IDS[link]} />
          </span>
        </div>
      </header>
      <CaptionList segments={segments} />
      {active && (
        <div className="call__controls">
          <SpeechToggle language={call.agentLanguage} disabled={!active} onFinal={postSpeech} />
          <ErrorAlert error={micError} />
          <AgentNoteForm call={call} onAdded={addLocal} />
        </div>
      )}
      <CallEndPanel call={call} onEnded={setCall} />
      {active && <CustomerKeyBox path={customerPath} />}
    </section>
  );
}
