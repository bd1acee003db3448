import type { ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { Routing } from "../../../api/tickets.api";
import { formatZoned, languageLabel, PROFICIENCY_IDS } from "./ticket-format";

// The routing decision as steps in the UI language; the server's one-line reason (English, as stored)
// stays below for audits and for people reading the API.
export function RoutingReason({ routing }: { routing: Routing }) {
  const intl = useIntl();
  const lang = (code: string | null) => <bdi key={`lang-${code}`}>{languageLabel(intl, code)}</bdi>;
  const steps: ReactNode[] = [];
  const first = routing.languages[0] ?? null;
  steps.push(
    first ? (
      <FormattedMessage key="lang" id="tickets.routing.language" values={{ language: lang(first), code: first }} />
    ) : (
      <FormattedMessage key="lang" id="tickets.routing.noLanguage" />
    ),
  );
  for (const s of routing.skipped) {
    const opens = s.opensAt ? formatZoned(intl, s.opensAt, s.timeZone) : null;
    steps.push(
      <FormattedMessage
        key={`skip-${s.id}`}
        id={s.why === "holiday" ? "tickets.routing.skippedHoliday" : "tickets.routing.skippedHours"}
        values={{ team: <bdi key="team">{s.name}</bdi>, holiday: <bdi key="holiday">{s.holiday}</bdi>, opens: opens ?? "—", zone: s.timeZone }}
      />,
    );
  }
  const team = routing.team;
  if (team?.language && first && team.match === "exact" && team.language.split("-")[0] !== first) {
    steps.push(<FormattedMessage key="next" id="tickets.routing.nextLanguage" values={{ language: lang(team.language) }} />);
  }
  if (!team) {
    steps.push(<FormattedMessage key="none" id={routing.noTeam === "no_teams" ? "tickets.routing.noTeams" : "tickets.routing.noMatch"} />);
  } else {
    const values = {
      team: <strong key="team" dir="auto">{team.name}</strong>,
      language: lang(team.language),
      proficiency: team.proficiency ? intl.formatMessage({ id: PROFICIENCY_IDS[team.proficiency] }) : "",
      customerLanguage: lang(first),
    };
    const id =
      team.match === "exact"
        ? "tickets.routing.teamExact"
        : team.match === "related"
          ? "tickets.routing.teamRelated"
          : team.match === "mt"
            ? "tickets.routing.teamMt"
            : team.match === "manual"
              ? "tickets.routing.teamManual"
              : "tickets.routing.teamAny";
    steps.push(<FormattedMessage key="team" id={id} values={values} />);
    if (!team.open) {
      steps.push(
        <FormattedMessage key="closed" id="tickets.routing.allClosed" values={{ opens: team.opensAt ? formatZoned(intl, team.opensAt, team.timeZone) : "—", zone: team.timeZone }} />,
      );
    }
  }
  if (routing.assignee) {
    steps.push(
      <FormattedMessage
        key="agent"
        id={routing.assigneeNote === "manual" ? "tickets.routing.agentManual" : "tickets.routing.agent"}
        values={{ name: <bdi key="name">{routing.assignee.name}</bdi>, count: routing.assignee.openTickets }}
      />,
    );
  } else if (routing.assigneeNote === "all_at_capacity" || routing.assigneeNote === "no_members") {
    steps.push(<FormattedMessage key="agent" id={routing.assigneeNote === "no_members" ? "tickets.routing.noMembers" : "tickets.routing.atCapacity"} />);
  }

  return (
    <section className="card routing" aria-labelledby="routing-title">
      <h2 id="routing-title" className="card__title">
        <FormattedMessage id="tickets.routing.title" />
      </h2>
      <ol className="routing__steps">
        {steps.map((step, i) => (
          <li key={i}>{step}</li>
        ))}
      </ol>
      <p className="routing__recorded muted">
        <FormattedMessage id="tickets.routing.recorded" values={{ reason: <span key="reason" dir="ltr" lang="en" className="routing__reason">{routing.reason}</span> }} />
      </p>
    </section>
  );
}
