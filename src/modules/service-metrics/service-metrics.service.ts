import type { SettingsService } from "../settings/index.js";
import { average, localDate, median, netPromoterScore, round, startOfLocalDay, weeksBetween, weekStart } from "./metrics-math.js";
import type { ResponseFact, ServiceMetricsRepository, TicketFact } from "./service-metrics.repository.js";
import type { MetricsGroup, MetricsQuery, MetricsResponse, MetricsValues } from "./service-metrics.schema.js";

/** Minutes between two instants for a ticket: business minutes of its team's calendar, or wall-clock. */
export interface DurationClock {
  basis: "business" | "wall-clock";
  minutes(ticket: TicketFact, from: Date, to: Date): Promise<number>;
}

const DEFAULT_DAYS = 30;

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

interface TicketMeasure {
  fact: TicketFact;
  firstResponse: number | null;
  resolution: number | null;
  hasSla: boolean;
  breached: boolean;
}

function values(tickets: TicketMeasure[], responses: ResponseFact[]): MetricsValues {
  const fr = tickets.flatMap((t) => (t.firstResponse === null ? [] : [t.firstResponse]));
  const res = tickets.flatMap((t) => (t.resolution === null ? [] : [t.resolution]));
  const withSla = tickets.filter((t) => t.hasSla).length;
  const breached = tickets.filter((t) => t.breached).length;
  const csat = responses.map((r) => r.csat);
  const nps = responses.flatMap((r) => (r.nps === null ? [] : [r.nps]));
  const sentimentMessages = tickets.reduce((n, t) => n + t.fact.sentimentMessages, 0);
  const negative = tickets.reduce((n, t) => n + t.fact.negativeMessages, 0);
  return {
    tickets: tickets.length,
    firstResponse: { medianMinutes: round(median(fr)), averageMinutes: round(average(fr)), count: fr.length },
    resolution: { medianMinutes: round(median(res)), averageMinutes: round(average(res)), count: res.length },
    sla: { withSla, breached, breachedShare: withSla === 0 ? null : round(breached / withSla, 4) },
    csat: {
      average: round(average(csat), 2),
      responses: csat.length,
      satisfiedShare: csat.length === 0 ? null : round(csat.filter((c) => c >= 4).length / csat.length, 4),
    },
    nps: netPromoterScore(nps),
    sentiment: { messages: sentimentMessages, negative, negativeShare: sentimentMessages === 0 ? null : round(negative / sentimentMessages, 4) },
  };
}

function weekly(weeks: string[], tickets: TicketMeasure[], responses: ResponseFact[], timeZone: string) {
  return weeks.map((week) => {
    const ts = tickets.filter((t) => weekStart(t.fact.createdAt, timeZone) === week);
    const rs = responses.filter((r) => weekStart(r.createdAt, timeZone) === week);
    return {
      week,
      tickets: ts.length,
      csatAverage: round(average(rs.map((r) => r.csat)), 2),
      csatResponses: rs.length,
      breached: ts.filter((t) => t.breached).length,
    };
  });
}

/**
 * Service metrics per language or team: tickets created in the period (volume, first response, resolution,
 * SLA, sentiment of their conversations) and survey answers received in the period (CSAT, NPS).
 */
export function createServiceMetricsService(deps: { repo: ServiceMetricsRepository; settings: Pick<SettingsService, "get">; clock: () => DurationClock }) {
  async function measure(t: TicketFact, now: Date, clock: DurationClock): Promise<TicketMeasure> {
    const firstResponse = t.firstResponseAt ? await clock.minutes(t, t.createdAt, t.firstResponseAt) : null;
    const resolution = t.resolvedAt ? await clock.minutes(t, t.createdAt, t.resolvedAt) : null;
    const late = (due: Date | null, at: Date | null) => due !== null && (at ?? now).getTime() > due.getTime();
    return {
      fact: t,
      firstResponse,
      resolution,
      hasSla: t.firstResponseDueAt !== null || t.resolutionDueAt !== null,
      breached: late(t.firstResponseDueAt, t.firstResponseAt) || late(t.resolutionDueAt, t.resolvedAt),
    };
  }

  async function metrics(q: MetricsQuery): Promise<MetricsResponse> {
    const { timeZone } = await deps.settings.get();
    const now = new Date();
    const to = q.to ?? localDate(now, timeZone);
    const from = q.from ?? addDays(to, -(DEFAULT_DAYS - 1));
    const start = startOfLocalDay(from, timeZone);
    const end = startOfLocalDay(addDays(to, 1), timeZone);
    const clock = deps.clock();
    const [facts, responses] = await Promise.all([deps.repo.tickets(start, end), deps.repo.responses(start, end)]);
    const tickets: TicketMeasure[] = [];
    for (const t of facts) tickets.push(await measure(t, now, clock));
    const weeks = weeksBetween(start, new Date(end.getTime() - 1), timeZone);

    const keyOf = (language: string | null, teamId: string | null) => (q.groupBy === "language" ? language || "und" : teamId ?? "none");
    const labels = new Map<string, string>();
    const byKey = new Map<string, { tickets: TicketMeasure[]; responses: ResponseFact[] }>();
    const bucket = (key: string) => {
      let b = byKey.get(key);
      if (!b) byKey.set(key, (b = { tickets: [], responses: [] }));
      return b;
    };
    for (const t of tickets) {
      const key = keyOf(t.fact.language, t.fact.teamId);
      bucket(key).tickets.push(t);
      if (t.fact.teamName) labels.set(key, t.fact.teamName);
    }
    for (const r of responses) {
      const key = keyOf(r.language, r.teamId);
      bucket(key).responses.push(r);
      if (r.teamName) labels.set(key, r.teamName);
    }
    const groups: MetricsGroup[] = [...byKey.entries()]
      .map(([key, b]) => ({ key, label: labels.get(key) ?? key, ...values(b.tickets, b.responses), weekly: weekly(weeks, b.tickets, b.responses, timeZone) }))
      .sort((a, b) => b.tickets - a.tickets || b.csat.responses - a.csat.responses || a.key.localeCompare(b.key));

    return {
      from,
      to,
      timeZone,
      groupBy: q.groupBy,
      timeBasis: clock.basis,
      notes: [
        "Tickets, response and resolution times, SLA breaches and sentiment count tickets created in the period.",
        "CSAT and NPS count survey answers received in the period.",
        clock.basis === "business"
          ? "Times are business minutes of the ticket's team calendar (opening hours and holidays); tickets without a team use the workspace hours."
          : "Times are wall-clock minutes.",
        "An SLA breach is a first response or resolution after its due time, or still missing once it is due.",
      ],
      totals: { ...values(tickets, responses), weekly: weekly(weeks, tickets, responses, timeZone) },
      groups,
    };
  }

  return { metrics };
}
export type ServiceMetricsService = ReturnType<typeof createServiceMetricsService>;
