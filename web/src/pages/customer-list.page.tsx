import { useEffect, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { useAbortableLoad } from "../hooks/use-abortable-load";
import { listCustomers } from "../api/customers.api";
import { CountrySelect } from "../components/country-select";
import { ListAlerts } from "../components/list-alerts";
import { ListStatus } from "../components/list-status";
import { Link } from "../components/link";
import { Pagination } from "../components/pagination";
import { SearchToolbar } from "../components/search-toolbar";
import { parseSort, type SortState, sortParam } from "../components/sortable-header";
import { useDebouncedValue } from "../hooks/use-debounced-value";
import { useDocumentTitle } from "../hooks/use-document-title";
import { useFlash } from "../hooks/use-flash";
import { readSearch, replaceSearch } from "../router";
import { CustomerTable, type CustomerSortKey } from "./customer-table";

const PAGE_SIZE = 25;
const SORT_KEYS: readonly CustomerSortKey[] = ["name", "country", "updatedAt"];
const DEFAULT_SORT: SortState<CustomerSortKey> = { key: "name", desc: false };

interface ListState {
  q: string;
  country: string;
  sort: SortState<CustomerSortKey>;
  offset: number;
}

// Filters live in the URL so going back from a customer returns to the same page of results.
function stateFromUrl(): ListState {
  const params = readSearch();
  return {
    q: params.get("q") ?? "",
    country: params.get("country") ?? "",
    sort: parseSort(params.get("sort"), SORT_KEYS, DEFAULT_SORT),
    offset: Math.max(0, Number(params.get("offset")) || 0),
  };
}

export function CustomerListPage() {
  const intl = useIntl();
  const [state, setState] = useState(stateFromUrl);
  const [searchText, setSearchText] = useState(state.q);
  const debouncedSearch = useDebouncedValue(searchText.trim(), 250);
  const [flash] = useFlash();
  useDocumentTitle(intl.formatMessage({ id: "customers.title" }));

  useEffect(() => {
    setState((s) => (s.q === debouncedSearch ? s : { ...s, q: debouncedSearch, offset: 0 }));
  }, [debouncedSearch]);

  useEffect(() => {
    const { q, country, sort, offset } = state;
    replaceSearch({ q, country, sort: sortParam(sort) === "name" ? undefined : sortParam(sort), offset });
  }, [state]);
  const { result, loading, error } = useAbortableLoad((signal) => {
    const { q, country, sort, offset } = state;
    return listCustomers({ q, country, sort: sortParam(sort), limit: PAGE_SIZE, offset }, signal);
  }, [state]);

  const total = result?.total ?? 0;
  return (
    <section className="page">
      <header className="page__header">
        <h1 tabIndex={-1}>
          <FormattedMessage id="customers.title" />
        </h1>
        <Link href="/customers/new" className="button button--primary">
          <FormattedMessage id="customers.new" />
        </Link>
      </header>

      <SearchToolbar
        name="q"
        labelId="customers.searchLabel"
        placeholderId="customers.searchPlaceholder"
        value={searchText}
        onChange={setSearchText}
        countId="customers.count"
        count={result?.total}
      >
        <CountrySelect
          name="country"
          aria-label={intl.formatMessage({ id: "customers.countryFilter" })}
          emptyLabel={intl.formatMessage({ id: "customers.allCountries" })}
          value={state.country}
          onChange={(country) => setState((s) => ({ ...s, country, offset: 0 }))}
        />
      </SearchToolbar>

      <ListAlerts notice={flash} error={error} />

      <ListStatus
        items={result?.items}
        loading={loading}
        loadingId="customers.loading"
        emptyId={state.country ? "customers.emptyFiltered" : "customers.empty"}
        query={state.q}
        emptyQueryId="customers.emptyQuery"
      >
        {(items) => (
          <CustomerTable
            customers={items}
            loading={loading}
            sort={state.sort}
            onSort={(sort) => setState((s) => ({ ...s, sort, offset: 0 }))}
          />
        )}
      </ListStatus>

      <Pagination
        offset={state.offset}
        limit={PAGE_SIZE}
        total={total}
        onChange={(offset) => setState((s) => ({ ...s, offset }))}
      />
    </section>
  );
}
