import { type FormEvent, useEffect, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { ApiError } from "../../../api/api-error";
import { listCustomers } from "../../../api/customers.api";
import { createTicket, TICKET_PRIORITIES, type TicketPriority, ticketFromConversation } from "../../../api/tickets.api";
import type { Customer } from "../../../api/types";
import { ErrorAlert, errorField } from "../../../components/error-alert";
import { Field } from "../../../components/form-field";
import { LanguageSelect } from "../../../components/language-select";
import { Link } from "../../../components/link";
import { useDebouncedValue } from "../../../hooks/use-debounced-value";
import { COMMON_LANGUAGES } from "../../../i18n/intl-data";
import { navigate } from "../../../router";
import { PRIORITY_IDS } from "./ticket-format";

interface Props {
  id: string;
  // Set when opened from an inbox conversation (/tickets?conversationId=…): the ticket starts from it.
  conversationId: string | null;
  onCancel: () => void;
}

export function TicketCreateForm({ id, conversationId, onCancel }: Props) {
  const intl = useIntl();
  const [customerQuery, setCustomerQuery] = useState("");
  const query = useDebouncedValue(customerQuery.trim(), 250);
  const [customers, setCustomers] = useState<Customer[] | null>(null);
  const [customerId, setCustomerId] = useState("");
  const [subject, setSubject] = useState("");
  const [text, setText] = useState("");
  const [language, setLanguage] = useState("");
  const [priority, setPriority] = useState<TicketPriority>("normal");
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (conversationId) return;
    const controller = new AbortController();
    listCustomers({ q: query || undefined, limit: 20, offset: 0 }, controller.signal).then(
      (page) => {
        setCustomers(page.items);
        // Keep the choice while it is still listed; otherwise take the best match.
        setCustomerId((current) => (page.items.some((c) => c.id === current) ? current : (page.items[0]?.id ?? "")));
      },
      () => undefined,
    );
    return () => controller.abort();
  }, [query, conversationId]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const ticket = conversationId
        ? await ticketFromConversation(conversationId, { subject: subject.trim() || undefined, priority })
        : await createTicket({ customerId, subject: subject.trim(), text: text.trim(), language: language || undefined, priority });
      navigate(`/tickets/${encodeURIComponent(ticket.id)}`, { flash: "tickets.created" });
    } catch (err) {
      setError(err);
      setSaving(false);
    }
  };

  const field = errorField(error);
  const fieldError = (n: string) => (field === n && error instanceof ApiError ? error.message : null);
  return (
    <section id={id} className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card__title">
        <FormattedMessage id={conversationId ? "tickets.create.fromConversation" : "tickets.create.title"} />
      </h2>
      {conversationId && (
        <p>
          <Link href={`/inbox/${encodeURIComponent(conversationId)}`}>
            <FormattedMessage id="tickets.create.conversationLink" />
          </Link>
        </p>
      )}
      <form className="form form--grid" onSubmit={submit} noValidate aria-busy={saving}>
        {!conversationId && (
          <>
            <Field idPrefix={id} name="customerQuery" label={intl.formatMessage({ id: "tickets.create.findCustomer" })}>
              {(control) => <input {...control} type="search" dir="auto" autoComplete="off" value={customerQuery} onChange={(e) => setCustomerQuery(e.target.value)} />}
            </Field>
            <Field idPrefix={id} name="customerId" label={intl.formatMessage({ id: "tickets.create.customer" })} error={fieldError("customerId")}>
              {(control) => (
                <select {...control} required value={customerId} onChange={(e) => setCustomerId(e.target.value)}>
                  {customers?.length === 0 && <option value="">{intl.formatMessage({ id: "tickets.create.noCustomers" })}</option>}
                  {customers?.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.emails[0] ? `${c.name} <${c.emails[0]}>` : c.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </>
        )}
        <Field idPrefix={id} name="subject" className="span-2" label={intl.formatMessage({ id: conversationId ? "tickets.create.subjectOptional" : "tickets.create.subject" })} error={fieldError("subject")}>
          {(control) => <input {...control} required={!conversationId} dir="auto" maxLength={300} value={subject} onChange={(e) => setSubject(e.target.value)} />}
        </Field>
        {!conversationId && (
          <>
            <Field
              idPrefix={id}
              name="text"
              className="span-2"
              label={intl.formatMessage({ id: "tickets.create.text" })}
              hint={intl.formatMessage({ id: "tickets.create.textHint" })}
              error={fieldError("text")}
            >
              {(control) => <textarea {...control} required dir="auto" rows={5} value={text} onChange={(e) => setText(e.target.value)} />}
            </Field>
            <Field idPrefix={id} name="language" label={intl.formatMessage({ id: "tickets.create.language" })} error={fieldError("language")}>
              {(control) => (
                <LanguageSelect {...control} codes={COMMON_LANGUAGES} emptyLabel={intl.formatMessage({ id: "tickets.create.detect" })} value={language} onChange={setLanguage} />
              )}
            </Field>
          </>
        )}
        <Field idPrefix={id} name="priority" label={intl.formatMessage({ id: "tickets.create.priority" })} error={fieldError("priority")}>
          {(control) => (
            <select {...control} value={priority} onChange={(e) => setPriority(e.target.value as TicketPriority)}>
              {TICKET_PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {intl.formatMessage({ id: PRIORITY_IDS[p] })}
                </option>
              ))}
            </select>
          )}
        </Field>
        {error !== null && !field && (
          <div className="span-2">
            <ErrorAlert error={error} />
          </div>
        )}
        <div className="form__actions span-2">
          <button type="submit" className="button button--primary" disabled={saving || (!conversationId && (!customerId || !subject.trim() || !text.trim()))}>
            <FormattedMessage id={saving ? "tickets.create.creating" : "tickets.create.submit"} />
          </button>
          <button type="button" className="button" onClick={onCancel}>
            <FormattedMessage id="common.cancel" />
          </button>
        </div>
      </form>
    </section>
  );
}
