import { useEffect, useMemo, useState } from "react";
import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import { getSettings } from "../../../api/settings.api";
import { type Agent, listAgents, listTeams, type Team } from "../../../api/teams.api";
import { getTicket, getTicketActivity, rerouteTicket, type Ticket, type TicketPatch, updateTicket } from "../../../api/tickets.api";
import { ErrorAlert, StatusNotice } from "../../../components/error-alert";
import { Link } from "../../../components/link";
import { useAbortableLoad } from "../../../hooks/use-abortable-load";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { useFlash } from "../../../hooks/use-flash";
import { useLiveEvents } from "../../../hooks/use-live-events";
import { useUser } from "../../../session";
import { RoutingReason } from "./routing-reason";
import { SlaTimers } from "./sla-timers";
import { TicketActivity } from "./ticket-activity";
import { TicketControls } from "./ticket-controls";
import { languageLabel, PriorityBadge, StatusBadge } from "./ticket-format";
import { ReplyForm } from "./ticket-reply";

const LANGUAGE_SOURCE_IDS = {
  given: "tickets.detail.languageGiven",
  detected: "tickets.detail.languageDetected",
  conversation: "tickets.detail.languageConversation",
  customer: "tickets.detail.languageCustomer",
} as const;

export function TicketDetail({ id }: { id: string }) {
  const intl = useIntl();
  const user = useUser();
  const [flash] = useFlash();
  const [version, setVersion] = useState(0);
  const { result: ticket, setResult: setTicket, loading, error } = useAbortableLoad((signal) => getTicket(id, signal), [id, version]);
  const activity = useAbortableLoad((signal) => getTicketActivity(id, signal), [id, ticket?.updatedAt]);
  const [agents, setAgents] = useState<Agent[]>([]);
  const [teams, setTeams] = useState<Team[]>([]);
  const [workingLanguage, setWorkingLanguage] = useState("en");
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  useDocumentTitle(ticket ? `#${ticket.number} ${ticket.subject}` : intl.formatMessage({ id: "tickets.title" }));

  useEffect(() => {
    listAgents().then((p) => setAgents(p.items), () => setAgents([]));
    listTeams().then((p) => setTeams(p.items), () => setTeams([]));
    getSettings().then((s) => setWorkingLanguage(s.workingLanguage), () => undefined);
  }, []);

  useLiveEvents((signal) => {
    const e = signal as { type: string; ticket?: { id: string } };
    if ((e.type === "ticket.updated" && e.ticket?.id === id) || e.type === "reconnected") setVersion((v) => v + 1);
  });

  const names = useMemo(() => new Map([...agents.map((a) => [a.id, a.name] as const), ...teams.map((t) => [t.id, t.name] as const)]), [agents, teams]);

  const apply = (work: Promise<Ticket>) => {
    setSaving(true);
    setSaveError(null);
    work.then(
      (next) => {
        setTicket(next);
        setSaving(false);
      },
      (err: unknown) => {
        setSaveError(err);
        setSaving(false);
      },
    );
  };

  if (!ticket) {
    return (
      <section className="page">
        <Link href="/tickets" className="back-link">
          <FormattedMessage id="tickets.back" />
        </Link>
        {error ? (
          <ErrorAlert error={error} />
        ) : (
          <p className="empty-state" aria-busy={loading}>
            <FormattedMessage id="common.loading" />
          </p>
        )}
      </section>
    );
  }

  const t = ticket;
  return (
    <section className="page ticket-detail">
      <Link href="/tickets" className="back-link">
        <FormattedMessage id="tickets.back" />
      </Link>
      <header className="page__header">
        <h1 tabIndex={-1} dir="auto">
          <span className="muted">#{t.number}</span> {t.subject}
        </h1>
        <div className="ticket-detail__badges">
          <StatusBadge status={t.status} />
          <PriorityBadge priority={t.priority} />
        </div>
      </header>
      {flash && (
        <StatusNotice>
          <FormattedMessage id={flash} />
        </StatusNotice>
      )}
      <ErrorAlert error={saveError} />

      <div className="ticket-detail__layout">
        <div className="ticket-detail__main">
          <RoutingReason routing={t.routing} />
          <section className="card" aria-labelledby="ticket-text-title">
            <h2 id="ticket-text-title" className="card__title">
              <FormattedMessage id="tickets.detail.description" />
            </h2>
            <p className="ticket-detail__text" dir="auto" lang={t.language ?? undefined}>
              {t.text}
            </p>
          </section>
          <section className="card" aria-labelledby="activity-title">
            <h2 id="activity-title" className="card__title">
              <FormattedMessage id="tickets.activity.title" />
            </h2>
            <ErrorAlert error={activity.error} />
            {activity.result ? (
              <TicketActivity comments={activity.result.comments} events={activity.result.events} names={names} />
            ) : (
              <p className="empty-state" aria-busy="true">
                <FormattedMessage id="common.loading" />
              </p>
            )}
          </section>
          <ReplyForm ticket={t} workingLanguage={workingLanguage} agentName={user.name} onSent={setTicket} />
        </div>

        <aside className="ticket-detail__side">
          <section className="card" aria-labelledby="ticket-meta-title">
            <h2 id="ticket-meta-title" className="visually-hidden">
              <FormattedMessage id="tickets.detail.details" />
            </h2>
            <dl className="ticket-meta">
              <dt>
                <FormattedMessage id="tickets.detail.customer" />
              </dt>
              <dd dir="auto">
                {t.customer ? <Link href={`/customers/${encodeURIComponent(t.customer.id)}/profile`}>{t.customer.name}</Link> : <FormattedMessage id="tickets.detail.noCustomer" />}
              </dd>
              <dt>
                <FormattedMessage id="tickets.detail.language" />
              </dt>
              <dd>
                {languageLabel(intl, t.language)}
                {t.language && <span className="muted"> ({t.language})</span>}
                {t.languageSource && (
                  <div className="muted">
                    <FormattedMessage id={LANGUAGE_SOURCE_IDS[t.languageSource]} />
                  </div>
                )}
              </dd>
              <dt>
                <FormattedMessage id="tickets.detail.conversation" />
              </dt>
              <dd>
                {t.conversationId ? (
                  <Link href={`/inbox/${encodeURIComponent(t.conversationId)}`}>
                    <FormattedMessage id="tickets.detail.openConversation" />
                  </Link>
                ) : (
                  <FormattedMessage id="tickets.detail.noConversation" />
                )}
              </dd>
              <dt>
                <FormattedMessage id="tickets.detail.source" />
              </dt>
              <dd>
                <bdi>{t.source}</bdi>
                {t.sourceReason && (
                  <div className="muted" dir="auto">
                    {t.sourceReason}
                  </div>
                )}
              </dd>
              <dt>
                <FormattedMessage id="tickets.detail.created" />
              </dt>
              <dd>
                <time dateTime={t.createdAt}>
                  <FormattedDate value={t.createdAt} dateStyle="medium" timeStyle="short" />
                </time>
              </dd>
            </dl>
          </section>
          <TicketControls
            ticket={t}
            agents={agents}
            teams={teams}
            saving={saving}
            onPatch={(patch: TicketPatch) => apply(updateTicket(t.id, patch))}
            onReroute={() => apply(rerouteTicket(t.id))}
          />
          <SlaTimers ticket={t} />
        </aside>
      </div>
    </section>
  );
}
