import { FormattedMessage, type IntlShape } from "react-intl";
import type { Proficiency } from "../../../api/teams.api";
import type { SlaClock, Ticket, TicketPriority, TicketStatus } from "../../../api/tickets.api";
import { languageName } from "../../../i18n/intl-data";

// Labels and formats shared by the tickets and teams pages.

export const STATUS_IDS = {
  new: "tickets.status.new",
  open: "tickets.status.open",
  pending: "tickets.status.pending",
  resolved: "tickets.status.resolved",
  closed: "tickets.status.closed",
} as const satisfies Record<TicketStatus, string>;

export const PRIORITY_IDS = {
  low: "tickets.priority.low",
  normal: "tickets.priority.normal",
  high: "tickets.priority.high",
  urgent: "tickets.priority.urgent",
} as const satisfies Record<TicketPriority, string>;

export const PROFICIENCY_IDS = {
  native: "teams.proficiency.native",
  fluent: "teams.proficiency.fluent",
  basic: "teams.proficiency.basic",
} as const satisfies Record<Proficiency, string>;

export const languageLabel = (intl: IntlShape, code: string | null): string => (code ? languageName(intl.locale, code) : intl.formatMessage({ id: "tickets.language.unknown" }));

/** Business minutes as "3 h 20 min" in the UI language (Intl units, no tables). */
export function formatMinutes(locale: string, minutes: number): string {
  const total = Math.round(Math.abs(minutes));
  const unit = (value: number, u: "day" | "hour" | "minute") => new Intl.NumberFormat(locale, { style: "unit", unit: u, unitDisplay: "short" }).format(value);
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return unit(m, "minute");
  if (h >= 10 || m === 0) return unit(h, "hour");
  return new Intl.ListFormat(locale, { style: "narrow", type: "unit" }).format([unit(h, "hour"), unit(m, "minute")]);
}

/** "Mon 09:00" in a zone, for due and opening times. */
export const formatZoned = (intl: IntlShape, iso: string, timeZone?: string): string =>
  intl.formatDate(iso, { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone });

export function StatusBadge({ status }: { status: TicketStatus }) {
  const tone = status === "resolved" || status === "closed" ? "success" : status === "pending" ? "muted" : "engine";
  return (
    <span className={`badge badge--${tone}`}>
      <FormattedMessage id={STATUS_IDS[status]} />
    </span>
  );
}

export function PriorityBadge({ priority }: { priority: TicketPriority }) {
  const tone = priority === "urgent" ? "danger" : priority === "high" ? "cloud" : "neutral";
  return (
    <span className={`badge badge--${tone}`}>
      <FormattedMessage id={PRIORITY_IDS[priority]} />
    </span>
  );
}

/** The clock that matters now: first response until met, then resolution. */
export function currentClock(t: Ticket): { kind: "firstResponse" | "resolution"; clock: SlaClock } | null {
  const fr = t.sla.firstResponse;
  if (fr && !fr.at) return { kind: "firstResponse", clock: fr };
  return t.sla.resolution ? { kind: "resolution", clock: t.sla.resolution } : fr ? { kind: "firstResponse", clock: fr } : null;
}

/** One badge for a list row: breached, paused, due in, or met. */
export function SlaBadge({ ticket, locale }: { ticket: Ticket; locale: string }) {
  const current = currentClock(ticket);
  if (!current) {
    return (
      <span className="badge badge--muted">
        <FormattedMessage id="tickets.sla.none" />
      </span>
    );
  }
  const { kind, clock } = current;
  const what = <FormattedMessage key="what" id={kind === "firstResponse" ? "tickets.sla.firstResponseShort" : "tickets.sla.resolutionShort"} />;
  if (clock.at) {
    return (
      <span className={`badge badge--${clock.breached ? "danger" : "success"}`}>
        <FormattedMessage id={clock.breached ? "tickets.sla.metLate" : "tickets.sla.met"} values={{ what }} />
      </span>
    );
  }
  if (!clock.dueAt) {
    return (
      <span className="badge badge--muted">
        <FormattedMessage id="tickets.sla.noDue" />
      </span>
    );
  }
  if (clock.breached) {
    return (
      <span className="badge badge--danger">
        <FormattedMessage id="tickets.sla.breachedBy" values={{ what, duration: formatMinutes(locale, clock.remainingMinutes ?? 0) }} />
      </span>
    );
  }
  return (
    <span className={`badge ${ticket.sla.paused ? "badge--muted" : (clock.remainingMinutes ?? 0) < 60 ? "badge--cloud" : "badge--neutral"}`}>
      <FormattedMessage
        id={ticket.sla.paused ? "tickets.sla.pausedDueIn" : "tickets.sla.dueIn"}
        values={{ what, duration: formatMinutes(locale, clock.remainingMinutes ?? 0) }}
      />
    </span>
  );
}
