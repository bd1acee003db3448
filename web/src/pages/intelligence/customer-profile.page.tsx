import { useEffect, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { ApiError } from "../../api/api-error";
import { getCustomerProfile, getCustomerTimeline, type TimelineItem } from "../../api/profiles.api";
import type { Page } from "../../api/types";
import { ErrorAlert } from "../../components/error-alert";
import { Link } from "../../components/link";
import { Pagination } from "../../components/pagination";
import { useAbortableLoad } from "../../hooks/use-abortable-load";
import { useDocumentTitle } from "../../hooks/use-document-title";
import { useLiveEvents } from "../../hooks/use-live-events";
import { OrdersCard, SentimentCard } from "./profile-activity";
import { LanguagesCard, LocationCard, SegmentsCard, TagsCard } from "./profile-panels";
import { ProfileTimeline } from "./profile-timeline";
import "./customer-profile.css";

const TIMELINE_PAGE = 20;

export function CustomerProfilePage({ id }: { id: string }) {
  const intl = useIntl();
  const [nonce, setNonce] = useState(0);
  const [offset, setOffset] = useState(0);
  const { result: profile, loading, error } = useAbortableLoad((signal) => getCustomerProfile(id, { limit: TIMELINE_PAGE }, signal), [id, nonce]);
  // Later timeline pages come from the timeline endpoint; the first one rides with the profile.
  const [timeline, setTimeline] = useState<Page<TimelineItem> | null>(null);
  const [timelineError, setTimelineError] = useState<unknown>(null);
  useDocumentTitle(profile?.identity.name ?? intl.formatMessage({ id: "profile.title" }));

  useEffect(() => {
    if (offset === 0) {
      setTimeline(profile?.timeline ?? null);
      return;
    }
    const controller = new AbortController();
    getCustomerTimeline(id, { limit: TIMELINE_PAGE, offset }, controller.signal).then(setTimeline, (err) => {
      if (!controller.signal.aborted) setTimelineError(err);
    });
    return () => controller.abort();
  }, [id, offset, profile]);

  // New messages, processed messages and re-evaluated tags of this customer refresh the profile.
  useLiveEvents((signal) => {
    const event = signal as { type: string; message?: { customerId: string | null }; customerId?: string };
    if (event.type === "reconnected" || event.message?.customerId === id || (event.type === "customer.tags" && event.customerId === id)) setNonce((n) => n + 1);
  });

  if (!profile) {
    return (
      <section className="page">
        <Link href="/customers" className="back-link">
          <FormattedMessage id="customer.backToList" />
        </Link>
        {loading && (
          <p className="empty-state" aria-busy="true">
            <FormattedMessage id="common.loading" />
          </p>
        )}
        {error instanceof ApiError && error.status === 404 ? (
          <p className="empty-state">
            <FormattedMessage id="customer.notFound" />
          </p>
        ) : (
          <ErrorAlert error={error} />
        )}
      </section>
    );
  }

  const c = profile.identity;
  return (
    <section className="page profile">
      <Link href="/customers" className="back-link">
        <FormattedMessage id="customer.backToList" />
      </Link>
      <header className="page__header profile__header">
        <div>
          <h1 tabIndex={-1} dir="auto">
            {c.name}
          </h1>
          <p className="profile__contact">
            {c.company && <span dir="auto">{c.company.name}</span>}
            {[...c.emails, ...c.phones].map((v) => (
              <bdi key={v}>{v}</bdi>
            ))}
          </p>
        </div>
        <Link href={`/customers/${encodeURIComponent(c.id)}`} className="button">
          <FormattedMessage id="common.edit" />
        </Link>
      </header>
      <ErrorAlert error={error} />

      <div className="profile__cards">
        <LanguagesCard languages={profile.languages} />
        <LocationCard location={profile.location} />
        <TagsCard tags={profile.tags} asOf={profile.asOf} />
        <SegmentsCard segments={profile.segments} />
      </div>
      <div className="profile__wide">
        <SentimentCard weeks={profile.sentiment.weeks} />
        <OrdersCard orders={profile.orders} />
      </div>

      <section className="card profile-card profile-card--wide" aria-labelledby="profile-timeline">
        <h2 id="profile-timeline" className="card__title">
          <FormattedMessage id="profile.timeline.title" />
        </h2>
        <ErrorAlert error={timelineError} />
        {timeline && timeline.items.length === 0 ? (
          <p className="muted">
            <FormattedMessage id="profile.timeline.empty" />
          </p>
        ) : (
          timeline && <ProfileTimeline items={timeline.items} viewer={intl.locale} />
        )}
        <Pagination offset={offset} limit={TIMELINE_PAGE} total={timeline?.total ?? 0} onChange={setOffset} />
      </section>
    </section>
  );
}
