import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { type Holiday, listTeamHolidays, type Team } from "../../../api/teams.api";
import { ErrorAlert } from "../../../components/error-alert";
import { regionName } from "../../../i18n/intl-data";
import { formatZoned } from "../tickets/ticket-format";
import { hourRuns, weekdayNames } from "./hours-summary";
import { SkillBadges } from "./language-skills-editor";

function OpenBadge({ team }: { team: Team }) {
  const intl = useIntl();
  const s = team.status;
  const when = s.changesAt ? formatZoned(intl, s.changesAt, team.timeZone) : null;
  if (s.open) {
    return (
      <span className="badge badge--success">
        <FormattedMessage id={when ? "teams.status.openUntil" : "teams.status.openAlways"} values={{ when }} />
      </span>
    );
  }
  return (
    <span className="badge badge--muted">
      <FormattedMessage
        id={s.closedReason === "holiday" ? "teams.status.closedHoliday" : when ? "teams.status.closedUntil" : "teams.status.closedNever"}
        values={{ when, holiday: s.holiday }}
      />
    </span>
  );
}

function Hours({ team }: { team: Team }) {
  const intl = useIntl();
  const names = weekdayNames(intl.locale);
  const runs = hourRuns(team.businessHours);
  if (runs.length === 0) return <FormattedMessage id="teams.hours.never" />;
  const always = runs.length === 1 && runs[0]!.from === "mon" && runs[0]!.to === "sun" && runs[0]!.intervals.length === 1 && runs[0]!.intervals[0]!.start === "00:00" && runs[0]!.intervals[0]!.end === "24:00";
  if (always) return <FormattedMessage id="teams.hours.always" />;
  return (
    <ul className="team-card__hours">
      {runs.map((r) => (
        <li key={r.from}>
          {r.from === r.to ? names[r.from] : `${names[r.from]}–${names[r.to]}`}{" "}
          <bdi dir="ltr">{r.intervals.map((i) => `${i.start}–${i.end}`).join(", ")}</bdi>
        </li>
      ))}
    </ul>
  );
}

function HolidayList({ team }: { team: Team }) {
  const intl = useIntl();
  const [year] = useState(() => new Date().getFullYear());
  const [items, setItems] = useState<Holiday[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = () => {
    if (items) return;
    listTeamHolidays(team.id, year, intl.locale.split("-")[0]!).then((p) => setItems(p.items), setError);
  };
  if (!team.holidayCountry && team.holidays.length === 0) {
    return (
      <span className="muted">
        <FormattedMessage id="teams.holidays.none" />
      </span>
    );
  }
  return (
    <details className="team-card__holidays" onToggle={(e) => e.currentTarget.open && load()}>
      <summary>
        {team.holidayCountry ? regionName(intl.locale, team.holidayCountry) : <FormattedMessage id="teams.holidays.customOnly" />}
        {team.holidays.length > 0 && (
          <>
            {" · "}
            <FormattedMessage id="teams.holidays.customCount" values={{ count: team.holidays.length }} />
          </>
        )}
      </summary>
      <ErrorAlert error={error} />
      {items === null && !error && (
        <p className="muted" aria-busy="true">
          <FormattedMessage id="common.loading" />
        </p>
      )}
      {items && (
        <ul className="team-card__holiday-list">
          <li className="muted">
            <FormattedMessage id="teams.holidays.year" values={{ year: String(year) }} />
          </li>
          {items.map((h) => (
            <li key={`${h.date}-${h.source}`}>
              <time dateTime={h.date}>{intl.formatDate(`${h.date}T12:00:00Z`, { day: "numeric", month: "short", weekday: "short", timeZone: "UTC" })}</time>{" "}
              <bdi>{h.name}</bdi>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

export function TeamCard({ team, canEdit, onEdit }: { team: Team; canEdit: boolean; onEdit: () => void }) {
  const intl = useIntl();
  return (
    <article className="card team-card" aria-labelledby={`team-${team.id}`}>
      <header className="team-card__header">
        <h2 id={`team-${team.id}`} className="card__title" dir="auto">
          {team.name}
        </h2>
        <OpenBadge team={team} />
        {team.mtAssisted && (
          <span className="badge badge--pivot">
            <FormattedMessage id="teams.mt" />
          </span>
        )}
        {canEdit && (
          <button type="button" className="button button--small team-card__edit" onClick={onEdit} aria-label={intl.formatMessage({ id: "teams.editTeam" }, { name: team.name })}>
            <FormattedMessage id="common.edit" />
          </button>
        )}
      </header>
      <dl className="team-card__facts">
        <dt>
          <FormattedMessage id="teams.field.languages" />
        </dt>
        <dd>
          <SkillBadges skills={team.languages} />
        </dd>
        <dt>
          <FormattedMessage id="teams.field.timeZone" />
        </dt>
        <dd>
          <bdi>{team.timeZone}</bdi> <span className="muted">· <FormattedMessage id="teams.localTime" values={{ time: <bdi key="time" dir="ltr">{team.status.localTime}</bdi> }} /></span>
        </dd>
        <dt>
          <FormattedMessage id="teams.field.hours" />
        </dt>
        <dd>
          <Hours team={team} />
        </dd>
        <dt>
          <FormattedMessage id="teams.field.holidays" />
        </dt>
        <dd>
          <HolidayList team={team} />
        </dd>
        <dt>
          <FormattedMessage id="teams.field.capacity" />
        </dt>
        <dd>
          <FormattedMessage id="teams.capacityValue" values={{ count: team.capacityPerAgent }} /> ·{" "}
          <FormattedMessage id="teams.openTickets" values={{ count: team.openTickets }} />
        </dd>
        <dt>
          <FormattedMessage id="teams.field.members" />
        </dt>
        <dd>
          {team.members.length === 0 ? (
            <span className="muted">
              <FormattedMessage id="teams.members.none" />
            </span>
          ) : (
            <ul className="team-card__members">
              {team.members.map((m) => (
                <li key={m.id}>
                  <bdi>{m.name}</bdi>{" "}
                  <span className="muted">
                    <FormattedMessage id="teams.members.load" values={{ count: m.openTickets, capacity: team.capacityPerAgent }} />
                  </span>
                  {m.languages.length > 0 && <SkillBadges skills={m.languages} />}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </article>
  );
}
