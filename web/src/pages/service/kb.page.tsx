import { type FormEvent, useCallback, useEffect, useState } from "react";
import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import { createKbFamily, type KbStatus, listKbFamilies } from "../../api/kb.api";
import { ErrorAlert } from "../../components/error-alert";
import { ColumnHeaders, DataTable } from "../../components/data-table";
import { LanguageSelect } from "../../components/language-select";
import { ListAlerts } from "../../components/list-alerts";
import { ListStatus } from "../../components/list-status";
import { Pagination } from "../../components/pagination";
import { SearchToolbar } from "../../components/search-toolbar";
import { SortableHeader, type SortState, sortParam } from "../../components/sortable-header";
import { useAbortableLoad } from "../../hooks/use-abortable-load";
import { useDebouncedValue } from "../../hooks/use-debounced-value";
import { useDocumentTitle } from "../../hooks/use-document-title";
import { COMMON_LANGUAGES } from "../../i18n/intl-data";
import type { MessageId } from "../../i18n/messages";
import { readSearch, replaceSearch } from "../../router";
import { VersionBadges } from "./kb/kb-badges";
import { KbFamilyEditor } from "./kb/kb-family-editor";
import { KbSearchPanel } from "./kb/kb-search-panel";
import "./kb/kb.css";

const PAGE_SIZE = 25;

function NewFamilyForm({ onCreated }: { onCreated: (id: string) => void }) {
  const [title, setTitle] = useState("");
  const [tags, setTags] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!title.trim()) return;
    setBusy(true);
    setError(null);
    try {
      const family = await createKbFamily({ title: title.trim(), tags: tags.split(",").map((t) => t.trim()).filter(Boolean) });
      setTitle("");
      setTags("");
      onCreated(family.id);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="kb-new-title">
      <h2 id="kb-new-title" className="card__title">
        <FormattedMessage id="kb.new.title" />
      </h2>
      <form className="form form--inline" onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
        <ErrorAlert error={error} />
        <div className="field">
          <label className="field__label" htmlFor="kb-new-title-input">
            <FormattedMessage id="kb.new.field" />
          </label>
          <input id="kb-new-title-input" name="title" required dir="auto" maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="kb-new-tags">
            <FormattedMessage id="kb.new.tags" />
          </label>
          <input id="kb-new-tags" name="tags" dir="auto" value={tags} onChange={(e) => setTags(e.target.value)} />
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={busy || !title.trim()}>
            <FormattedMessage id={busy ? "common.saving" : "kb.new.submit"} />
          </button>
        </div>
      </form>
    </section>
  );
}

