import { FormattedMessage, useIntl } from "react-intl";
import type { SlaClock, Ticket } from "../../../api/tickets.api";
import { formatMinutes, formatZoned } from "./ticket-format";

function ClockRow({ labelId, clock, paused, timeZone }: { labelId: "tickets.sla.firstResponse" | "tickets.sla.resolution"; clock: SlaClock | null; paused: boolean; timeZone: string }) {
  const intl = useIntl();
  if (!clock) return null;
  const target = formatMinutes(intl.locale, clock.targetMinutes);
  let state;
  if (clock.at) {
    state = (
      <span className={`badge badge--${clock.breached ? "danger" : "success"}`}>
        <FormattedMessage id={clock.breached ? "tickets.sla.metLateAt" : "tickets.sla.metAt"} values={{ at: formatZoned(intl, clock.at) }} />
      </span>
    );
  } else if (!clock.dueAt) {
    state = (
      <span className="badge badge--muted">
        <FormattedMessage id="tickets.sla.noDue" />
      </span>
    );
  } else if (clock.breached) {
    state = (
      <span className="badge badge--danger">
        <FormattedMessage id="tickets.sla.overdue" values={{ duration: formatMinutes(intl.locale, clock.remainingMinutes ?? 0) }} />
      </span>
    );
  } else {
    state = (
      <span className={`badge ${paused ? "badge--muted" : "badge--neutral"}`}>
        <FormattedMessage id={paused ? "tickets.sla.leftPaused" : "tickets.sla.left"} values={{ duration: formatMinutes(intl.locale, clock.remainingMinutes ?? 0) }} />
      </span>
    );
  }
  return (
    <div className="sla__row">
      <dt>
        <FormattedMessage id={labelId} />
      </dt>
      <dd>
        {state}{" "}
        {clock.dueAt && (
          <span className="muted">
            <FormattedMessage
              // The viewer's own time only when it reads differently from the team's.
              id={formatZoned(intl, clock.dueAt, timeZone) === formatZoned(intl, clock.dueAt) ? "tickets.sla.dueSame" : "tickets.sla.due"}
              values={{ due: formatZoned(intl, clock.dueAt, timeZone), zone: timeZone, local: formatZoned(intl, clock.dueAt), target }}
            />
          </span>
        )}
      </dd>
    </div>
  );
}

export function SlaTimers({ ticket }: { ticket: Ticket }) {
  const intl = useIntl();
  const { sla } = ticket;
  return (
    <section className="card sla" aria-labelledby="sla-title">
      <h2 id="sla-title" className="card__title">
        <FormattedMessage id="tickets.sla.title" />
        {sla.policy && <span className="muted sla__policy"> · {sla.policy.name}</span>}
      </h2>
      {sla.paused && (
        <p className="sla__paused" role="status">
          <span className="badge badge--muted">
            <FormattedMessage id="tickets.sla.paused" />
          </span>{" "}
          <FormattedMessage
            id={sla.pausedReason === "holiday" ? "tickets.sla.pausedHoliday" : "tickets.sla.pausedHours"}
            values={{ resumes: sla.resumesAt ? formatZoned(intl, sla.resumesAt, sla.timeZone) : "—", zone: sla.timeZone }}
          />
        </p>
      )}
      {!sla.firstResponse && !sla.resolution ? (
        <p className="muted">
          <FormattedMessage id="tickets.sla.noPolicy" />
        </p>
      ) : (
        <dl className="sla__clocks">
          <ClockRow labelId="tickets.sla.firstResponse" clock={sla.firstResponse} paused={sla.paused} timeZone={sla.timeZone} />
          <ClockRow labelId="tickets.sla.resolution" clock={sla.resolution} paused={sla.paused} timeZone={sla.timeZone} />
        </dl>
      )}
      <p className="muted sla__note">
        <FormattedMessage id="tickets.sla.businessNote" values={{ zone: sla.timeZone }} />
      </p>
    </section>
  );
}
