import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import type { Customer } from "../api/types";
import { useNow } from "../hooks/use-now";
import { isValidTimeZone, regionName } from "../i18n/intl-data";

// Side panel with facts about the record: the customer's clock and audit dates.
export function CustomerMeta({ customer }: { customer: Customer }) {
  const intl = useIntl();
  const now = useNow();
  const zone = customer.timeZone && isValidTimeZone(customer.timeZone) ? customer.timeZone : null;
  return (
    <aside className="card meta" aria-labelledby="customer-meta-title">
      <h2 id="customer-meta-title" className="card__title">
        <FormattedMessage id="customer.detailsTitle" />
      </h2>
      <dl className="meta__list">
        <dt>
          <FormattedMessage id="customer.localTime" />
        </dt>
        <dd>
          {zone ? (
            <>
              <span className="meta__clock">
                {new Intl.DateTimeFormat(intl.locale, {
                  timeZone: zone,
                  weekday: "short",
                  hour: "numeric",
                  minute: "2-digit",
                  timeZoneName: "short",
                }).format(now)}
              </span>
              <span className="meta__sub">
                <bdi>{zone}</bdi>
                {customer.timeZoneSource === "country" && customer.country && (
                  <>
                    {" · "}
                    <FormattedMessage id="customer.zoneFromCountry" values={{ country: regionName(intl.locale, customer.country) }} />
                  </>
                )}
                {customer.timeZoneSource === "phone" && (
                  <>
                    {" · "}
                    <FormattedMessage id="customer.zoneFromPhone" />
                  </>
                )}
              </span>
            </>
          ) : (
            <FormattedMessage id="customer.noTimeZone" />
          )}
        </dd>
        <dt>
          <FormattedMessage id="customer.created" />
        </dt>
        <dd>
          <FormattedDate value={customer.createdAt} dateStyle="long" timeStyle="short" />
        </dd>
        <dt>
          <FormattedMessage id="customer.updated" />
        </dt>
        <dd>
          <FormattedDate value={customer.updatedAt} dateStyle="long" timeStyle="short" />
        </dd>
      </dl>
    </aside>
  );
}
