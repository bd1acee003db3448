import { type FormEvent, useCallback, useEffect, useState } from "react";
import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import { createConcept, listConcepts, rescanConcepts } from "../../../api/concepts.api";
import { ColumnHeaders, DataTable } from "../../../components/data-table";
import { LanguageSelect } from "../../../components/language-select";
import { Link } from "../../../components/link";
import { ListAlerts } from "../../../components/list-alerts";
import { ListStatus } from "../../../components/list-status";
import { Pagination } from "../../../components/pagination";
import { SearchToolbar } from "../../../components/search-toolbar";
import { useAbortableLoad } from "../../../hooks/use-abortable-load";
import { useDebouncedValue } from "../../../hooks/use-debounced-value";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { COMMON_LANGUAGES, languageName } from "../../../i18n/intl-data";
import type { MessageId } from "../../../i18n/messages";
import { navigate } from "../../../router";
import { useUser } from "../../../session";
import { conceptName, splitTerms } from "./concept-labels";

const PAGE_SIZE = 25;

function AddConceptForm({ onCreated }: { onCreated: (id: string) => void }) {
  const intl = useIntl();
  const [name, setName] = useState("");
  const [tag, setTag] = useState("");
  const [terms, setTerms] = useState("");
  const [language, setLanguage] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const concept = await createConcept({ name: name.trim(), tag: tag.trim(), terms: splitTerms(terms), ...(language ? { language } : {}) });
      onCreated(concept.id);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <form className="form concept-add" onSubmit={(e) => void submit(e)}>
      <ListAlerts notice={null} error={error} />
      <div className="form--inline rule-streak">
        <label className="field">
          <span className="field__label">
            <FormattedMessage id="concepts.field.name" />
          </span>
          <input name="name" required maxLength={100} dir="auto" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">
            <FormattedMessage id="concepts.field.tag" />
          </span>
          <input name="tag" required maxLength={60} dir="auto" value={tag} onChange={(e) => setTag(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">
            <FormattedMessage id="concepts.field.language" />
          </span>
          <LanguageSelect name="language" codes={COMMON_LANGUAGES} value={language} onChange={setLanguage} emptyLabel={intl.formatMessage({ id: "concepts.workingLanguage" })} />
        </label>
      </div>
      <label className="field">
        <span className="field__label">
          <FormattedMessage id="concepts.field.terms" />
        </span>
        <textarea name="terms" required dir="auto" value={terms} onChange={(e) => setTerms(e.target.value)} />
        <span className="field__hint">
          <FormattedMessage id="concepts.termsHint" />
        </span>
      </label>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          <FormattedMessage id="concepts.add" />
        </button>
      </div>
    </form>
  );
}

/** All concepts with their tag, languages and match counts; managers add concepts and rescan old messages. */
export function ConceptList() {
  const intl = useIntl();
  const user = useUser();
  const canManage = user.role === "manager" || user.role === "admin";
  const [searchText, setSearchText] = useState("");
  const q = useDebouncedValue(searchText.trim(), 250);
  const [query, setQuery] = useState({ q, offset: 0 });
  const [notice, setNotice] = useState<MessageId | null>(null);
  const [scanError, setScanError] = useState<unknown>(null);
  useDocumentTitle(intl.formatMessage({ id: "nav.concepts" }));
  useEffect(() => setQuery((s) => (s.q === q ? s : { q, offset: 0 })), [q]);
  const { result, loading, error } = useAbortableLoad((signal) => listConcepts({ q: query.q, limit: PAGE_SIZE, offset: query.offset }, signal), [query]);

  const rescan = useCallback(async () => {
    setScanError(null);
    try {
      await rescanConcepts();
      setNotice("concepts.rescanQueued");
    } catch (err) {
      setScanError(err);
    }
  }, []);

  return (
    <section className="page signals">
      <header className="page__header">
        <h1 tabIndex={-1}>
          <FormattedMessage id="nav.concepts" />
        </h1>
        {canManage && (
          <button type="button" className="button" onClick={() => void rescan()}>
            <FormattedMessage id="concepts.rescan" />
          </button>
        )}
      </header>
      <p className="muted page__intro">
        <FormattedMessage id="concepts.intro" />
      </p>
      <ListAlerts notice={notice} error={scanError} />
      {canManage && (
        <details className="card">
          <summary className="card__title">
            <FormattedMessage id="concepts.addTitle" />
          </summary>
          <AddConceptForm onCreated={(id) => navigate(`/concepts?concept=${encodeURIComponent(id)}`)} />
        </details>
      )}
      <SearchToolbar name="q" labelId="concepts.search" value={searchText} onChange={setSearchText} countId="concepts.count" count={result?.total} />
      <ListAlerts notice={null} error={error} />
      <ListStatus items={result?.items} loading={loading} emptyId="concepts.empty" query={query.q} emptyQueryId="concepts.emptyQuery">
        {(items) => (
          <DataTable
            busy={loading}
            head={
              <ColumnHeaders
                ids={["concepts.col.name", "concepts.col.tag", "concepts.col.languages", "concepts.col.matches", "concepts.col.customers", "concepts.col.lastMatch"]}
              />
            }
          >
            {items.map((c) => (
              <tr key={c.id}>
                <td className="table__primary">
                  <Link href={`/concepts?concept=${encodeURIComponent(c.id)}`}>
                    <bdi>{conceptName(intl, c)}</bdi>
                  </Link>
                  {!c.enabled && (
                    <>
                      {" "}
                      <span className="badge badge--muted">
                        <FormattedMessage id="concepts.disabled" />
                      </span>
                    </>
                  )}
                </td>
                <td>
                  <span className="chip">
                    <bdi>{c.tag}</bdi>
                  </span>
                </td>
                <td>
                  <ul className="term-chips" aria-label={intl.formatMessage({ id: "concepts.col.languages" })}>
                    {c.termLists.map((l) => (
                      <li key={l.language}>
                        <abbr className="lang-code" title={languageName(intl.locale, l.language)}>
                          {l.language}
                        </abbr>
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="numeric">{c.matchCount}</td>
                <td className="numeric">{c.customerCount}</td>
                <td className="nowrap">{c.lastMatchAt ? <FormattedDate value={c.lastMatchAt} dateStyle="medium" /> : "—"}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </ListStatus>
      <Pagination offset={query.offset} limit={PAGE_SIZE} total={result?.total ?? 0} onChange={(offset) => setQuery((s) => ({ ...s, offset }))} />
    </section>
  );
}
