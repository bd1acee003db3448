import { useCallback, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { createTagRule, deleteTagRule, getFieldCatalogue, listTagRules, type TagRule, type TagRuleInput, updateTagRule } from "../../api/tag-rules.api";
import { BarChart } from "../../components/charts";
import { ErrorAlert, StatusNotice } from "../../components/error-alert";
import { ListStatus } from "../../components/list-status";
import { useAbortableLoad } from "../../hooks/use-abortable-load";
import { useDocumentTitle } from "../../hooks/use-document-title";
import { useUser } from "../../session";
import { EvaluatePanel } from "./tag-rules/evaluate-panel";
import { RuleEditor } from "./tag-rules/rule-editor";
import { RuleTable } from "./tag-rules/rule-table";
import { ruleText } from "./tag-rules/tag-rule-labels";
import type { MessageId } from "../../i18n/messages";
import "./tag-rules/tag-rules.css";

type Editing = { rule: TagRule | null } | null;
// Kept as an id and values, so the notice follows a change of UI language.
type Notice = { id: MessageId; name: string } | null;

// Tag rules: the built-in and custom rules with how many customers each tags, an editor with a live preview,
// and a whole-workspace re-evaluation with progress.
export function TagRulesPage() {
  const intl = useIntl();
  const user = useUser();
  const canManage = user.role === "manager" || user.role === "admin";
  useDocumentTitle(intl.formatMessage({ id: "nav.tags" }));
  const [nonce, setNonce] = useState(0);
  const reload = useCallback(() => setNonce((n) => n + 1), []);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [toggling, setToggling] = useState<string | null>(null);
  const rules = useAbortableLoad((signal) => listTagRules(signal), [nonce]);
  const fields = useAbortableLoad((signal) => getFieldCatalogue(signal), []);

  const save = async (input: TagRuleInput) => {
    const rule = editing?.rule ?? null;
    if (rule) await updateTagRule(rule.id, input);
    else await createTagRule(input);
    setEditing(null);
    setNotice({ id: rule ? "tags.notice.saved" : "tags.notice.created", name: input.name });
    reload();
  };

  const toggle = async (rule: TagRule, enabled: boolean) => {
    setToggling(rule.id);
    try {
      await updateTagRule(rule.id, { enabled });
      setNotice({ id: enabled ? "tags.notice.enabled" : "tags.notice.disabled", name: ruleText(intl, rule).name });
      reload();
    } catch (err) {
      rules.setError(err);
    } finally {
      setToggling(null);
    }
  };

  const remove = async (rule: TagRule) => {
    if (!window.confirm(intl.formatMessage({ id: "tags.deleteConfirm" }, { name: ruleText(intl, rule).name }))) return;
    try {
      await deleteTagRule(rule.id);
      if (editing?.rule?.id === rule.id) setEditing(null);
      setNotice({ id: "tags.notice.deleted", name: rule.name });
      reload();
    } catch (err) {
      rules.setError(err);
    }
  };

  const items = rules.result?.items;
  const chart = (items ?? [])
    .filter((r) => r.enabled && r.matchCount > 0)
    .sort((a, b) => b.matchCount - a.matchCount)
    .slice(0, 12)
    .map((r) => ({ label: ruleText(intl, r).name, value: r.matchCount }));
  return (
    <section className="page tag-rules">
      <header className="page__header">
        <h1 tabIndex={-1}>
          <FormattedMessage id="nav.tags" />
        </h1>
        {canManage && (
          <button type="button" className="button button--primary" onClick={() => setEditing({ rule: null })}>
            <FormattedMessage id="tags.new" />
          </button>
        )}
      </header>
      <p className="muted tag-rules__intro">
        <FormattedMessage id="tags.intro" />
      </p>
      {!canManage && (
        <p className="alert">
          <FormattedMessage id="tags.readOnly" />
        </p>
      )}
      {notice && (
        <StatusNotice>
          <FormattedMessage id={notice.id} values={{ name: <bdi>{notice.name}</bdi> }} />
        </StatusNotice>
      )}
      <ErrorAlert error={rules.error ?? fields.error} />

      {editing && fields.result && (
        <RuleEditor key={editing.rule?.id ?? "new"} rule={editing.rule} fields={fields.result.fields} onSave={save} onCancel={() => setEditing(null)} />
      )}

      <div className="tag-rules__overview">
        <EvaluatePanel canManage={canManage} onSettled={reload} />
        {items && (
          <div className="card">
            <BarChart title={intl.formatMessage({ id: "tags.chart.title" })} data={chart} emptyText={intl.formatMessage({ id: "tags.chart.empty" })} />
          </div>
        )}
      </div>

      <section className="card" aria-labelledby="tag-rules-list-title">
        <h2 id="tag-rules-list-title" className="card__title">
          <FormattedMessage id="tags.list.title" />
        </h2>
        <ListStatus items={items} loading={rules.loading} emptyId="tags.list.empty">
          {(list) => (
            <RuleTable
              rules={list}
              busy={rules.loading}
              canManage={canManage}
              toggling={toggling}
              onToggle={(rule, enabled) => void toggle(rule, enabled)}
              onEdit={(rule) => setEditing({ rule })}
              onDelete={(rule) => void remove(rule)}
            />
          )}
        </ListStatus>
      </section>
    </section>
  );
}
