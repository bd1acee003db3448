import { type FormEvent, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { addSegment, type Call, type CallSegment, endCall, transcriptUrl } from "../../api/calls.api";
import { ErrorAlert } from "../../components/error-alert";

/** A typed agent segment: notes, or speech when there is no microphone. */
export function AgentNoteForm({ call, onAdded }: { call: Call; onAdded: (s: CallSegment) => void }) {
  const intl = useIntl();
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const value = text.trim();
    if (!value || busy) return;
    setBusy(true);
    setError(null);
    addSegment(call.id, { speaker: "agent", text: value, language: call.agentLanguage }).then(
      (s) => {
        onAdded(s);
        setText("");
        setBusy(false);
      },
      (err: unknown) => {
        setError(err);
        setBusy(false);
      },
    );
  };

  return (
    <form className="call__form" onSubmit={submit}>
      <label className="field">
        <span className="field__label">
          <FormattedMessage id="call.addLabel" />
        </span>
        <textarea
          name="text"
          rows={2}
          dir="auto"
          lang={call.agentLanguage}
          value={text}
          maxLength={5000}
          placeholder={intl.formatMessage({ id: "call.addPlaceholder" })}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            // Enter sends, Shift+Enter keeps a line break, as in chat boxes.
            if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) submit(e);
          }}
        />
      </label>
      <button type="submit" className="button button--primary" disabled={busy || !text.trim()}>
        <FormattedMessage id={busy ? "call.adding" : "call.add"} />
      </button>
      <ErrorAlert error={error} />
    </form>
  );
}

/** The customer's caption key: a WebSocket path for integrations, only known right after starting the call. */
export function CustomerKeyBox({ path }: { path: string | null }) {
  const [copied, setCopied] = useState(false);
  const value = path ? window.location.origin + path : null;
  return (
    <section className="card call__key" aria-labelledby="call-key-title">
      <h2 id="call-key-title" className="card__subtitle">
        <FormattedMessage id="call.key.title" />
      </h2>
      <p className="muted">
        <FormattedMessage id="call.key.hint" />
      </p>
      {value ? (
        <div className="call__key-row">
          <input type="text" readOnly dir="ltr" value={value} onFocus={(e) => e.currentTarget.select()} aria-labelledby="call-key-title" />
          <button
            type="button"
            className="button button--small"
            onClick={() => navigator.clipboard?.writeText(value).then(() => setCopied(true), () => setCopied(false))}
          >
            <FormattedMessage id="call.key.copy" />
          </button>
          <span aria-live="polite">{copied && <FormattedMessage id="call.key.copied" />}</span>
        </div>
      ) : (
        <p className="muted">
          <FormattedMessage id="call.key.unavailable" />
        </p>
      )}
    </section>
  );
}

/** "End call" while active; the transcript downloads once it has ended. */
export function CallEndPanel({ call, onEnded }: { call: Call; onEnded: (c: Call) => void }) {
  const intl = useIntl();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (call.status === "ended") {
    return (
      <section className="call__ended" aria-labelledby="call-ended-title">
        <h2 id="call-ended-title" className="card__subtitle">
          <FormattedMessage id="call.ended" />
        </h2>
        <ul className="call__downloads">
          <li>
            <a href={transcriptUrl(call.id, "original")} download={`call-${call.id}-original.vtt`}>
              <FormattedMessage id="call.transcript.original" />
            </a>
          </li>
          <li>
            <a href={transcriptUrl(call.id, "translated")} download={`call-${call.id}-translated.vtt`}>
              <FormattedMessage id="call.transcript.translated" />
            </a>
          </li>
        </ul>
      </section>
    );
  }

  const end = () => {
    if (!window.confirm(intl.formatMessage({ id: "call.endConfirm" }))) return;
    setBusy(true);
    setError(null);
    endCall(call.id).then(
      (c) => {
        onEnded(c);
        setBusy(false);
      },
      (err: unknown) => {
        setError(err);
        setBusy(false);
      },
    );
  };

  return (
    <div className="call__end">
      <button type="button" className="button button--danger" disabled={busy} onClick={end}>
        <FormattedMessage id={busy ? "call.ending" : "call.end"} />
      </button>
      <ErrorAlert error={error} />
    </div>
  );
}
