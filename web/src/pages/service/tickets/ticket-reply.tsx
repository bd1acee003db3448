import { type FormEvent, type KeyboardEvent, useEffect, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { listMacros, type Macro, replyToTicket, type Ticket, type TicketStatus, translateMacro } from "../../../api/tickets.api";
import { ErrorAlert } from "../../../components/error-alert";
import { languageLabel, STATUS_IDS } from "./ticket-format";

interface Props {
  ticket: Ticket;
  workingLanguage: string;
  agentName: string;
  onSent: (ticket: Ticket) => void;
}

const primary = (tag: string) => tag.split("-")[0]!.toLowerCase();

/** The macro's text in one language (exact tag, else same primary language), or null. */
export function macroText(macro: Macro, language: string): { body: string; stale: boolean; origin: "source" | "machine" | "human" } | null {
  if (primary(macro.language) === primary(language)) return { body: macro.body, stale: false, origin: "source" };
  const v = macro.variants.find((x) => x.language === language) ?? macro.variants.find((x) => primary(x.language) === primary(language));
  return v ? { body: v.body, stale: v.stale, origin: v.origin } : null;
}

export function ReplyForm({ ticket, workingLanguage, agentName, onSent }: Props) {
  const intl = useIntl();
  const [text, setText] = useState("");
  const [translation, setTranslation] = useState("");
  const [internal, setInternal] = useState(false);
  const [after, setAfter] = useState<"" | TicketStatus>("");
  const [macros, setMacros] = useState<Macro[] | null>(null);
  const [macroId, setMacroId] = useState("");
  const [macroNote, setMacroNote] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const customerLanguage = ticket.language;
  const needsTranslation = customerLanguage !== null && primary(customerLanguage) !== primary(workingLanguage);

  useEffect(() => {
    const controller = new AbortController();
    listMacros({}, controller.signal).then((page) => setMacros(page.items), () => setMacros([]));
    return () => controller.abort();
  }, []);

  const fill = (body: string) =>
    body
      .replaceAll("{customerName}", ticket.customer?.name ?? "")
      .replaceAll("{agentName}", agentName)
      .replaceAll("{ticketNumber}", `#${ticket.number}`);

  const insert = (macro: Macro | undefined) => {
    setMacroNote(null);
    if (!macro) return;
    const source = macroText(macro, workingLanguage) ?? { body: macro.body };
    setText(fill(source.body));
    if (!needsTranslation) return;
    const variant = macroText(macro, customerLanguage!);
    setTranslation(variant ? fill(variant.body) : "");
    if (!variant) setMacroNote(intl.formatMessage({ id: "tickets.reply.noVariant" }, { language: languageLabel(intl, customerLanguage) }));
    else if (variant.stale) setMacroNote(intl.formatMessage({ id: "tickets.reply.staleVariant" }));
  };

  const draftVariant = async () => {
    const macro = macros?.find((m) => m.id === macroId);
    if (!macro || !customerLanguage) return;
    setError(null);
    try {
      const result = await translateMacro(macro.id, [customerLanguage]);
      setMacros((all) => all?.map((m) => (m.id === macro.id ? result.macro : m)) ?? null);
      const r = result.results[0];
      if (r?.status === "unavailable") setMacroNote(intl.formatMessage({ id: "tickets.reply.variantUnavailable" }, { message: r.message ?? "" }));
      else insert(result.macro);
    } catch (err) {
      setError(err);
    }
  };

  const send = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!text.trim() || sending) return;
    setSending(true);
    setError(null);
    try {
      const next = await replyToTicket(ticket.id, {
        text: text.trim(),
        ...(translation.trim() && !internal ? { translation: translation.trim() } : {}),
        ...(internal ? { internal: true } : {}),
        ...(after ? { status: after } : {}),
      });
      setText("");
      setTranslation("");
      setMacroId("");
      setMacroNote(null);
      onSent(next);
    } catch (err) {
      setError(err);
    } finally {
      setSending(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) void send();
  };

  const macro = macros?.find((m) => m.id === macroId);
  return (
    <section className="card ticket-reply" aria-labelledby="reply-title">
      <h2 id="reply-title" className="card__title">
        <FormattedMessage id={internal ? "tickets.reply.noteTitle" : "tickets.reply.title"} />
      </h2>
      <form className="form" onSubmit={send} aria-busy={sending} onKeyDown={onKeyDown}>
        <div className="ticket-reply__macro">
          <label className="field">
            <span className="field__label">
              <FormattedMessage id="tickets.reply.macro" />
            </span>
            <select
              name="macroId"
              value={macroId}
              disabled={!macros || macros.length === 0}
              onChange={(e) => {
                setMacroId(e.target.value);
                insert(macros?.find((m) => m.id === e.target.value));
              }}
            >
              <option value="">{intl.formatMessage({ id: macros?.length === 0 ? "tickets.reply.noMacros" : "tickets.reply.pickMacro" })}</option>
              {macros?.map((m) => {
                const has = !customerLanguage || macroText(m, customerLanguage) !== null;
                return (
                  <option key={m.id} value={m.id}>
                    {has ? m.name : intl.formatMessage({ id: "tickets.reply.macroMissing" }, { name: m.name, language: languageLabel(intl, customerLanguage) })}
                  </option>
                );
              })}
            </select>
          </label>
          {macro && needsTranslation && !macroText(macro, customerLanguage!) && (
            <button type="button" className="button button--small" onClick={draftVariant}>
              <FormattedMessage id="tickets.reply.draftVariant" values={{ language: languageLabel(intl, customerLanguage) }} />
            </button>
          )}
        </div>
        {macroNote && (
          <p className="muted" role="status">
            {macroNote}
          </p>
        )}
        <label className="field">
          <span className="field__label">
            <FormattedMessage id="tickets.reply.text" values={{ language: languageLabel(intl, workingLanguage) }} />
          </span>
          <textarea name="text" rows={4} dir="auto" value={text} onChange={(e) => setText(e.target.value)} required />
        </label>
        {needsTranslation && !internal && (
          <label className="field">
            <span className="field__label">
              <FormattedMessage id="tickets.reply.translation" values={{ language: languageLabel(intl, customerLanguage) }} />
            </span>
            <textarea name="translation" rows={4} dir="auto" lang={customerLanguage ?? undefined} value={translation} onChange={(e) => setTranslation(e.target.value)} />
            <span className="field__hint">
              <FormattedMessage id={ticket.conversationId ? "tickets.reply.translationHint" : "tickets.reply.translationHintNoConversation"} />
            </span>
          </label>
        )}
        <div className="ticket-reply__options">
          <label className="checkbox">
            <input type="checkbox" name="internal" checked={internal} onChange={(e) => setInternal(e.target.checked)} />
            <FormattedMessage id="tickets.reply.internal" />
          </label>
          <label className="field ticket-reply__after">
            <span className="field__label">
              <FormattedMessage id="tickets.reply.after" />
            </span>
            <select name="after" value={after} onChange={(e) => setAfter(e.target.value as "" | TicketStatus)}>
              <option value="">{intl.formatMessage({ id: "tickets.reply.keepStatus" })}</option>
              {(["open", "pending", "resolved"] as const).map((s) => (
                <option key={s} value={s}>
                  {intl.formatMessage({ id: STATUS_IDS[s] })}
                </option>
              ))}
            </select>
          </label>
        </div>
        <ErrorAlert error={error} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={sending || !text.trim()}>
            <FormattedMessage id={sending ? "tickets.reply.sending" : internal ? "tickets.reply.addNote" : "tickets.reply.send"} />
          </button>
          <span className="muted">
            <FormattedMessage id="tickets.reply.shortcut" />
          </span>
        </div>
      </form>
    </section>
  );
}
