import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { isAbortError } from "../../api/api-error";
import type { Message, ReplyPreview } from "../../api/conversation-types";
import { previewReply, sendReply } from "../../api/conversations.api";
import { ErrorAlert } from "../../components/error-alert";
import { useDebouncedValue } from "../../hooks/use-debounced-value";
import { languageLabel } from "../languages/language-labels";
import { MessageProvenance } from "./message-provenance";

interface ReplyBoxProps {
  conversationId: string;
  // Best guesses until the first preview answers with the real pair.
  workingLanguage: string | null;
  customerLanguage: string | null;
  onSent: (message: Message) => void;
}

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

export function ReplyBox({ conversationId, workingLanguage, customerLanguage, onSent }: ReplyBoxProps) {
  const intl = useIntl();
  const [text, setText] = useState("");
  const debounced = useDebouncedValue(text.trim(), 500);
  const [preview, setPreview] = useState<{ source: string; result: ReplyPreview } | null>(null);
  const [previewing, setPreviewing] = useState(false);
  // The customer-language text as shown; `edited` once the agent has typed in it.
  const [draft, setDraft] = useState("");
  const [edited, setEdited] = useState(false);
  // The reply text the agent's edit was made against, to warn when the reply changes afterwards.
  const [editedFor, setEditedFor] = useState("");
  const editedRef = useRef(edited);
  editedRef.current = edited;
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!debounced) {
      setPreview(null);
      setPreviewing(false);
      setDraft("");
      setEdited(false);
      return;
    }
    const controller = new AbortController();
    setPreviewing(true);
    previewReply(conversationId, debounced, controller.signal).then(
      (result) => {
        setPreview({ source: debounced, result });
        setPreviewing(false);
        setError(null);
        // A new machine text must not overwrite what the agent wrote themselves.
        if (!editedRef.current) setDraft(result.translation?.text ?? "");
      },
      (err) => {
        if (isAbortError(err)) return;
        setPreviewing(false);
        setError(err);
      },
    );
    return () => controller.abort();
  }, [debounced, conversationId]);

  const result = preview?.result ?? null;
  const from = result?.from ?? workingLanguage;
  const to = result?.to ?? customerLanguage;
  const sameLanguage = result !== null && result.translation === null && result.from.split("-")[0] === result.to.split("-")[0];
  const unavailable = result !== null && result.translation === null && !sameLanguage;
  const machineText = result?.translation?.text ?? null;
  const customerEdited = edited && draft.trim() !== "" && draft.trim() !== machineText;
  const stale = customerEdited && machineText !== null && editedFor !== text.trim();
  const canSend = text.trim() !== "" && !sending && !(unavailable && draft.trim() === "");

  const send = (event?: FormEvent) => {
    event?.preventDefault();
    if (!canSend) return;
    setSending(true);
    setError(null);
    // The translation goes along only when the agent wrote it; otherwise the server translates the final text.
    const body = customerEdited || unavailable ? { text: text.trim(), translation: draft.trim() } : { text: text.trim() };
    sendReply(conversationId, body).then(
      (message) => {
        onSent(message);
        setText("");
        setDraft("");
        setEdited(false);
        setPreview(null);
        setSending(false);
      },
      (err: unknown) => {
        setError(err);
        setSending(false);
      },
    );
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) send(event);
  };
  const name = (code: string | null | undefined) => (code ? languageLabel(intl, code) : "");

  return (
    <form className="reply" onSubmit={send} aria-label={intl.formatMessage({ id: "reply.title" })}>
      <label className="field">
        <span className="field__label">
          {from ? <FormattedMessage id="reply.label" values={{ language: name(from) }} /> : <FormattedMessage id="reply.labelPlain" />}
        </span>
        <textarea name="reply" rows={3} dir="auto" lang={from ?? undefined} value={text} onKeyDown={onKeyDown} onChange={(e) => setText(e.target.value)} />
      </label>

      {text.trim() !== "" && (
        <div className="reply__preview" aria-busy={previewing}>
          {sameLanguage ? (
            <p className="msg__caption">
              <FormattedMessage id="reply.sameLanguage" values={{ language: name(to) }} />
            </p>
          ) : (
            <>
              {unavailable && (
                <p className="alert alert--warning">
                  <FormattedMessage id="reply.noTranslation" values={{ from: name(from), to: name(to), reason: result?.note ?? "" }} />
                </p>
              )}
              <label className="field">
                <span className="field__label">
                  {to ? <FormattedMessage id="reply.customerText" values={{ language: name(to) }} /> : <FormattedMessage id="reply.customerTextPlain" />}
                  {previewing && (
                    <span className="reply__status" role="status">
                      <FormattedMessage id="reply.previewing" />
                    </span>
                  )}
                </span>
                <textarea
                  name="translation"
                  rows={3}
                  dir="auto"
                  lang={to ?? undefined}
                  value={draft}
                  onKeyDown={onKeyDown}
                  onChange={(e) => {
                    setDraft(e.target.value);
                    setEdited(true);
                    setEditedFor(text.trim());
                  }}
                />
              </label>
              {result?.translation && !customerEdited && <MessageProvenance provenance={result.translation.provenance} />}
              {(customerEdited || unavailable) && (
                <p className="field__hint">
                  <FormattedMessage id="reply.editedNote" />
                </p>
              )}
              {stale && (
                <p className="field__hint reply__stale">
                  <FormattedMessage id="reply.staleEdit" />{" "}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      setDraft(machineText ?? "");
                      setEdited(false);
                    }}
                  >
                    <FormattedMessage id="reply.useMachine" />
                  </button>
                </p>
              )}
            </>
          )}
        </div>
      )}

      <ErrorAlert error={error} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={!canSend}>
          <FormattedMessage id={sending ? "reply.sending" : "reply.send"} />
        </button>
        <span className="field__hint">
          <FormattedMessage id="reply.shortcut" values={{ keys: isMac ? "⌘ Enter" : "Ctrl Enter" }} />
        </span>
      </div>
    </form>
  );
}
