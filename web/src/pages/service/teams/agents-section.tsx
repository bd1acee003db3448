import { type FormEvent, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { type Agent, type LanguageSkill, setAgentLanguages } from "../../../api/teams.api";
import { ColumnHeaders, DataTable } from "../../../components/data-table";
import { ErrorAlert } from "../../../components/error-alert";
import { LanguageSelect } from "../../../components/language-select";
import { COMMON_LANGUAGES, languageName } from "../../../i18n/intl-data";
import { LanguageSkillsEditor, SkillBadges } from "./language-skills-editor";

function AgentEditor({ agent, onSaved, onCancel }: { agent: Agent; onSaved: (a: Agent) => void; onCancel: () => void }) {
  const intl = useIntl();
  const [languages, setLanguages] = useState<LanguageSkill[]>(agent.languages);
  const [working, setWorking] = useState(agent.workingLanguage ?? "");
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      onSaved(await setAgentLanguages(agent.id, { languages, workingLanguage: working || null }));
    } catch (err) {
      setError(err);
      setSaving(false);
    }
  };
  return (
    <form className="form agent-editor" onSubmit={submit} aria-busy={saving} aria-label={intl.formatMessage({ id: "teams.agents.editFor" }, { name: agent.name })}>
      <LanguageSkillsEditor idPrefix={`agent-${agent.id}`} value={languages} onChange={setLanguages} disabled={saving} />
      <label className="field">
        <span className="field__label">
          <FormattedMessage id="teams.agents.workingLanguage" />
        </span>
        <LanguageSelect name="workingLanguage" codes={COMMON_LANGUAGES} emptyLabel={intl.formatMessage({ id: "teams.agents.workspaceDefault" })} value={working} onChange={setWorking} />
      </label>
      <ErrorAlert error={error} />
      <div className="form__actions">
        <button type="submit" className="button button--primary button--small" disabled={saving}>
          <FormattedMessage id={saving ? "common.saving" : "common.save"} />
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          <FormattedMessage id="common.cancel" />
        </button>
      </div>
    </form>
  );
}

export function AgentsSection({ agents, viewerId, canEditAll, onChange }: { agents: Agent[]; viewerId: string; canEditAll: boolean; onChange: (a: Agent) => void }) {
  const intl = useIntl();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section className="card" aria-labelledby="agents-title">
      <h2 id="agents-title" className="card__title">
        <FormattedMessage id="teams.agents.title" />
      </h2>
      <p className="muted">
        <FormattedMessage id="teams.agents.intro" />
      </p>
      <DataTable head={<ColumnHeaders ids={["teams.agents.col.name", "teams.agents.col.languages", "teams.agents.col.working", "teams.agents.col.teams", "teams.agents.col.open"]} />} actions>
        {agents.map((a) => (
          <tr key={a.id}>
            <td className="table__primary">
              <bdi>{a.name}</bdi>
            </td>
            <td>
              {editing === a.id ? (
                <AgentEditor
                  agent={a}
                  onCancel={() => setEditing(null)}
                  onSaved={(next) => {
                    setEditing(null);
                    onChange(next);
                  }}
                />
              ) : (
                <SkillBadges skills={a.languages} />
              )}
            </td>
            <td>{a.workingLanguage ? languageName(intl.locale, a.workingLanguage) : <span className="muted">{intl.formatMessage({ id: "teams.agents.workspaceDefault" })}</span>}</td>
            <td dir="auto">{a.teams.map((t) => t.name).join(", ")}</td>
            <td>{a.openTickets}</td>
            <td>
              {(canEditAll || a.id === viewerId) && editing !== a.id && (
                <button type="button" className="button button--small" onClick={() => setEditing(a.id)} aria-label={intl.formatMessage({ id: "teams.agents.editFor" }, { name: a.name })}>
                  <FormattedMessage id="teams.agents.edit" />
                </button>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
