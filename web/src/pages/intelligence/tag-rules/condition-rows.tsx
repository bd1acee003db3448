import { FormattedMessage, useIntl } from "react-intl";
import type { FieldInfo, Op } from "../../../api/tag-rules.api";
import { type ConditionRow, isListOp, needsValue, newKey, rowFor, type RowsModel } from "./condition-model";
import { fieldLabel, opLabel } from "./tag-rule-labels";

interface ConditionRowsProps {
  idPrefix: string;
  model: RowsModel;
  fields: readonly FieldInfo[];
  disabled?: boolean;
  onChange: (model: RowsModel) => void;
}

/** Rows of field / operator / value, joined by "all" or "any". Every control has a visible label. */
export function ConditionRows({ idPrefix, model, fields, disabled, onChange }: ConditionRowsProps) {
  const intl = useIntl();
  const byName = new Map(fields.map((f) => [f.name, f]));
  const update = (key: number, patch: Partial<ConditionRow>) => onChange({ ...model, rows: model.rows.map((r) => (r.key === key ? { ...r, ...patch } : r)) });
  const changeField = (row: ConditionRow, name: string) => {
    const field = byName.get(name);
    if (field) update(row.key, { ...rowFor(field, row.key) });
  };
  const add = () => {
    const first = fields[0];
    if (first) onChange({ ...model, rows: [...model.rows, rowFor(first, newKey())] });
  };
  const remove = (key: number) => onChange({ ...model, rows: model.rows.filter((r) => r.key !== key) });

  return (
    <div className="condition-rows">
      <div className="condition-rows__mode">
        <label htmlFor={`${idPrefix}-mode`}>
          <FormattedMessage id="tags.condition.match" />
        </label>
        <select id={`${idPrefix}-mode`} value={model.mode} disabled={disabled} onChange={(e) => onChange({ ...model, mode: e.target.value as "all" | "any" })}>
          <option value="all">{intl.formatMessage({ id: "tags.condition.all" })}</option>
          <option value="any">{intl.formatMessage({ id: "tags.condition.any" })}</option>
        </select>
      </div>
      <ol className="condition-rows__list">
        {model.rows.map((row, i) => {
          const field = byName.get(row.field);
          const id = `${idPrefix}-row-${row.key}`;
          const rowName = intl.formatMessage({ id: "tags.condition.row" }, { n: i + 1 });
          return (
            <li key={row.key} className="condition-row" role="group" aria-label={rowName}>
              <div className="condition-row__cell">
                <label htmlFor={`${id}-field`}>
                  <FormattedMessage id="tags.condition.field" />
                </label>
                <select id={`${id}-field`} value={row.field} disabled={disabled} onChange={(e) => changeField(row, e.target.value)}>
                  {!field && <option value={row.field}>{row.field}</option>}
                  {fields.map((f) => (
                    <option key={f.name} value={f.name}>
                      {fieldLabel(intl, f.name)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="condition-row__cell">
                <label htmlFor={`${id}-op`}>
                  <FormattedMessage id="tags.condition.op" />
                </label>
                <select id={`${id}-op`} value={row.op} disabled={disabled} onChange={(e) => update(row.key, { op: e.target.value as Op })}>
                  {(field?.ops ?? [row.op]).map((op) => (
                    <option key={op} value={op}>
                      {opLabel(intl, op)}
                    </option>
                  ))}
                </select>
              </div>
              {needsValue(row.op) && <ValueInput id={id} row={row} field={field} disabled={disabled} onChange={(patch) => update(row.key, patch)} />}
              {field?.windowDays && (
                <div className="condition-row__cell condition-row__cell--days">
                  <label htmlFor={`${id}-days`}>
                    <FormattedMessage id="tags.condition.days" />
                  </label>
                  <input id={`${id}-days`} type="number" inputMode="numeric" min={1} max={field.maxWindowDays ?? undefined} value={row.days} disabled={disabled} onChange={(e) => update(row.key, { days: e.target.value })} />
                </div>
              )}
              {field && <p className="condition-row__hint muted">{field.description}</p>}
              <button
                type="button"
                className="button button--small button--ghost condition-row__remove"
                disabled={disabled || model.rows.length === 1}
                aria-label={intl.formatMessage({ id: "tags.condition.remove" }, { n: i + 1 })}
                onClick={() => remove(row.key)}
              >
                ×
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button--small" disabled={disabled} onClick={add}>
        <FormattedMessage id="tags.condition.add" />
      </button>
    </div>
  );
}

function ValueInput({ id, row, field, disabled, onChange }: { id: string; row: ConditionRow; field: FieldInfo | undefined; disabled?: boolean; onChange: (patch: Partial<ConditionRow>) => void }) {
  const intl = useIntl();
  const label = (
    <label htmlFor={`${id}-value`}>
      <FormattedMessage id="tags.condition.value" />
    </label>
  );
  if (field?.type === "boolean") {
    return (
      <div className="condition-row__cell">
        {label}
        <select id={`${id}-value`} value={row.value} disabled={disabled} onChange={(e) => onChange({ value: e.target.value })}>
          <option value="true">{intl.formatMessage({ id: "tags.condition.true" })}</option>
          <option value="false">{intl.formatMessage({ id: "tags.condition.false" })}</option>
        </select>
      </div>
    );
  }
  if (row.op === "between") {
    return (
      <div className="condition-row__cell condition-row__cell--range">
        {label}
        <input id={`${id}-value`} type="number" inputMode="decimal" value={row.value} disabled={disabled} onChange={(e) => onChange({ value: e.target.value })} />
        <label htmlFor={`${id}-value2`}>
          <FormattedMessage id="tags.condition.valueTo" />
        </label>
        <input id={`${id}-value2`} type="number" inputMode="decimal" value={row.value2} disabled={disabled} onChange={(e) => onChange({ value2: e.target.value })} />
      </div>
    );
  }
  const list = isListOp(row.op);
  const listId = field?.values ? `${id}-values` : undefined;
  return (
    <div className="condition-row__cell condition-row__cell--value">
      {label}
      <input
        id={`${id}-value`}
        type={field?.type === "number" ? "number" : "text"}
        inputMode={field?.type === "number" ? "decimal" : undefined}
        dir="auto"
        list={listId}
        value={row.value}
        disabled={disabled}
        aria-describedby={list ? `${id}-value-hint` : undefined}
        onChange={(e) => onChange({ value: e.target.value })}
      />
      {list && (
        <span id={`${id}-value-hint`} className="field__hint">
          <FormattedMessage id="tags.condition.listHint" />
        </span>
      )}
      {listId && (
        <datalist id={listId}>
          {field!.values!.map((v) => (
            <option key={v} value={v} />
          ))}
        </datalist>
      )}
    </div>
  );
}
