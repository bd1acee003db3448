import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import type { Customer } from "../api/types";
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
    <div className="table-wrap">
      <table className="table" aria-busy={loading}>
        <thead>
          <tr>
            <SortableHeader column="name" sort={sort} onSort={onSort}>
              <FormattedMessage id="customers.col.name" />
            </SortableHeader>
            <th scope="col">
              <FormattedMessage id="customers.col.company" />
            </th>
            <SortableHeader column="country" sort={sort} onSort={onSort}>
              <FormattedMessage id="customers.col.country" />
            </SortableHeader>
            <th scope="col">
              <FormattedMessage id="customers.col.languages" />
            </th>
            <th scope="col">
              <FormattedMessage id="customers.col.email" />
            </th>
            <SortableHeader column="updatedAt" sort={sort} onSort={onSort} firstDesc>
              <FormattedMessage id="customers.col.updated" />
            </SortableHeader>
          </tr>
        </thead>
        <tbody>
          {customers.map((customer) => (
            <tr key={customer.id}>
              <td dir="auto" className="table__primary">
                <Link href={`/customers/${encodeURIComponent(customer.id)}`}>{customer.name}</Link>
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
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
