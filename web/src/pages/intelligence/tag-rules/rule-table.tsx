import { FormattedMessage, useIntl } from "react-intl";
import type { TagRule } from "../../../api/tag-rules.api";
import { ColumnHeaders, DataTable } from "../../../components/data-table";
import { ruleText } from "./tag-rule-labels";

interface RuleTableProps {
  rules: TagRule[];
  busy: boolean;
  canManage: boolean;
  /** the rule being toggled, while its request runs */
  toggling: string | null;
  onToggle: (rule: TagRule, enabled: boolean) => void;
  onEdit: (rule: TagRule) => void;
  onDelete: (rule: TagRule) => void;
}

export function RuleTable({ rules, busy, canManage, toggling, onToggle, onEdit, onDelete }: RuleTableProps) {
  const intl = useIntl();
  return (
    <DataTable
      className="table rule-table"
      busy={busy}
      actions={canManage}
      caption={<FormattedMessage id="tags.list.title" />}
      head={<ColumnHeaders ids={["tags.col.rule", "tags.col.tag", "tags.col.matches", "tags.col.enabled"]} />}
    >
      {rules.map((rule) => {
        const text = ruleText(intl, rule);
        return (
        <tr key={rule.id} className={rule.enabled ? undefined : "rule-table__disabled"}>
          <td>
            <span className="table__primary" dir="auto">
              {text.name}
            </span>{" "}
            <span className={`rule-kind rule-kind--${rule.kind}`}>
              <FormattedMessage id={rule.kind === "builtin" ? "tags.kind.builtin" : "tags.kind.custom"} />
            </span>
            {text.description && (
              <div className="muted rule-table__description" dir="auto">
                {text.description}
              </div>
            )}
          </td>
          <td>
            <code className="tag-chip" dir="auto">
              {rule.tag}
            </code>
          </td>
          <td className="rule-table__count">{intl.formatNumber(rule.matchCount)}</td>
          <td>
            <input
              type="checkbox"
              className="rule-table__toggle"
              checked={rule.enabled}
              disabled={!canManage || toggling === rule.id}
              aria-label={intl.formatMessage({ id: "tags.enabledLabel" }, { name: text.name })}
              onChange={(e) => onToggle(rule, e.target.checked)}
            />
          </td>
          {canManage && (
            <td className="table__actions">
              <button type="button" className="button button--small" aria-label={intl.formatMessage({ id: "tags.editLabel" }, { name: text.name })} onClick={() => onEdit(rule)}>
                <FormattedMessage id="tags.edit" />
              </button>
              {rule.kind === "custom" && (
                <button type="button" className="button button--small button--danger" aria-label={intl.formatMessage({ id: "tags.deleteLabel" }, { name: text.name })} onClick={() => onDelete(rule)}>
                  <FormattedMessage id="tags.delete" />
                </button>
              )}
            </td>
          )}
        </tr>
        );
      })}
    </DataTable>
  );
}
