import { useCallback, useEffect, useMemo, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { useAbortableLoad } from "../../hooks/use-abortable-load";
import { createGlossaryTerm, deleteGlossaryTerm, listGlossary, updateGlossaryTerm } from "../../api/language.api";
import type { EnginesReport, GlossaryInput, GlossaryTerm } from "../../api/types";
import { ColumnHeaders, DataTable } from "../../components/data-table";
import { ListAlerts } from "../../components/list-alerts";
import { ListStatus } from "../../components/list-status";
import { Pagination } from "../../components/pagination";
import { SearchToolbar } from "../../components/search-toolbar";
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
  const [editingId, setEditingId] = useState<string | null>(null);
  const [notice, setNotice] = useState<MessageId | null>(null);
  const codes = useMemo(() => pickerLanguages(report), [report]);
  const reload = useCallback(() => setQuery((s) => ({ ...s, nonce: s.nonce + 1 })), []);

  useEffect(() => setQuery((s) => (s.q === q ? s : { ...s, q, offset: 0 })), [q]);

  const { result, loading, error, setError } = useAbortableLoad(
    (signal) => listGlossary({ q: query.q, limit: PAGE_SIZE, offset: query.offset }, signal),
    [query],
  );

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

      <SearchToolbar
        name="glossaryQ"
        labelId="languages.glossary.search"
        value={searchText}
        onChange={setSearchText}
        countId="languages.glossary.count"
        count={result?.total}
      />

      <ListAlerts notice={notice} error={error} />

      <ListStatus
        items={result?.items}
        loading={loading}
        emptyId="languages.glossary.empty"
        query={query.q}
        emptyQueryId="languages.glossary.emptyQuery"
      >
        {(items) => (
          <DataTable busy={loading} actions head={<ColumnHeaders ids={COLUMNS} />}>
            {items.map((term) => (
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
          </DataTable>
        )}
      </ListStatus>
      <Pagination offset={query.offset} limit={PAGE_SIZE} total={result?.total ?? 0} onChange={(offset) => setQuery((s) => ({ ...s, offset }))} />
    </section>
  );
}
