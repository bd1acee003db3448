import { useCallback, useEffect, useMemo, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { useAbortableLoad } from "../../hooks/use-abortable-load";
import { deleteMemoryEntry, listMemory } from "../../api/language.api";
import type { EnginesReport, MemoryEntry, MemoryOrigin } from "../../api/types";
import { ColumnHeaders, DataTable } from "../../components/data-table";
import { ListAlerts } from "../../components/list-alerts";
import { ListStatus } from "../../components/list-status";
import { LanguageSelect } from "../../components/language-select";
import { Pagination } from "../../components/pagination";
import { SearchToolbar } from "../../components/search-toolbar";
import { useDebouncedValue } from "../../hooks/use-debounced-value";
import type { MessageId } from "../../i18n/messages";
import { pickerLanguages } from "./language-labels";
import { MemoryEntryForm } from "./memory-entry-form";
import { MemoryRow } from "./memory-row";
import { TmxTools } from "./tmx-tools";

const PAGE_SIZE = 25;
const ORIGINS: readonly MemoryOrigin[] = ["human", "machine", "import"];
const COLUMNS: MessageId[] = [
  "languages.memory.col.languages",
  "languages.memory.col.source",
  "languages.memory.col.target",
  "languages.memory.col.origin",
  "languages.memory.col.approved",
  "languages.memory.col.hits",
  "languages.memory.col.updated",
];

interface Query {
  q: string;
  from: string;
  to: string;
  origin: MemoryOrigin | "";
  offset: number;
  // Bumped to refetch after a change without altering the visible filters.
  nonce: number;
}

export function MemorySection({ report, canManage }: { report: EnginesReport | null; canManage: boolean }) {
  const intl = useIntl();
  const [searchText, setSearchText] = useState("");
  const q = useDebouncedValue(searchText.trim(), 250);
  const [query, setQuery] = useState<Query>({ q, from: "", to: "", origin: "", offset: 0, nonce: 0 });
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<MessageId | null>(null);
  const codes = useMemo(() => pickerLanguages(report), [report]);
  const reload = useCallback(() => setQuery((s) => ({ ...s, nonce: s.nonce + 1 })), []);
  const filter = (patch: Partial<Query>) => setQuery((s) => ({ ...s, ...patch, offset: 0 }));

  useEffect(() => setQuery((s) => (s.q === q ? s : { ...s, q, offset: 0 })), [q]);

  const { result, setResult, loading, error, setError } = useAbortableLoad((signal) => {
    const { q: text, from, to, origin, offset } = query;
    return listMemory({ q: text, from, to, origin, limit: PAGE_SIZE, offset }, signal);
  }, [query]);

  const changed = (entry: MemoryEntry) => {
    setResult((page) => page && { ...page, items: page.items.map((e) => (e.id === entry.id ? entry : e)) });
    setNotice("languages.memory.savedNotice");
  };

  const remove = async (entry: MemoryEntry) => {
    if (!window.confirm(intl.formatMessage({ id: "languages.memory.deleteConfirm" }, { source: entry.source.slice(0, 80) }))) return;
    try {
      await deleteMemoryEntry(entry.id);
      setNotice("languages.memory.deletedNotice");
      reload();
    } catch (err) {
      setError(err);
    }
  };

  const filtered = Boolean(query.q || query.from || query.to || query.origin);
  return (
    <section className="card" aria-labelledby="memory-title">
      <div className="card__header">
        <h2 id="memory-title" className="card__title">
          <FormattedMessage id="languages.memory.title" />
        </h2>
        <div className="card__tools">
          {!adding && (
            <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
              <FormattedMessage id="languages.memory.addTitle" />
            </button>
          )}
        </div>
      </div>
      <p className="muted card__intro">
        <FormattedMessage id="languages.memory.intro" />
      </p>
      {adding && (
        <section className="subpanel" aria-labelledby="memory-add-title">
          <h3 id="memory-add-title" className="card__subtitle">
            <FormattedMessage id="languages.memory.addTitle" />
          </h3>
          <MemoryEntryForm
            codes={codes}
            defaults={{ from: query.from || "en", to: query.to || "es" }}
            onCancel={() => setAdding(false)}
            onCreated={() => {
              setNotice("languages.memory.createdNotice");
              reload();
            }}
          />
        </section>
      )}
      <TmxTools from={query.from} to={query.to} canImport={canManage} onImported={reload} />

      <SearchToolbar
        name="memoryQ"
        labelId="languages.memory.search"
        value={searchText}
        onChange={setSearchText}
        countId="languages.memory.count"
        count={result?.total}
      >
        <LanguageSelect
          name="memoryFrom"
          codes={codes}
          value={query.from}
          aria-label={intl.formatMessage({ id: "languages.memory.sourceLanguage" })}
          emptyLabel={intl.formatMessage({ id: "languages.memory.allSources" })}
          onChange={(from) => filter({ from })}
        />
        <LanguageSelect
          name="memoryTo"
          codes={codes}
          value={query.to}
          aria-label={intl.formatMessage({ id: "languages.memory.targetLanguage" })}
          emptyLabel={intl.formatMessage({ id: "languages.memory.allTargets" })}
          onChange={(to) => filter({ to })}
        />
        <select
          name="memoryOrigin"
          aria-label={intl.formatMessage({ id: "languages.memory.col.origin" })}
          value={query.origin}
          onChange={(e) => filter({ origin: ORIGINS.find((o) => o === e.target.value) ?? "" })}
        >
          <option value="">{intl.formatMessage({ id: "languages.memory.allOrigins" })}</option>
          {ORIGINS.map((origin) => (
            <option key={origin} value={origin}>
              {intl.formatMessage({ id: `languages.origin.${origin}` })}
            </option>
          ))}
        </select>
      </SearchToolbar>

      <ListAlerts notice={notice} error={error} />

      <ListStatus
        items={result?.items}
        loading={loading}
        emptyId={filtered ? "languages.memory.emptyFiltered" : "languages.memory.empty"}
      >
        {(items) => (
          <DataTable busy={loading} actions head={<ColumnHeaders ids={COLUMNS} />}>
            {items.map((entry) => (
              <MemoryRow key={entry.id} entry={entry} canDelete={canManage} onChanged={changed} onDelete={() => void remove(entry)} />
            ))}
          </DataTable>
        )}
      </ListStatus>
      <Pagination offset={query.offset} limit={PAGE_SIZE} total={result?.total ?? 0} onChange={(offset) => setQuery((s) => ({ ...s, offset }))} />
    </section>
  );
}
