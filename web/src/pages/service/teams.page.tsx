import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { type Agent, createTeam, deleteTeam, listAgents, listTeams, type Team, updateTeam } from "../../api/teams.api";
import { ListAlerts } from "../../components/list-alerts";
import { ListStatus } from "../../components/list-status";
import { useAbortableLoad } from "../../hooks/use-abortable-load";
import { useDocumentTitle } from "../../hooks/use-document-title";
import type { MessageId } from "../../i18n/messages";
import { useUser } from "../../session";
import { AgentsSection } from "./teams/agents-section";
import { RoutingTester } from "./teams/routing-tester";
import { TeamCard } from "./teams/team-card";
import { TeamForm } from "./teams/team-form";
import "./teams/teams.css";

/** /teams: teams with their languages, hours, holidays and load; agents' languages; a routing tester. */
export function TeamsPage() {
  const intl = useIntl();
  const user = useUser();
  const manager = user.role === "manager" || user.role === "admin";
  useDocumentTitle(intl.formatMessage({ id: "teams.title" }));
  const [version, setVersion] = useState(0);
  const teams = useAbortableLoad((signal) => listTeams(signal), [version]);
  const agents = useAbortableLoad((signal) => listAgents(signal), [version]);
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const [notice, setNotice] = useState<MessageId | null>(null);

  const done = (id: MessageId) => {
    setEditing(null);
    setNotice(id);
    setVersion((v) => v + 1);
  };
  const agentList: Agent[] = agents.result?.items ?? [];

  return (
    <section className="page teams-page">
      <header className="page__header">
        <h1 tabIndex={-1}>
          <FormattedMessage id="teams.title" />
        </h1>
        {manager && editing !== "new" && (
          <button type="button" className="button button--primary" onClick={() => setEditing("new")}>
            <FormattedMessage id="teams.new" />
          </button>
        )}
      </header>
      <p className="muted">
        <FormattedMessage id="teams.intro" />
      </p>
      <ListAlerts notice={notice} error={teams.error ?? agents.error} />

      {editing === "new" && (
        <TeamForm
          team={null}
          agents={agentList}
          onCancel={() => setEditing(null)}
          onSave={async (input) => {
            await createTeam(input);
            done("teams.created");
          }}
        />
      )}

      <ListStatus items={teams.result?.items} loading={teams.loading} emptyId={manager ? "teams.emptyManager" : "teams.empty"}>
        {(items: Team[]) => (
          <div className="teams-grid">
            {items.map((team) =>
              editing === team.id ? (
                <TeamForm
                  key={team.id}
                  team={team}
                  agents={agentList}
                  onCancel={() => setEditing(null)}
                  onSave={async (input) => {
                    await updateTeam(team.id, input);
                    done("teams.saved");
                  }}
                  onDelete={async () => {
                    await deleteTeam(team.id);
                    done("teams.deleted");
                  }}
                />
              ) : (
                <TeamCard key={team.id} team={team} canEdit={manager} onEdit={() => setEditing(team.id)} />
              ),
            )}
          </div>
        )}
      </ListStatus>

      {(teams.result?.items.length ?? 0) > 0 && <RoutingTester />}

      {agents.result && (
        <AgentsSection
          agents={agentList}
          viewerId={user.id}
          canEditAll={manager}
          onChange={(a) => {
            agents.setResult((page) => (page ? { ...page, items: page.items.map((x) => (x.id === a.id ? a : x)) } : page));
            setVersion((v) => v + 1);
          }}
        />
      )}
    </section>
  );
}
