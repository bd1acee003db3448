import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import type { CustomerProfile } from "../../api/profiles.api";
import { LineChart } from "../../components/charts";
import { ColumnHeaders, DataTable } from "../../components/data-table";
import { sentimentLabel } from "../inbox/inbox-labels";

export function OrdersCard({ orders }: { orders: CustomerProfile["orders"] }) {
  const intl = useIntl();
  const money = (n: number, currency: string) => intl.formatNumber(n, { style: "currency", currency });
  return (
    <section className="card profile-card profile-card--wide" aria-labelledby="profile-orders">
      <h2 id="profile-orders" className="card__title">
        <FormattedMessage id="profile.orders.title" />
      </h2>
      <dl className="profile-stats">
        <div>
          <dt>
            <FormattedMessage id="profile.orders.count" />
          </dt>
          <dd>{intl.formatNumber(orders.count)}</dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="profile.orders.total" values={{ currency: orders.currency }} />
          </dt>
          <dd>{money(orders.total, orders.currency)}</dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="profile.orders.last" />
          </dt>
          <dd>{orders.lastOrderAt ? <FormattedDate value={orders.lastOrderAt} dateStyle="medium" /> : "—"}</dd>
        </div>
      </dl>
      {orders.recent.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="profile.orders.none" />
        </p>
      ) : (
        <DataTable caption={intl.formatMessage({ id: "profile.orders.recent" })} head={<ColumnHeaders ids={["profile.orders.col.date", "profile.orders.col.number", "profile.orders.col.amount", "profile.orders.col.base", "profile.orders.col.channel"]} />}>
          {orders.recent.map((o) => (
            <tr key={o.id}>
              <td>
                <FormattedDate value={o.orderedAt} dateStyle="medium" />
              </td>
              <td>
                <bdi>{o.externalId ?? "—"}</bdi>
              </td>
              <td className="num">{money(o.amount, o.currency)}</td>
              <td className="num">{money(o.amountBase, o.baseCurrency)}</td>
              <td>{o.channel ?? ""}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

export function SentimentCard({ weeks }: { weeks: CustomerProfile["sentiment"]["weeks"] }) {
  const intl = useIntl();
  const label = (week: string) => intl.formatDate(`${week}T12:00:00Z`, { month: "short", day: "numeric", timeZone: "UTC", ...(weeks.length > 52 ? { year: "2-digit" } : {}) });
  const total = weeks.reduce((n, w) => n + w.positive + w.neutral + w.negative, 0);
  const series = (["negative", "neutral", "positive"] as const).map((k) => ({
    label: sentimentLabel(intl, k),
    points: weeks.map((w) => ({ x: label(w.week), y: w[k] })),
  }));
  const scored = weeks.filter((w) => w.averageScore !== null);
  return (
    <section className="card profile-card profile-card--wide" aria-labelledby="profile-sentiment">
      <h2 id="profile-sentiment" className="card__title">
        <FormattedMessage id="profile.sentiment.title" />
      </h2>
      {total === 0 ? (
        <p className="muted">
          <FormattedMessage id="profile.sentiment.none" />
        </p>
      ) : (
        <div className="profile-charts">
          <LineChart title={intl.formatMessage({ id: "profile.sentiment.counts" })} series={series} format={(n) => intl.formatNumber(n, { maximumFractionDigits: 0 })} />
          <LineChart
            title={intl.formatMessage({ id: "profile.sentiment.average" })}
            series={[{ label: intl.formatMessage({ id: "profile.sentiment.score" }), points: scored.map((w) => ({ x: label(w.week), y: w.averageScore! })) }]}
            format={(n) => intl.formatNumber(n, { maximumFractionDigits: 2, signDisplay: "exceptZero" })}
          />
        </div>
      )}
    </section>
  );
}
