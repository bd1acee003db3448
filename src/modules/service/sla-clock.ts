import { addBusinessMinutes, businessMinutesBetween, localDate, nextChange } from "./business-time.js";
import type { SlaTargetsDto } from "./sla-policies.schema.js";
import type { TeamCalendar } from "./team-calendar.js";
import type { SlaState, TicketPriority, TicketStatus } from "./tickets.schema.js";

// A ticket's SLA clocks: due times are fixed when the ticket is created (and again when its priority,
// team or policy changes), counted in business minutes of its team's calendar from its creation.

export interface SlaDues {
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
}

export function computeDues(createdAt: Date, priority: TicketPriority, targets: SlaTargetsDto | null, calendar: TeamCalendar): SlaDues {
  const t = targets?.[priority];
  if (!t) return { firstResponseDueAt: null, resolutionDueAt: null };
  return {
    firstResponseDueAt: addBusinessMinutes(createdAt, t.firstResponse, calendar),
    resolutionDueAt: addBusinessMinutes(createdAt, t.resolution, calendar),
  };
}

interface ClockInput {
  status: TicketStatus;
  priority: TicketPriority;
  firstResponseDueAt: Date | null;
  firstResponseAt: Date | null;
  resolutionDueAt: Date | null;
  resolvedAt: Date | null;
}

function clock(target: number | undefined, due: Date | null, at: Date | null, now: Date, calendar: TeamCalendar) {
  if (target === undefined) return null;
  const breached = due !== null && (at ?? now).getTime() > due.getTime();
  return {
    targetMinutes: target,
    dueAt: due?.toISOString() ?? null,
    at: at?.toISOString() ?? null,
    breached,
    remainingMinutes: at || !due ? null : Math.round(businessMinutesBetween(now, due, calendar)),
  };
}

/** The clocks as of `now`, and whether they are paused (team closed) right now. */
export function slaState(t: ClockInput, policy: { id: string; name: string; targets: SlaTargetsDto } | null, calendar: TeamCalendar, now: Date): SlaState {
  const running = t.status !== "resolved" && t.status !== "closed";
  const change = running ? nextChange(now, calendar) : null;
  const paused = change !== null && !change.open;
  const targets = policy?.targets[t.priority];
  return {
    policy: policy ? { id: policy.id, name: policy.name } : null,
    paused,
    pausedReason: paused ? (calendar.holidayName(localDate(now, calendar.timeZone)) ? "holiday" : "hours") : null,
    resumesAt: paused ? (change!.at?.toISOString() ?? null) : null,
    timeZone: calendar.timeZone,
    firstResponse: clock(targets?.firstResponse, t.firstResponseDueAt, t.firstResponseAt, now, calendar),
    resolution: clock(targets?.resolution, t.resolutionDueAt, t.resolvedAt, now, calendar),
  };
}
