import { FormattedMessage, useIntl } from "react-intl";
import type { MetricsValues, ServiceMetrics } from "../../api/service-metrics.api";
import { DataTable } from "../../components/data-table";
import { formatMinutes, formatScore, formatShare, groupLabel } from "./service-format";

function Cells({ v }: { v: MetricsValues }) {
  const intl = useIntl();
  return (
    <>
      <td className="sd-num">{intl.formatNumber(v.tickets)}</td>
      <td className="sd-num">
        {formatMinutes(intl, v.firstResponse.medianMinutes)} / {formatMinutes(intl, v.firstResponse.averageMinutes)}
      </td>
      <td className="sd-num">
        {formatMinutes(intl, v.resolution.medianMinutes)} / {formatMinutes(intl, v.resolution.averageMinutes)}
      </td>
      <td className="sd-num">
        {intl.formatNumber(v.sla.breached)} ({formatShare(intl, v.sla.breachedShare)})
      </td>
      <td className="sd-num" data-column="csat">
        {formatScore(intl, v.csat.average)} ({intl.formatNumber(v.csat.responses)})
      </td>
      <td className="sd-num">
        {formatScore(intl, v.nps.score, 1)} ({intl.formatNumber(v.nps.responses)})
      </td>
      <td className="sd-num">{formatShare(intl, v.sentiment.negativeShare)}</td>
    </>
  );
}

/** One row per language or team, plus the total. */
export function MetricsTable({ m, loading }: { m: ServiceMetrics; loading: boolean }) {
  const intl = useIntl();
  const heads = [
    "serviceDashboard.table.tickets",
    "serviceDashboard.table.firstResponse",
    "serviceDashboard.table.resolution",
    "serviceDashboard.table.sla",
    "serviceDashboard.table.csat",
    "serviceDashboard.table.nps",
    "serviceDashboard.table.negative",
  ] as const;
  return (
    <DataTable
      className="table sd-table"
      busy={loading}
      caption={intl.formatMessage({ id: "serviceDashboard.table.caption" }, { groupBy: m.groupBy })}
      head={
        <>
          <th scope="col">
            <FormattedMessage id="serviceDashboard.table.group" values={{ groupBy: m.groupBy }} />
          </th>
          {heads.map((id) => (
            <th key={id} scope="col" className="sd-num">
              <FormattedMessage id={id} />
            </th>
          ))}
        </>
      }
    >
      {m.groups.map((g) => (
        <tr key={g.key} data-group={g.key}>
          <th scope="row">
            <bdi>{groupLabel(intl, m.groupBy, g)}</bdi>
          </th>
          <Cells v={g} />
        </tr>
      ))}
      <tr className="sd-table__total" data-group="total">
        <th scope="row">
          <FormattedMessage id="serviceDashboard.table.total" />
        </th>
        <Cells v={m.totals} />
      </tr>
    </DataTable>
  );
}