export function KnowledgeBasePage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: "nav.kb" }));
  const [searchText, setSearchText] = useState(() => readSearch().get("q") ?? "");
  const q = useDebouncedValue(searchText.trim(), 250);
  const [filters, setFilters] = useState({
    q,
    language: readSearch().get("language") ?? "",
    status: (readSearch().get("status") ?? "") as KbStatus | "",
    sort: { key: "updatedAt", desc: true } as SortState<"title" | "updatedAt">,
    offset: 0,
    nonce: 0,
  });
  const [selected, setSelected] = useState<string | null>(() => readSearch().get("family"));
  const [notice, setNotice] = useState<MessageId | null>(null);
  const reload = useCallback(() => setFilters((f) => ({ ...f, nonce: f.nonce + 1 })), []);

  useEffect(() => setFilters((f) => (f.q === q ? f : { ...f, q, offset: 0 })), [q]);
  useEffect(() => {
    replaceSearch({ q: filters.q, language: filters.language, status: filters.status, family: selected ?? undefined });
  }, [filters.q, filters.language, filters.status, selected]);

  const { result, loading, error } = useAbortableLoad(
    (signal) =>
      listKbFamilies(
        { q: filters.q, language: filters.language || undefined, status: filters.status || undefined, sort: sortParam(filters.sort), limit: PAGE_SIZE, offset: filters.offset },
        signal,
      ),
    [filters],
  );

  const open = (id: string) => {
    setNotice(null);
    setSelected(id);
  };

  return (
    <section className="page kb-page">
      <header className="page__header kb-page__header">
        <h1 tabIndex={-1}>
          <FormattedMessage id="nav.kb" />
        </h1>
        <a className="button button--ghost" href={`/help/${encodeURIComponent(intl.locale)}`} target="_blank" rel="noreferrer">
          <FormattedMessage id="kb.helpCentreLink" />
        </a>
      </header>

      <KbSearchPanel onOpen={open} />

      {selected && (
        <KbFamilyEditor
          familyId={selected}
          onChanged={reload}
          onClose={(deleted) => {
            setSelected(null);
            if (deleted) {
              setNotice("kb.editor.deleted");
              reload();
            }
          }}
        />
      )}

      <NewFamilyForm
        onCreated={(id) => {
          reload();
          open(id);
          setNotice("kb.new.created");
        }}
      />

      <h2 className="kb-page__list-title">
        <FormattedMessage id="kb.list.title" />
      </h2>
      <SearchToolbar name="q" labelId="kb.list.searchLabel" value={searchText} onChange={setSearchText} countId="kb.list.count" count={result?.total}>
        <LanguageSelect
          name="language"
          aria-label={intl.formatMessage({ id: "kb.list.languageFilter" })}
          codes={COMMON_LANGUAGES}
          value={filters.language}
          onChange={(language) => setFilters((f) => ({ ...f, language, offset: 0 }))}
          emptyLabel={intl.formatMessage({ id: "kb.list.allLanguages" })}
        />
        <select
          name="status"
          aria-label={intl.formatMessage({ id: "kb.list.statusFilter" })}
          value={filters.status}
          onChange={(e) => setFilters((f) => ({ ...f, status: e.target.value as KbStatus | "", offset: 0 }))}
        >
          <option value="">{intl.formatMessage({ id: "kb.list.anyStatus" })}</option>
          <option value="published">{intl.formatMessage({ id: "kb.list.published" })}</option>
          <option value="draft">{intl.formatMessage({ id: "kb.list.unpublished" })}</option>
        </select>
      </SearchToolbar>

      <ListAlerts notice={notice} error={error} />

      <ListStatus items={result?.items} loading={loading} emptyId="kb.list.empty" query={filters.q} emptyQueryId="kb.list.emptyQuery">
        {(items) => (
          <DataTable
            busy={loading}
            actions
            head={
              <>
                <SortableHeader column="title" sort={filters.sort} onSort={(sort) => setFilters((f) => ({ ...f, sort, offset: 0 }))}>
                  <FormattedMessage id="kb.col.title" />
                </SortableHeader>
                <ColumnHeaders ids={["kb.col.versions"]} />
                <SortableHeader column="updatedAt" sort={filters.sort} onSort={(sort) => setFilters((f) => ({ ...f, sort, offset: 0 }))}>
                  <FormattedMessage id="kb.col.updated" />
                </SortableHeader>
              </>
            }
          >
            {items.map((family) => (
              <tr key={family.id} aria-current={selected === family.id ? "true" : undefined}>
                <td className="table__primary" dir="auto">
                  {family.title}
                  {family.tags.length > 0 && <span className="muted kb-tags"> · {family.tags.join(", ")}</span>}
                </td>
                <td>
                  <VersionBadges versions={family.versions} />
                </td>
                <td>
                  <FormattedDate value={family.updatedAt} dateStyle="medium" />
                </td>
                <td className="table__actions">
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={intl.formatMessage({ id: "kb.list.edit" }, { title: family.title })}
                    onClick={() => open(family.id)}
                  >
                    <FormattedMessage id="common.edit" />
                  </button>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </ListStatus>
      <Pagination offset={filters.offset} limit={PAGE_SIZE} total={result?.total ?? 0} onChange={(offset) => setFilters((f) => ({ ...f, offset }))} />
    </section>
  );
}
