import { useCallback, useEffect, useState } from "react";
import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import { listCompanies } from "../../api/companies.api";
import { getSegment, listSegments, type Segment } from "../../api/segments.api";
import { getSettings } from "../../api/settings.api";
import { ColumnHeaders, DataTable } from "../../components/data-table";
import { ListAlerts } from "../../components/list-alerts";
import { ListStatus } from "../../components/list-status";
import { Pagination } from "../../components/pagination";
import { SearchToolbar } from "../../components/search-toolbar";
import { useAbortableLoad } from "../../hooks/use-abortable-load";
import { useDebouncedValue } from "../../hooks/use-debounced-value";
import { useDocumentTitle } from "../../hooks/use-document-title";
import type { MessageId } from "../../i18n/messages";
import { readSearch, replaceSearch } from "../../router";
import { useUser } from "../../session";
import { SegmentEditor } from "./segment-editor";
import { SegmentMembers } from "./segment-members";
import type { Choice } from "./segment-value-input";
import "./segments.css";

const PAGE_SIZE = 25;
type Selection = { mode: "none" } | { mode: "new"; nonce: number } | { mode: "edit"; segment: Segment };

// Companies and the base currency feed the builder's pickers; both change rarely, so load them once.
function usePickerData() {
  const [companies, setCompanies] = useState<Choice[]>([]);
  const [currency, setCurrency] = useState("EUR");
  useEffect(() => {
    listCompanies({ limit: 100, offset: 0, sort: "name" }).then((page) => setCompanies(page.items.map((c) => ({ value: c.id, label: c.name }))), () => undefined);
    getSettings().then((s) => setCurrency(s.baseCurrency), () => undefined);
  }, []);
  return { companies, currency };
}

export function SegmentsPage() {
  const intl = useIntl();
  const user = useUser();
  const canEdit = user.role !== "agent";
  useDocumentTitle(intl.formatMessage({ id: "nav.segments" }));
  const [searchText, setSearchText] = useState("");
  const q = useDebouncedValue(searchText.trim(), 250);
  const [query, setQuery] = useState({ q, offset: 0, nonce: 0 });
  const [selection, setSelection] = useState<Selection>({ mode: "none" });
  const [notice, setNotice] = useState<MessageId | null>(null);
  const { companies, currency } = usePickerData();
  const reload = useCallback(() => setQuery((s) => ({ ...s, nonce: s.nonce + 1 })), []);

  useEffect(() => setQuery((s) => (s.q === q ? s : { ...s, q, offset: 0 })), [q]);
  const { result, loading, error, setError } = useAbortableLoad((signal) => listSegments({ q: query.q, limit: PAGE_SIZE, offset: query.offset }, signal), [query]);

  // Deep links: /segments?id=… opens that segment, /segments?new=1 the empty editor.
  useEffect(() => {
    const params = readSearch();
    const id = params.get("id");
    if (id) getSegment(id).then((segment) => setSelection({ mode: "edit", segment }), setError);
    else if (params.get("new") && canEdit) setSelection({ mode: "new", nonce: Date.now() });
  }, [canEdit, setError]);
  useEffect(() => {
    replaceSearch({ id: selection.mode === "edit" ? selection.segment.id : undefined, new: selection.mode === "new" ? 1 : undefined });
  }, [selection]);

  const open = (segment: Segment) => {
    setNotice(null);
    setSelection({ mode: "edit", segment });
  };

  return (
    <section className="page segments-page">
      <header className="page__header">
        <h1 tabIndex={-1}>
          <FormattedMessage id="nav.segments" />
        </h1>
        {canEdit && (
          <button type="button" className="button button--primary" onClick={() => setSelection({ mode: "new", nonce: Date.now() })}>
            <FormattedMessage id="segments.new" />
          </button>
        )}
      </header>
      <p className="muted segments-page__intro">
        <FormattedMessage id="segments.intro" />
      </p>

      <ListAlerts notice={notice} error={error} />
      {selection.mode !== "none" && (
        <SegmentEditor
          key={selection.mode === "edit" ? `${selection.segment.id}-${selection.segment.updatedAt}` : `new-${selection.nonce}`}
          segment={selection.mode === "edit" ? selection.segment : null}
          canEdit={canEdit}
          companies={companies}
          currency={currency}
          onSaved={(segment, created) => {
            setNotice(created ? "segments.createdNotice" : "segments.savedNotice");
            setSelection({ mode: "edit", segment });
            reload();
          }}
          onDeleted={() => {
            setNotice("segments.deletedNotice");
            setSelection({ mode: "none" });
            reload();
          }}
          onCancel={() => setSelection({ mode: "none" })}
        />
      )}
      {selection.mode === "edit" && <SegmentMembers segment={selection.segment} currency={currency} canExport={canEdit} />}

      <SearchToolbar name="q" labelId="segments.searchLabel" value={searchText} onChange={setSearchText} countId="segments.listCount" count={result?.total} />
      <ListStatus items={result?.items} loading={loading} emptyId={canEdit ? "segments.empty" : "segments.emptyAgent"} query={query.q} emptyQueryId="segments.emptyQuery">
        {(items) => (
          <DataTable busy={loading} caption={intl.formatMessage({ id: "nav.segments" })} head={<ColumnHeaders ids={["segments.col.name", "segments.col.members", "segments.col.description", "segments.col.updated"]} />}>
            {items.map((s) => (
              <tr key={s.id} aria-current={selection.mode === "edit" && selection.segment.id === s.id ? "true" : undefined}>
                <td className="table__primary" dir="auto">
                  <button type="button" className="link-button" onClick={() => open(s)}>
                    {s.name}
                  </button>
                </td>
                <td className="num" data-testid="segment-count">
                  {intl.formatNumber(s.count)}
                </td>
                <td dir="auto" className="muted">
                  {s.description ?? ""}
                </td>
                <td>
                  <FormattedDate value={s.updatedAt} dateStyle="medium" />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </ListStatus>
      <Pagination offset={query.offset} limit={PAGE_SIZE} total={result?.total ?? 0} onChange={(offset) => setQuery((s) => ({ ...s, offset }))} />
    </section>
  );
}
