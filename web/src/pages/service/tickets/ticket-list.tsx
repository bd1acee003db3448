import { useEffect, useRef, useState } from "react";
import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import { listTeams, type Team } from "../../../api/teams.api";
import { listTickets, TICKET_PRIORITIES, TICKET_STATUSES, type Ticket } from "../../../api/tickets.api";
import { ColumnHeaders, DataTable } from "../../../components/data-table";
import { LanguageSelect } from "../../../components/language-select";
import { ListAlerts } from "../../../components/list-alerts";
import { ListStatus } from "../../../components/list-status";
import { Link } from "../../../components/link";
import { Pagination } from "../../../components/pagination";
import { SearchToolbar } from "../../../components/search-toolbar";
import { parseSort, SortableHeader, type SortState, sortParam } from "../../../components/sortable-header";
import { useAbortableLoad } from "../../../hooks/use-abortable-load";
import { useDebouncedValue } from "../../../hooks/use-debounced-value";
import { useFlash } from "../../../hooks/use-flash";
import { useLiveEvents } from "../../../hooks/use-live-events";
import { COMMON_LANGUAGES } from "../../../i18n/intl-data";
import { readSearch, replaceSearch } from "../../../router";
import { languageLabel, PRIORITY_IDS, PriorityBadge, SlaBadge, STATUS_IDS, StatusBadge } from "./ticket-format";
import { TicketCreateForm } from "./ticket-create-form";
import { MacrosPanel } from "./macros-panel";
import { panelId, tabId, Tabs } from "../../../components/tabs";

const PAGE_SIZE = 25;
type SortKey = "number" | "priority" | "createdAt" | "firstResponseDue";
const SORT_KEYS: readonly SortKey[] = ["number", "priority", "createdAt", "firstResponseDue"];
const DEFAULT_SORT: SortState<SortKey> = { key: "createdAt", desc: true };

interface Filters {
  q: string;
  status: string;
  teamId: string;
  language: string;
  priority: string;
  assigneeId: string;
  sort: SortState<SortKey>;
  offset: number;
}

function filtersFromUrl(): Filters {
  const p = readSearch();
  return {
    q: p.get("q") ?? "",
    status: p.get("status") ?? "active",
    teamId: p.get("teamId") ?? "",
    language: p.get("language") ?? "",
    priority: p.get("priority") ?? "",
    assigneeId: p.get("assigneeId") ?? "",
    sort: parseSort(p.get("sort"), SORT_KEYS, DEFAULT_SORT),
    offset: Math.max(0, Number(p.get("offset")) || 0),
  };
}

