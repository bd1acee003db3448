import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { getServiceMetrics, type MetricsFilters, type ServiceMetrics, serviceMetricsCsvUrl } from "../../api/service-metrics.api";
import { BarChart, LineChart } from "../../components/charts";
import { ErrorAlert } from "../../components/error-alert";
import { useAbortableLoad } from "../../hooks/use-abortable-load";
import { MetricsTable } from "./metrics-table";
import { formatMinutes, formatScore, formatShare, formatWeek, groupLabel, isoDay } from "./service-format";

const DEFAULT_DAYS = 30;
const LINE_SERIES = 5;

function defaultFilters(): MetricsFilters {
  const to = new Date();
  const from = new Date(to);
  from.setDate(from.getDate() - (DEFAULT_DAYS - 1));
  return { from: isoDay(from), to: isoDay(to), groupBy: "language" };
}

function Kpi({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="sd-kpi">
      <dt className="sd-kpi__label">{label}</dt>
      <dd className="sd-kpi__value">{value}</dd>
      {detail && <dd className="sd-kpi__detail">{detail}</dd>}
    </div>
  );
}

function Kpis({ m }: { m: ServiceMetrics }) {
  const intl = useIntl();
  const t = (id: Parameters<typeof intl.formatMessage>[0]["id"], values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const v = m.totals;
  return (
    <dl className="sd-kpis" aria-label={t("serviceDashboard.kpi.label")}>
      <Kpi label={t("serviceDashboard.kpi.tickets")} value={intl.formatNumber(v.tickets)} />
      <Kpi label={t("serviceDashboard.kpi.firstResponse")} value={formatMinutes(intl, v.firstResponse.medianMinutes)} />
      <Kpi label={t("serviceDashboard.kpi.resolution")} value={formatMinutes(intl, v.resolution.medianMinutes)} />
      <Kpi
        label={t("serviceDashboard.kpi.slaBreached")}
        value={formatShare(intl, v.sla.breachedShare)}
        detail={t("serviceDashboard.kpi.ofTickets", { breached: v.sla.breached, total: v.sla.withSla })}
      />
      <Kpi
        label={t("serviceDashboard.kpi.csat")}
        value={v.csat.average === null ? formatScore(intl, null) : t("serviceDashboard.kpi.csatValue", { value: formatScore(intl, v.csat.average) })}
        detail={t("serviceDashboard.kpi.responses", { count: v.csat.responses })}
      />
      <Kpi label={t("serviceDashboard.kpi.nps")} value={formatScore(intl, v.nps.score, 1)} detail={t("serviceDashboard.kpi.responses", { count: v.nps.responses })} />
      <Kpi label={t("serviceDashboard.kpi.negative")} value={formatShare(intl, v.sentiment.negativeShare)} />
    </dl>
  );
}

function Charts({ m }: { m: ServiceMetrics }) {
  const intl = useIntl();
  const label = (g: { key: string; label: string }) => groupLabel(intl, m.groupBy, g);
  const rated = m.groups.filter((g) => g.csat.average !== null);
  const csatBars = rated.map((g) => ({ label: label(g), value: g.csat.average! }));
  const ticketBars = m.groups.filter((g) => g.tickets > 0).map((g) => ({ label: label(g), value: g.tickets }));
  const top = [...rated].sort((a, b) => b.csat.responses - a.csat.responses).slice(0, LINE_SERIES);
  const csatLines = top.map((g) => ({
    label: label(g),
    points: g.weekly.filter((w) => w.csatAverage !== null).map((w) => ({ x: formatWeek(intl, w.week), y: w.csatAverage! })),
  }));
  const ticketLine = [{ label: intl.formatMessage({ id: "serviceDashboard.chart.allGroups" }), points: m.totals.weekly.map((w) => ({ x: formatWeek(intl, w.week), y: w.tickets })) }];
  const emptyText = intl.formatMessage({ id: "serviceDashboard.chart.empty" });
  const score = (n: number) => intl.formatNumber(n, { maximumFractionDigits: 2 });
  return (
    <div className="sd-charts">
      <BarChart title={intl.formatMessage({ id: "serviceDashboard.chart.csatByGroup" }, { groupBy: m.groupBy })} data={csatBars} format={score} emptyText={emptyText} />
      <BarChart title={intl.formatMessage({ id: "serviceDashboard.chart.ticketsByGroup" }, { groupBy: m.groupBy })} data={ticketBars} emptyText={emptyText} />
      <LineChart title={intl.formatMessage({ id: "serviceDashboard.chart.weeklyCsat" })} series={csatLines} format={score} emptyText={emptyText} />
      <LineChart title={intl.formatMessage({ id: "serviceDashboard.chart.weeklyTickets" })} series={ticketLine} emptyText={emptyText} />
    </div>
  );
}

/** Filters, KPI cards, charts and the per-group table of the service metrics, with a CSV download. */
export function MetricsPanel() {
  const intl = useIntl();
  const [filters, setFilters] = useState<MetricsFilters>(defaultFilters);
  const { result, loading, error } = useAbortableLoad((signal) => getServiceMetrics(filters, signal), [filters.from, filters.to, filters.groupBy]);
  const set = (patch: Partial<MetricsFilters>) => setFilters((f) => ({ ...f, ...patch }));
  const valid = filters.from && filters.to && filters.from <= filters.to;
  const empty = result && result.totals.tickets === 0 && result.totals.csat.responses === 0;

  return (
    <div className="sd-panel">
      <form className="toolbar sd-filters" onSubmit={(e) => e.preventDefault()} aria-label={intl.formatMessage({ id: "serviceDashboard.filters.label" })}>
        <label className="sd-filter">
          <span className="field__label">
            <FormattedMessage id="serviceDashboard.filters.from" />
          </span>
          <input type="date" name="from" value={filters.from} max={filters.to} required onChange={(e) => e.target.value && set({ from: e.target.value })} />
        </label>
        <label className="sd-filter">
          <span className="field__label">
            <FormattedMessage id="serviceDashboard.filters.to" />
          </span>
          <input type="date" name="to" value={filters.to} min={filters.from} required onChange={(e) => e.target.value && set({ to: e.target.value })} />
        </label>
        <label className="sd-filter">
          <span className="field__label">
            <FormattedMessage id="serviceDashboard.filters.groupBy" />
          </span>
          <select name="groupBy" value={filters.groupBy} onChange={(e) => set({ groupBy: e.target.value === "team" ? "team" : "language" })}>
            <option value="language">{intl.formatMessage({ id: "serviceDashboard.filters.byLanguage" })}</option>
            <option value="team">{intl.formatMessage({ id: "serviceDashboard.filters.byTeam" })}</option>
          </select>
        </label>
        {valid && (
          <a className="button sd-export" href={serviceMetricsCsvUrl(filters)} download>
            <FormattedMessage id="serviceDashboard.filters.export" />
          </a>
        )}
      </form>

      <ErrorAlert error={error} />
      {!result && loading && (
        <p className="empty-state" aria-busy="true">
          <FormattedMessage id="serviceDashboard.loading" />
        </p>
      )}
      {result && (
        <div className="sd-results" aria-busy={loading}>
          <Kpis m={result} />
          {empty ? (
            <p className="empty-state">
              <FormattedMessage id="serviceDashboard.empty" />
            </p>
          ) : (
            <>
              <Charts m={result} />
              <MetricsTable m={result} loading={loading} />
            </>
          )}
          <p className="muted sd-note">
            <FormattedMessage id="serviceDashboard.periodNote" values={{ from: result.from, to: result.to, timeZone: result.timeZone }} />{" "}
            <FormattedMessage id={result.timeBasis === "business" ? "serviceDashboard.timeBasis.business" : "serviceDashboard.timeBasis.wallClock"} />
          </p>
        </div>
      )}
    </div>
  );
}
