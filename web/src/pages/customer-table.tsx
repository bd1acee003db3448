import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import type { Customer } from "../api/types";
import { ColumnHeaders, DataTable } from "../components/data-table";
import { Link } from "../components/link";
import { SortableHeader, type SortState } from "../components/sortable-header";
import { languageName, regionName } from "../i18n/intl-data";

export type CustomerSortKey = "name" | "country" | "updatedAt";

interface CustomerTableProps {
  customers: Customer[];
  loading: boolean;
  sort: SortState<CustomerSortKey>;
  onSort: (sort: SortState<CustomerSortKey>) => void;
}

export function CustomerTable({ customers, loading, sort, onSort }: CustomerTableProps) {
  const intl = useIntl();
  const list = new Intl.ListFormat(intl.locale, { style: "narrow", type: "unit" });
  return (
    <DataTable
      busy={loading}
      actions
      head={
        <>
          <SortableHeader column="name" sort={sort} onSort={onSort}>
            <FormattedMessage id="customers.col.name" />
          </SortableHeader>
          <ColumnHeaders ids={["customers.col.company"]} />
          <SortableHeader column="country" sort={sort} onSort={onSort}>
            <FormattedMessage id="customers.col.country" />
          </SortableHeader>
          <ColumnHeaders ids={["customers.col.languages", "customers.col.email"]} />
          <SortableHeader column="updatedAt" sort={sort} onSort={onSort} firstDesc>
            <FormattedMessage id="customers.col.updated" />
          </SortableHeader>
        </>
      }
    >
      {customers.map((customer) => (
        <tr key={customer.id}>
          <td dir="auto" className="table__primary">
            <Link href={`/customers/${encodeURIComponent(customer.id)}/profile`}>{customer.name}</Link>
          </td>
          <td dir="auto">{customer.company?.name ?? ""}</td>
          <td>{customer.country ? regionName(intl.locale, customer.country) : ""}</td>
          <td>{list.format(customer.preferredLanguages.map((code) => languageName(intl.locale, code)))}</td>
          <td className="table__email">
            <bdi>{customer.emails[0] ?? ""}</bdi>
          </td>
          <td>
            <time dateTime={customer.updatedAt}>
              <FormattedDate value={customer.updatedAt} dateStyle="medium" timeStyle="short" />
            </time>
          </td>
          <td>
            <Link
              href={`/customers/${encodeURIComponent(customer.id)}`}
              className="button button--small"
              aria-label={intl.formatMessage({ id: "customers.editCustomer" }, { name: customer.name })}
            >
              <FormattedMessage id="common.edit" />
            </Link>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