export function TicketList() {
  const intl = useIntl();
  const [filters, setFilters] = useState(filtersFromUrl);
  const [searchText, setSearchText] = useState(filters.q);
  const debounced = useDebouncedValue(searchText.trim(), 250);
  const [flash] = useFlash();
  // Read once: the filters effect rewrites the query string.
  const [conversationId] = useState(() => readSearch().get("conversationId"));
  const [creating, setCreating] = useState(Boolean(conversationId));
  const [view, setView] = useState<"tickets" | "macros">(() => (readSearch().get("view") === "macros" ? "macros" : "tickets"));
  const [teams, setTeams] = useState<Team[]>([]);
  const [reloadKey, setReloadKey] = useState(0);
  const reloadTimer = useRef<number | undefined>(undefined);

  useEffect(() => {
    listTeams().then((page) => setTeams(page.items), () => setTeams([]));
  }, []);
  useEffect(() => {
    setFilters((f) => (f.q === debounced ? f : { ...f, q: debounced, offset: 0 }));
  }, [debounced]);
  useEffect(() => {
    const { sort, ...rest } = filters;
    if (view === "macros") replaceSearch({ view });
    else replaceSearch({ ...rest, status: rest.status === "active" ? undefined : rest.status || "all", sort: sortParam(sort) === "-createdAt" ? undefined : sortParam(sort) });
  }, [filters, view]);

  const { result, loading, error } = useAbortableLoad(
    (signal) => {
      const { sort, status, ...rest } = filters;
      return listTickets({ ...rest, status: status === "all" ? undefined : status, sort: sortParam(sort), limit: PAGE_SIZE }, signal);
    },
    [filters, reloadKey],
  );

  // New and changed tickets arrive live; bursts (a bulk reassignment) reload once.
  useLiveEvents((signal) => {
    const type = (signal as { type: string }).type;
    if (type !== "ticket.created" && type !== "ticket.updated" && type !== "reconnected") return;
    window.clearTimeout(reloadTimer.current);
    reloadTimer.current = window.setTimeout(() => setReloadKey((k) => k + 1), 300);
  });
  useEffect(() => () => window.clearTimeout(reloadTimer.current), []);

  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch, offset: "offset" in patch ? patch.offset! : 0 }));
  const filtered = filters.status !== "active" || filters.teamId || filters.language || filters.priority || filters.assigneeId;

  return (
    <section className="page tickets">
      <header className="page__header">
        <h1 tabIndex={-1}>
          <FormattedMessage id="tickets.title" />
        </h1>
        <button type="button" className="button button--primary" aria-expanded={creating} aria-controls="ticket-create" onClick={() => {
            setCreating((c) => view === "macros" || !c);
            setView("tickets");
          }}
        >
          <FormattedMessage id="tickets.new" />
        </button>
      </header>

      <Tabs
        idPrefix="tickets-view"
        label={intl.formatMessage({ id: "tickets.tabs.label" })}
        tabs={[
          { key: "tickets" as const, label: intl.formatMessage({ id: "tickets.tabs.tickets" }) },
          { key: "macros" as const, label: intl.formatMessage({ id: "tickets.tabs.macros" }) },
        ]}
        selected={view}
        onSelect={setView}
      />
      <div role="tabpanel" id={panelId("tickets-view", view)} aria-labelledby={tabId("tickets-view", view)}>
        {view === "macros" ? (
          <MacrosPanel />
        ) : (
          <>
            {creating && <TicketCreateForm id="ticket-create" conversationId={conversationId} onCancel={() => setCreating(false)} />}

            <SearchToolbar name="q" labelId="tickets.searchLabel" placeholderId="tickets.searchPlaceholder" value={searchText} onChange={setSearchText} countId="tickets.count" count={result?.total}>
              <select name="status" aria-label={intl.formatMessage({ id: "tickets.filter.status" })} value={filters.status} onChange={(e) => set({ status: e.target.value })}>
                <option value="active">{intl.formatMessage({ id: "tickets.filter.active" })}</option>
                <option value="all">{intl.formatMessage({ id: "tickets.filter.allStatuses" })}</option>
                {TICKET_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {intl.formatMessage({ id: STATUS_IDS[s] })}
                  </option>
                ))}
              </select>
              <select name="teamId" aria-label={intl.formatMessage({ id: "tickets.filter.team" })} value={filters.teamId} onChange={(e) => set({ teamId: e.target.value })}>
                <option value="">{intl.formatMessage({ id: "tickets.filter.allTeams" })}</option>
                <option value="none">{intl.formatMessage({ id: "tickets.filter.noTeam" })}</option>
                {teams.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
              <LanguageSelect
                name="language"
                aria-label={intl.formatMessage({ id: "tickets.filter.language" })}
                emptyLabel={intl.formatMessage({ id: "tickets.filter.allLanguages" })}
                codes={COMMON_LANGUAGES}
                value={filters.language}
                onChange={(language) => set({ language })}
              />
              <select name="priority" aria-label={intl.formatMessage({ id: "tickets.filter.priority" })} value={filters.priority} onChange={(e) => set({ priority: e.target.value })}>
                <option value="">{intl.formatMessage({ id: "tickets.filter.allPriorities" })}</option>
                {TICKET_PRIORITIES.map((p) => (
                  <option key={p} value={p}>
                    {intl.formatMessage({ id: PRIORITY_IDS[p] })}
                  </option>
                ))}
              </select>
              <select name="assigneeId" aria-label={intl.formatMessage({ id: "tickets.filter.assignee" })} value={filters.assigneeId} onChange={(e) => set({ assigneeId: e.target.value })}>
                <option value="">{intl.formatMessage({ id: "tickets.filter.anyone" })}</option>
                <option value="me">{intl.formatMessage({ id: "tickets.filter.me" })}</option>
                <option value="none">{intl.formatMessage({ id: "tickets.filter.unassigned" })}</option>
              </select>
            </SearchToolbar>

            <ListAlerts notice={flash} error={error} />

            <ListStatus items={result?.items} loading={loading} emptyId={filtered ? "tickets.emptyFiltered" : "tickets.empty"} query={filters.q} emptyQueryId="tickets.emptyQuery">
              {(items) => <TicketTable tickets={items} loading={loading} sort={filters.sort} onSort={(sort) => set({ sort })} />}
            </ListStatus>

            <Pagination offset={filters.offset} limit={PAGE_SIZE} total={result?.total ?? 0} onChange={(offset) => set({ offset })} />
          </>
        )}
      </div>
    </section>
  );
}

function TicketTable({ tickets, loading, sort, onSort }: { tickets: Ticket[]; loading: boolean; sort: SortState<SortKey>; onSort: (s: SortState<SortKey>) => void }) {
  const intl = useIntl();
  return (
    <DataTable
      busy={loading}
      className="table tickets-table"
      head={
        <>
          <SortableHeader column="number" sort={sort} onSort={onSort} firstDesc>
            <FormattedMessage id="tickets.col.number" />
          </SortableHeader>
          <ColumnHeaders ids={["tickets.col.subject", "tickets.col.status"]} />
          <SortableHeader column="priority" sort={sort} onSort={onSort} firstDesc>
            <FormattedMessage id="tickets.col.priority" />
          </SortableHeader>
          <ColumnHeaders ids={["tickets.col.language", "tickets.col.team", "tickets.col.assignee"]} />
          <SortableHeader column="firstResponseDue" sort={sort} onSort={onSort}>
            <FormattedMessage id="tickets.col.sla" />
          </SortableHeader>
          <SortableHeader column="createdAt" sort={sort} onSort={onSort} firstDesc>
            <FormattedMessage id="tickets.col.created" />
          </SortableHeader>
        </>
      }
    >
      {tickets.map((t) => (
        <tr key={t.id}>
          <td>#{t.number}</td>
          <td className="table__primary">
            <Link href={`/tickets/${encodeURIComponent(t.id)}`} dir="auto">
              {t.subject}
            </Link>
            {t.customer && (
              <div className="muted tickets-table__customer" dir="auto">
                {t.customer.name}
              </div>
            )}
          </td>
          <td>
            <StatusBadge status={t.status} />
          </td>
          <td>
            <PriorityBadge priority={t.priority} />
          </td>
          <td>{languageLabel(intl, t.language)}</td>
          <td dir="auto">{t.team?.name ?? <span className="muted">{intl.formatMessage({ id: "tickets.noTeam" })}</span>}</td>
          <td dir="auto">{t.assignee?.name ?? <span className="muted">{intl.formatMessage({ id: "tickets.unassigned" })}</span>}</td>
          <td>
            <SlaBadge ticket={t} locale={intl.locale} />
          </td>
          <td>
            <time dateTime={t.createdAt}>
              <FormattedDate value={t.createdAt} dateStyle="medium" timeStyle="short" />
            </time>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
