import { useState } from "react";
import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import { listConceptMatches } from "../../../api/concepts.api";
import { ColumnHeaders, DataTable } from "../../../components/data-table";
import { ErrorAlert } from "../../../components/error-alert";
import { Link } from "../../../components/link";
import { ListStatus } from "../../../components/list-status";
import { Pagination } from "../../../components/pagination";
import { useAbortableLoad } from "../../../hooks/use-abortable-load";
import { useLiveEvents } from "../../../hooks/use-live-events";
import { languageName } from "../../../i18n/intl-data";

const PAGE_SIZE = 20;

// Marks the matched term in the excerpt (compared lower-cased; a trailing * matches the word's start).
function Excerpt({ text, term }: { text: string; term: string }) {
  const needle = term.replace(/\*$/, "").normalize("NFC").toLowerCase();
  const at = needle ? text.normalize("NFC").toLowerCase().indexOf(needle) : -1;
  if (at < 0) return <bdi>{text}</bdi>;
  return (
    <bdi>
      {text.slice(0, at)}
      <mark className="match-term">{text.slice(at, at + needle.length)}</mark>
      {text.slice(at + needle.length)}
    </bdi>
  );
}

/** Recent matches of one concept: when, who, which term in which language, where, and the words around it. */
export function ConceptMatches({ conceptId }: { conceptId: string }) {
  const intl = useIntl();
  const [offset, setOffset] = useState(0);
  const [nonce, setNonce] = useState(0);
  const { result, loading, error } = useAbortableLoad((signal) => listConceptMatches(conceptId, { limit: PAGE_SIZE, offset }, signal), [conceptId, offset, nonce]);
  // A concept tags customers as messages arrive: re-read then.
  useLiveEvents((signal) => {
    if ((signal as { type: string }).type === "customer.tags" || signal.type === "reconnected") setNonce((n) => n + 1);
  });
  return (
    <section className="card" aria-labelledby="concept-matches-title">
      <h2 id="concept-matches-title" className="card__title">
        <FormattedMessage id="concepts.matches.title" />
      </h2>
      <ErrorAlert error={error} />
      <ListStatus items={result?.items} loading={loading} emptyId="concepts.matches.empty">
        {(items) => (
          <DataTable
            busy={loading}
            head={
              <ColumnHeaders
                ids={["concepts.matches.col.when", "concepts.matches.col.customer", "concepts.matches.col.term", "concepts.matches.col.language", "concepts.matches.col.excerpt"]}
              />
            }
          >
            {items.map((m) => (
              <tr key={m.id} data-testid="concept-match">
                <td className="nowrap">
                  <FormattedDate value={m.messageSentAt} dateStyle="medium" timeStyle="short" />
                </td>
                <td>
                  {m.customer ? (
                    <Link href={`/customers/${encodeURIComponent(m.customer.id)}/profile`}>
                      <bdi>{m.customer.name || intl.formatMessage({ id: "alerts.unknownCustomer" })}</bdi>
                    </Link>
                  ) : (
                    "—"
                  )}
                </td>
                <td>
                  <mark className="match-term" lang={m.language}>
                    {m.term}
                  </mark>
                </td>
                <td>
                  {languageName(intl.locale, m.language)} <span className="lang-code">{m.language}</span>
                  <span className="table__sub">
                    <FormattedMessage id={m.where === "original" ? "concepts.matches.original" : "concepts.matches.translation"} />
                  </span>
                </td>
                <td className="match-excerpt" lang={m.language}>
                  <Excerpt text={m.excerpt} term={m.term} />
                  {m.conversationId && (
                    <span className="table__sub">
                      <Link href={`/inbox/${encodeURIComponent(m.conversationId)}`}>
                        <FormattedMessage id="concepts.matches.openMessage" />
                      </Link>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </ListStatus>
      <Pagination offset={offset} limit={PAGE_SIZE} total={result?.total ?? 0} onChange={setOffset} />
    </section>
  );
}
