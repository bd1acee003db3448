import { useCallback, useEffect, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { useAbortableLoad } from "../hooks/use-abortable-load";
import { createCompany, deleteCompany, listCompanies, updateCompany } from "../api/companies.api";
import type { Company, CompanyInput } from "../api/types";
import { ColumnHeaders, DataTable } from "../components/data-table";
import { ListAlerts } from "../components/list-alerts";
import { ListStatus } from "../components/list-status";
import { Pagination } from "../components/pagination";
import { SearchToolbar } from "../components/search-toolbar";
import { SortableHeader, type SortState, sortParam } from "../components/sortable-header";
import { useDebouncedValue } from "../hooks/use-debounced-value";
import { useDocumentTitle } from "../hooks/use-document-title";
import type { MessageId } from "../i18n/messages";
import { CompanyForm } from "./company-form";
import { CompanyRow } from "./company-row";

const PAGE_SIZE = 25;

export function CompaniesPage() {
  const intl = useIntl();
  const [searchText, setSearchText] = useState("");
  const q = useDebouncedValue(searchText.trim(), 250);
  // `nonce` forces a refetch after edits without changing the visible query.
  const [query, setQuery] = useState({ q, sort: { key: "name", desc: false } as SortState<"name">, offset: 0, nonce: 0 });
  const [editingId, setEditingId] = useState<string | null>(null);
  const [notice, setNotice] = useState<MessageId | null>(null);
  const reload = useCallback(() => setQuery((s) => ({ ...s, nonce: s.nonce + 1 })), []);
  useDocumentTitle(intl.formatMessage({ id: "companies.title" }));

  // A new search starts from the first page.
  useEffect(() => setQuery((s) => (s.q === q ? s : { ...s, q, offset: 0 })), [q]);

  const { result, loading, error, setError } = useAbortableLoad(
    (signal) => listCompanies({ q: query.q, sort: sortParam(query.sort), limit: PAGE_SIZE, offset: query.offset }, signal),
    [query],
  );

  const create = async (input: CompanyInput) => {
    await createCompany(input);
    setNotice("company.createdNotice");
    reload();
  };

  const save = async (id: string, input: CompanyInput) => {
    await updateCompany(id, input);
    setEditingId(null);
    setNotice("company.savedNotice");
    reload();
  };

  const remove = async (company: Company) => {
    if (!window.confirm(intl.formatMessage({ id: "company.deleteConfirm" }, { name: company.name }))) return;
    try {
      await deleteCompany(company.id);
      setNotice("company.deletedNotice");
      reload();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section className="page">
      <header className="page__header">
        <h1 tabIndex={-1}>
          <FormattedMessage id="companies.title" />
        </h1>
      </header>

      <section className="card" aria-labelledby="company-add-title">
        <h2 id="company-add-title" className="card__title">
          <FormattedMessage id="companies.addTitle" />
        </h2>
        <CompanyForm company={null} submitLabel="companies.add" onSave={create} />
      </section>

      <SearchToolbar
        name="q"
        labelId="companies.searchLabel"
        value={searchText}
        onChange={setSearchText}
        countId="companies.count"
        count={result?.total}
      />

      <ListAlerts notice={notice} error={error} />

      <ListStatus
        items={result?.items}
        loading={loading}
        emptyId="companies.empty"
        query={query.q}
        emptyQueryId="companies.emptyQuery"
      >
        {(items) => (
          <DataTable
            busy={loading}
            actions
            head={
              <>
                <SortableHeader column="name" sort={query.sort} onSort={(sort) => setQuery((s) => ({ ...s, sort, offset: 0 }))}>
                  <FormattedMessage id="company.field.name" />
                </SortableHeader>
                <ColumnHeaders ids={["company.field.domain", "company.field.country", "company.created"]} />
              </>
            }
          >
            {items.map((company) => (
              <CompanyRow
                key={company.id}
                company={company}
                editing={editingId === company.id}
                onEdit={(editing) => setEditingId(editing ? company.id : null)}
                onSave={(input) => save(company.id, input)}
                onDelete={() => void remove(company)}
              />
            ))}
          </DataTable>
        )}
      </ListStatus>
      <Pagination
        offset={query.offset}
        limit={PAGE_SIZE}
        total={result?.total ?? 0}
        onChange={(offset) => setQuery((s) => ({ ...s, offset }))}
      />
    </section>
  );
}
