import { useCallback, useEffect, useMemo, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { isAbortError } from "../../api/api-error";
import { createGlossaryTerm, deleteGlossaryTerm, listGlossary, updateGlossaryTerm } from "../../api/language.api";
import type { EnginesReport, GlossaryInput, GlossaryTerm, Page } from "../../api/types";
import { ErrorAlert, StatusNotice } from "../../components/error-alert";
import { Pagination } from "../../components/pagination";
import { useDebouncedValue } from "../../hooks/use-debounced-value";
import type { MessageId } from "../../i18n/messages";
import { GlossaryForm } from "./glossary-form";
import { GlossaryRow } from "./glossary-row";
import { pickerLanguages } from "./language-labels";

const PAGE_SIZE = 25;
const COLUMNS: MessageId[] = [
  "languages.glossary.col.term",
  "languages.glossary.col.sourceLanguage",
  "languages.glossary.col.kind",
  "languages.glossary.col.translations",
  "languages.glossary.col.note",
  "languages.glossary.col.updated",
];

export function GlossarySection({ report, canManage }: { report: EnginesReport | null; canManage: boolean }) {
  const intl = useIntl();
  const [searchText, setSearchText] = useState("");
  const q = useDebouncedValue(searchText.trim(), 250);
  const [query, setQuery] = useState({ q, offset: 0, nonce: 0 });
  const [result, setResult] = useState<Page<GlossaryTerm> | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [notice, setNotice] = useState<MessageId | null>(null);
  const codes = useMemo(() => pickerLanguages(report), [report]);
  const reload = useCallback(() => setQuery((s) => ({ ...s, nonce: s.nonce + 1 })), []);

  useEffect(() => setQuery((s) => (s.q === q ? s : { ...s, q, offset: 0 })), [q]);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    listGlossary({ q: query.q, limit: PAGE_SIZE, offset: query.offset }, controller.signal).then(
      (page) => {
        setResult(page);
        setError(null);
        setLoading(false);
      },
      (err) => {
        if (isAbortError(err)) return;
        setError(err);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [query]);

  const create = async (input: GlossaryInput) => {
    await createGlossaryTerm(input);
    setNotice("languages.glossary.createdNotice");
    reload();
  };

  const save = async (id: string, input: GlossaryInput) => {
    await updateGlossaryTerm(id, input);
    setEditingId(null);
    setNotice("languages.glossary.savedNotice");
    reload();
  };

  const remove = async (term: GlossaryTerm) => {
    if (!window.confirm(intl.formatMessage({ id: "languages.glossary.deleteConfirm" }, { term: term.term }))) return;
    try {
      await deleteGlossaryTerm(term.id);
      setNotice("languages.glossary.deletedNotice");
      reload();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section className="card" aria-labelledby="glossary-title">
      <h2 id="glossary-title" className="card__title">
        <FormattedMessage id="languages.glossary.title" />
      </h2>
      <p className="muted card__intro">
        <FormattedMessage id="languages.glossary.intro" />
      </p>
      {canManage ? (
        <section className="subpanel" aria-labelledby="glossary-add-title">
          <h3 id="glossary-add-title" className="card__subtitle">
            <FormattedMessage id="languages.glossary.addTitle" />
          </h3>
          <GlossaryForm term={null} codes={codes} submitLabel="languages.glossary.add" onSave={create} />
        </section>
      ) : (
        <p className="alert alert--info">
          <FormattedMessage id="languages.glossary.readOnly" />
        </p>
      )}

      <search className="toolbar">
        <input
          type="search"
          name="glossaryQ"
          className="toolbar__search"
          aria-label={intl.formatMessage({ id: "languages.glossary.search" })}
          placeholder={intl.formatMessage({ id: "languages.glossary.search" })}
          dir="auto"
          value={searchText}
          onChange={(e) => setSearchText(e.target.value)}
        />
        <output className="toolbar__count" aria-live="polite">
          {result && <FormattedMessage id="languages.glossary.count" values={{ count: result.total }} />}
        </output>
      </search>

      {notice && (
        <StatusNotice>
          <FormattedMessage id={notice} />
        </StatusNotice>
      )}
      <ErrorAlert error={error} />

      {result === null && loading ? (
        <p className="empty-state" aria-busy="true">
          <FormattedMessage id="common.loading" />
        </p>
      ) : result && result.items.length === 0 ? (
        <p className="empty-state">
          {query.q ? (
            <FormattedMessage id="languages.glossary.emptyQuery" values={{ query: <bdi>{query.q}</bdi> }} />
          ) : (
            <FormattedMessage id="languages.glossary.empty" />
          )}
        </p>
      ) : (
        result && (
          <div className="table-wrap">
            <table className="table" aria-busy={loading}>
              <thead>
                <tr>
                  {COLUMNS.map((id) => (
                    <th key={id} scope="col">
                      <FormattedMessage id={id} />
                    </th>
                  ))}
                  <th scope="col">
                    <span className="visually-hidden">
                      <FormattedMessage id="common.actions" />
                    </span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.items.map((term) => (
                  <GlossaryRow
                    key={term.id}
                    term={term}
                    codes={codes}
                    canManage={canManage}
                    editing={editingId === term.id}
                    onEdit={(editing) => setEditingId(editing ? term.id : null)}
                    onSave={(input) => save(term.id, input)}
                    onDelete={() => void remove(term)}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )
      )}
      <Pagination offset={query.offset} limit={PAGE_SIZE} total={result?.total ?? 0} onChange={(offset) => setQuery((s) => ({ ...s, offset }))} />
    </section>
  );
}
