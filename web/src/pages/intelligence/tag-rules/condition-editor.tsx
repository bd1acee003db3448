import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { Condition, FieldInfo } from "../../../api/tag-rules.api";
import { panelId, tabId, Tabs } from "../../../components/tabs";
import { fromRows, type RowsModel, toRows } from "./condition-model";
import { ConditionRows } from "./condition-rows";

type Tab = "rows" | "json";

interface ConditionEditorProps {
  idPrefix: string;
  value: Condition;
  fields: readonly FieldInfo[];
  /** the server's message when it refused the condition */
  error?: string | null;
  disabled?: boolean;
  onChange: (condition: Condition) => void;
}

/** Structured rows for flat conditions, JSON for anything (nested groups, `not`). */
export function ConditionEditor({ idPrefix, value, fields, error, disabled, onChange }: ConditionEditorProps) {
  const intl = useIntl();
  const [model, setModel] = useState<RowsModel | null>(() => toRows(value));
  const [tab, setTab] = useState<Tab>(() => (toRows(value) ? "rows" : "json"));
  const [json, setJson] = useState(() => JSON.stringify(value, null, 2));
  const [jsonError, setJsonError] = useState<string | null>(null);
  const byName = new Map(fields.map((f) => [f.name, f]));

  const select = (next: Tab) => {
    if (next === "json") {
      setJson(JSON.stringify(value, null, 2));
      setJsonError(null);
    } else setModel(toRows(value));
    setTab(next);
  };
  const editRows = (next: RowsModel) => {
    setModel(next);
    onChange(fromRows(next, byName));
  };
  const editJson = (text: string) => {
    setJson(text);
    try {
      onChange(JSON.parse(text) as Condition);
      setJsonError(null);
    } catch (err) {
      setJsonError((err as Error).message);
    }
  };

  const tabs = [
    { key: "rows" as const, label: intl.formatMessage({ id: "tags.condition.tabRows" }) },
    { key: "json" as const, label: intl.formatMessage({ id: "tags.condition.tabJson" }) },
  ];
  return (
    <fieldset className="fieldset condition-editor" aria-describedby={error ? `${idPrefix}-condition-error` : undefined}>
      <legend>
        <FormattedMessage id="tags.condition.legend" />
      </legend>
      <Tabs idPrefix={`${idPrefix}-cond`} label={intl.formatMessage({ id: "tags.condition.tabsLabel" })} tabs={tabs} selected={tab} onSelect={select} />
      <div role="tabpanel" id={panelId(`${idPrefix}-cond`, tab)} aria-labelledby={tabId(`${idPrefix}-cond`, tab)} className="condition-editor__panel">
        {tab === "rows" &&
          (model ? (
            <ConditionRows idPrefix={idPrefix} model={model} fields={fields} disabled={disabled} onChange={editRows} />
          ) : (
            <p className="muted">
              <FormattedMessage id="tags.condition.nested" />
            </p>
          ))}
        {tab === "json" && (
          <div className="field">
            <label htmlFor={`${idPrefix}-json`} className="field__label">
              <FormattedMessage id="tags.condition.jsonLabel" />
            </label>
            <textarea
              id={`${idPrefix}-json`}
              className="condition-editor__json"
              dir="ltr"
              spellCheck={false}
              rows={10}
              value={json}
              disabled={disabled}
              aria-invalid={jsonError ? true : undefined}
              aria-describedby={`${idPrefix}-json-hint${jsonError ? ` ${idPrefix}-json-error` : ""}`}
              onChange={(e) => editJson(e.target.value)}
            />
            <div id={`${idPrefix}-json-hint`} className="field__hint">
              <FormattedMessage id="tags.condition.jsonHelp" values={{ forms: <code dir="ltr">{"{all: […]}, {any: […]}, {not: …}, {field, op, value, days}"}</code> }} />
            </div>
            {jsonError && (
              <div id={`${idPrefix}-json-error`} className="field__error">
                <FormattedMessage id="tags.condition.jsonInvalid" values={{ error: <bdi>{jsonError}</bdi> }} />
              </div>
            )}
          </div>
        )}
      </div>
      {error && (
        <div id={`${idPrefix}-condition-error`} className="field__error" role="alert">
          {error}
        </div>
      )}
    </fieldset>
  );
}
