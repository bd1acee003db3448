import { useState } from "react";
import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import { listSegmentMembers, type Segment, segmentExportUrl } from "../../api/segments.api";
import { ColumnHeaders, DataTable } from "../../components/data-table";
import { ErrorAlert } from "../../components/error-alert";
import { Link } from "../../components/link";
import { ListStatus } from "../../components/list-status";
import { Pagination } from "../../components/pagination";
import { ToolbarCount } from "../../components/search-toolbar";
import { SortableHeader, type SortState, sortParam } from "../../components/sortable-header";
import { useAbortableLoad } from "../../hooks/use-abortable-load";
import { languageName, regionName } from "../../i18n/intl-data";

const PAGE_SIZE = 25;
type MemberSort = "name" | "country" | "orderCount" | "totalSpend" | "lastOrderAt";

/** Who is in the segment right now, paginated and sortable, with the CSV download. */
export function SegmentMembers({ segment, currency, canExport }: { segment: Segment; currency: string; canExport: boolean }) {
  const intl = useIntl();
  const [sort, setSort] = useState<SortState<MemberSort>>({ key: "name", desc: false });
  const [offset, setOffset] = useState(0);
  const { result, loading, error } = useAbortableLoad(
    (signal) => listSegmentMembers(segment.id, { sort: sortParam(sort), limit: PAGE_SIZE, offset }, signal),
    [segment.id, segment.updatedAt, sort, offset],
  );
  const onSort = (next: SortState<MemberSort>) => {
    setSort(next);
    setOffset(0);
  };
  const list = new Intl.ListFormat(intl.locale, { style: "narrow", type: "unit" });
  const money = (n: number) => intl.formatNumber(n, { style: "currency", currency });

  return (
    <section className="card segment-members" aria-labelledby="segment-members-title">
      <header className="segment-members__header">
        <h2 id="segment-members-title" className="card__title">
          <FormattedMessage id="segments.membersTitle" />
        </h2>
        <ToolbarCount id="segments.count" count={result?.total} />
        {canExport && (
          <a className="button" href={segmentExportUrl(segment.id)} download>
            <FormattedMessage id="segments.export" />
          </a>
        )}
      </header>
      <ErrorAlert error={error} />
      <ListStatus items={result?.items} loading={loading} emptyId="segments.membersEmpty">
        {(items) => (
          <DataTable
            busy={loading}
            caption={intl.formatMessage({ id: "segments.membersTitle" })}
            head={
              <>
                <SortableHeader column="name" sort={sort} onSort={onSort}>
                  <FormattedMessage id="customers.col.name" />
                </SortableHeader>
                <SortableHeader column="country" sort={sort} onSort={onSort}>
                  <FormattedMessage id="customers.col.country" />
                </SortableHeader>
                <ColumnHeaders ids={["customers.col.languages", "customers.col.company"]} />
                <SortableHeader column="orderCount" sort={sort} onSort={onSort} firstDesc>
                  <FormattedMessage id="segments.col.orders" />
                </SortableHeader>
                <SortableHeader column="totalSpend" sort={sort} onSort={onSort} firstDesc>
                  <FormattedMessage id="segments.col.spend" />
                </SortableHeader>
                <SortableHeader column="lastOrderAt" sort={sort} onSort={onSort} firstDesc>
                  <FormattedMessage id="segments.col.lastOrder" />
                </SortableHeader>
              </>
            }
          >
            {items.map((m) => (
              <tr key={m.id}>
                <td dir="auto" className="table__primary">
                  <Link href={`/customers/${encodeURIComponent(m.id)}/profile`}>{m.name}</Link>
                </td>
                <td>{m.country ? regionName(intl.locale, m.country) : ""}</td>
                <td>{list.format(m.preferredLanguages.map((code) => languageName(intl.locale, code)))}</td>
                <td dir="auto">{m.company?.name ?? ""}</td>
                <td className="num">{intl.formatNumber(m.orderCount)}</td>
                <td className="num">{money(m.totalSpend)}</td>
                <td>{m.lastOrderAt ? <FormattedDate value={m.lastOrderAt} dateStyle="medium" /> : ""}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </ListStatus>
      <Pagination offset={offset} limit={PAGE_SIZE} total={result?.total ?? 0} onChange={setOffset} />
    </section>
  );
}
