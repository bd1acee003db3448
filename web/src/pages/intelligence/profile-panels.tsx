import type { ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { CustomerProfile } from "../../api/profiles.api";
import { Link } from "../../components/link";
import { useNow } from "../../hooks/use-now";
import { isValidTimeZone, regionName } from "../../i18n/intl-data";
import type { MessageId } from "../../i18n/messages";
import { languageLabel } from "../languages/language-labels";

function Card({ id, title, children }: { id: string; title: MessageId; children: ReactNode }) {
  return (
    <section className="card profile-card" aria-labelledby={id}>
      <h2 id={id} className="card__title">
        <FormattedMessage id={title} />
      </h2>
      {children}
    </section>
  );
}

export function LanguagesCard({ languages }: { languages: CustomerProfile["languages"] }) {
  const intl = useIntl();
  return (
    <Card id="profile-languages" title="profile.languages.title">
      <h3 className="profile-card__sub">
        <FormattedMessage id="profile.languages.preferred" />
      </h3>
      {languages.preferred.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="profile.languages.nonePreferred" />
        </p>
      ) : (
        <ol className="profile-list">
          {languages.preferred.map((code) => (
            <li key={code}>
              {languageLabel(intl, code)} <span className="muted">({code})</span>
            </li>
          ))}
        </ol>
      )}
      <h3 className="profile-card__sub">
        <FormattedMessage id="profile.languages.detected" />
      </h3>
      {languages.detected.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="profile.languages.noneDetected" />
        </p>
      ) : (
        <ul className="profile-list" data-testid="detected-languages">
          {languages.detected.map((d) => (
            <li key={d.language}>
              {languageLabel(intl, d.language)} — <FormattedMessage id="profile.languages.messages" values={{ count: d.count }} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export function LocationCard({ location }: { location: CustomerProfile["location"] }) {
  const intl = useIntl();
  // Ticks every second: the point is seeing what time it is for the customer right now.
  const now = useNow(1000);
  const zone = location.timeZone && isValidTimeZone(location.timeZone) ? location.timeZone : null;
  return (
    <Card id="profile-location" title="profile.location.title">
      <dl className="profile-facts">
        <dt>
          <FormattedMessage id="customer.field.country" />
        </dt>
        <dd>{location.country ? regionName(intl.locale, location.country) : <FormattedMessage id="common.notSpecified" />}</dd>
        <dt>
          <FormattedMessage id="profile.location.region" />
        </dt>
        <dd>{location.regionId ? intl.formatMessage({ id: `segments.region.${location.regionId}` as MessageId }) : <FormattedMessage id="common.notSpecified" />}</dd>
        <dt>
          <FormattedMessage id="customer.field.timeZone" />
        </dt>
        <dd>{zone ? <bdi>{zone}</bdi> : <FormattedMessage id="customer.noTimeZone" />}</dd>
        {zone && (
          <>
            <dt>
              <FormattedMessage id="customer.localTime" />
            </dt>
            <dd className="profile-clock" data-testid="local-time">
              {new Intl.DateTimeFormat(intl.locale, { timeZone: zone, weekday: "long", hour: "numeric", minute: "2-digit", second: "2-digit", timeZoneName: "short" }).format(now)}
            </dd>
          </>
        )}
      </dl>
    </Card>
  );
}

const SOURCE_IDS: Array<[string, MessageId]> = [
  ["rule:", "profile.tags.source.rule"],
  ["concept:", "profile.tags.source.concept"],
  ["manual", "profile.tags.source.manual"],
  ["customer", "profile.tags.source.customer"],
];

export function TagsCard({ tags, asOf }: { tags: CustomerProfile["tags"]; asOf: string | null }) {
  const intl = useIntl();
  const source = (s: string) => {
    const id = SOURCE_IDS.find(([prefix]) => s.startsWith(prefix))?.[1];
    return id ? intl.formatMessage({ id }) : s;
  };
  return (
    <Card id="profile-tags" title="profile.tags.title">
      {asOf && (
        <p className="muted">
          <FormattedMessage id="profile.tags.asOf" values={{ date: intl.formatDate(`${asOf}T12:00:00Z`, { dateStyle: "long", timeZone: "UTC" }) }} />
        </p>
      )}
      {tags.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="profile.tags.none" />
        </p>
      ) : (
        <ul className="profile-tags" data-testid="profile-tags">
          {tags.map((t) => (
            <li key={`${t.source}|${t.name}`}>
              <span className="profile-tag" dir="auto">
                {t.name}
              </span>{" "}
              <span className="profile-tag__reason" dir="auto">
                {t.source === "customer" ? intl.formatMessage({ id: "profile.tags.onRecord" }) : t.reason}
              </span>{" "}
              <span className="muted profile-tag__source">({source(t.source)})</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export function SegmentsCard({ segments }: { segments: CustomerProfile["segments"] }) {
  return (
    <Card id="profile-segments" title="profile.segments.title">
      {segments.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="profile.segments.none" />
        </p>
      ) : (
        <ul className="profile-list" data-testid="profile-segments">
          {segments.map((s) => (
            <li key={s.id} dir="auto">
              <Link href={`/segments?id=${encodeURIComponent(s.id)}`}>{s.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
