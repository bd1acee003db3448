import { useCallback, useEffect, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { isAbortError } from "../api/api-error";
import { createCompany, deleteCompany, listCompanies, updateCompany } from "../api/companies.api";
import type { Company, CompanyInput, Page } from "../api/types";
import { ErrorAlert, StatusNotice } from "../components/error-alert";
import { Pagination } from "../components/pagination";
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
  const [result, setResult] = useState<Page<Company> | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [notice, setNotice] = useState<MessageId | null>(null);
  const reload = useCallback(() => setQuery((s) => ({ ...s, nonce: s.nonce + 1 })), []);
  useDocumentTitle(intl.formatMessage({ id: "companies.title" }));

  // A new search starts from the first page.
  useEffect(() => setQuery((s) => (s.q === q ? s : { ...s, q, offset: 0 })), [q]);

  useEffect(() => {
    const { sort, offset } = query;
    const controller = new AbortController();
    setLoading(true);
    listCompanies({ q: query.q, sort: sortParam(sort), limit: PAGE_SIZE, offset }, controller.signal).then(
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

      <search className="toolbar">
        <input
          type="search"
          name="q"
          className="toolbar__search"
          aria-label={intl.formatMessage({ id: "companies.searchLabel" })}
          placeholder={intl.formatMessage({ id: "companies.searchLabel" })}
          dir="auto"
          value={searchText}
          onChange={(event) => setSearchText(event.target.value)}
        />
        <output className="toolbar__count" aria-live="polite">
          {result && <FormattedMessage id="companies.count" values={{ count: result.total }} />}
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
            <FormattedMessage id="companies.emptyQuery" values={{ query: <bdi>{query.q}</bdi> }} />
          ) : (
            <FormattedMessage id="companies.empty" />
          )}
        </p>
      ) : (
        result && (
          <div className="table-wrap">
            <table className="table" aria-busy={loading}>
              <thead>
                <tr>
                  <SortableHeader column="name" sort={query.sort} onSort={(sort) => setQuery((s) => ({ ...s, sort, offset: 0 }))}>
                    <FormattedMessage id="company.field.name" />
                  </SortableHeader>
                  <th scope="col">
                    <FormattedMessage id="company.field.domain" />
                  </th>
                  <th scope="col">
                    <FormattedMessage id="company.field.country" />
                  </th>
                  <th scope="col">
                    <FormattedMessage id="company.created" />
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">
                      <FormattedMessage id="common.actions" />
                    </span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.items.map((company) => (
                  <CompanyRow
                    key={company.id}
                    company={company}
                    editing={editingId === company.id}
                    onEdit={(editing) => setEditingId(editing ? company.id : null)}
                    onSave={(input) => save(company.id, input)}
                    onDelete={() => void remove(company)}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )
      )}
      <Pagination
        offset={query.offset}
        limit={PAGE_SIZE}
        total={result?.total ?? 0}
        onChange={(offset) => setQuery((s) => ({ ...s, offset }))}
      />
    </section>
  );
}
