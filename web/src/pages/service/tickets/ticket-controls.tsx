import { type FormEvent, useEffect, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { Agent, Team } from "../../../api/teams.api";
import { TICKET_PRIORITIES, TICKET_STATUSES, type Ticket, type TicketPatch } from "../../../api/tickets.api";
import { PRIORITY_IDS, STATUS_IDS } from "./ticket-format";

interface Props {
  ticket: Ticket;
  agents: Agent[];
  teams: Team[];
  saving: boolean;
  onPatch: (patch: TicketPatch) => void;
  onReroute: () => void;
}

// Each select saves on change; tags save with their own button (typing is not a decision yet).
export function TicketControls({ ticket, agents, teams, saving, onPatch, onReroute }: Props) {
  const intl = useIntl();
  const [tags, setTags] = useState(ticket.tags.join(", "));
  useEffect(() => setTags(ticket.tags.join(", ")), [ticket.tags]);
  const saveTags = (event: FormEvent) => {
    event.preventDefault();
    onPatch({ tags: tags.split(",").map((t) => t.trim()).filter(Boolean) });
  };
  // The current assignee stays selectable even if the agents list does not have them.
  const assignees = ticket.assignee && !agents.some((a) => a.id === ticket.assignee!.id) ? [...agents, { ...ticket.assignee, languages: [], openTickets: 0 }] : agents;
  return (
    <section className="card ticket-controls" aria-labelledby="controls-title" aria-busy={saving}>
      <h2 id="controls-title" className="visually-hidden">
        <FormattedMessage id="tickets.controls.title" />
      </h2>
      <div className="ticket-controls__grid">
        <label className="field">
          <span className="field__label">
            <FormattedMessage id="tickets.controls.status" />
          </span>
          <select name="status" value={ticket.status} disabled={saving} onChange={(e) => onPatch({ status: e.target.value as Ticket["status"] })}>
            {TICKET_STATUSES.map((s) => (
              <option key={s} value={s}>
                {intl.formatMessage({ id: STATUS_IDS[s] })}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">
            <FormattedMessage id="tickets.controls.priority" />
          </span>
          <select name="priority" value={ticket.priority} disabled={saving} onChange={(e) => onPatch({ priority: e.target.value as Ticket["priority"] })}>
            {TICKET_PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {intl.formatMessage({ id: PRIORITY_IDS[p] })}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">
            <FormattedMessage id="tickets.controls.team" />
          </span>
          <select name="teamId" value={ticket.teamId ?? ""} disabled={saving} onChange={(e) => onPatch({ teamId: e.target.value || null })}>
            <option value="">{intl.formatMessage({ id: "tickets.noTeam" })}</option>
            {teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">
            <FormattedMessage id="tickets.controls.assignee" />
          </span>
          <select name="assigneeId" value={ticket.assigneeId ?? ""} disabled={saving} onChange={(e) => onPatch({ assigneeId: e.target.value || null })}>
            <option value="">{intl.formatMessage({ id: "tickets.unassigned" })}</option>
            {assignees.map((a) => (
              <option key={a.id} value={a.id}>
                {intl.formatMessage({ id: "tickets.controls.agentOption" }, { name: a.name, count: a.openTickets })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <form className="ticket-controls__tags" onSubmit={saveTags}>
        <label className="field">
          <span className="field__label">
            <FormattedMessage id="tickets.controls.tags" />
          </span>
          <input name="tags" dir="auto" value={tags} disabled={saving} placeholder={intl.formatMessage({ id: "tickets.controls.tagsHint" })} onChange={(e) => setTags(e.target.value)} />
        </label>
        <button type="submit" className="button button--small" disabled={saving || tags === ticket.tags.join(", ")}>
          <FormattedMessage id="tickets.controls.saveTags" />
        </button>
        <button type="button" className="button button--small button--ghost" disabled={saving} onClick={onReroute}>
          <FormattedMessage id="tickets.controls.reroute" />
        </button>
      </form>
    </section>
  );
}
