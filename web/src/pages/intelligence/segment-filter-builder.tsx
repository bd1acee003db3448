import { FormattedMessage, useIntl } from "react-intl";
import type { MessageId } from "../../i18n/messages";
import { defaultValue, type Extra, FIELD_NAMES, FIELDS, newGroup, newRow, type RuleGroup, type RuleRow, valueKind } from "./segment-filter-model";
import { type Choice, ValueInput } from "./segment-value-input";

const MAX_DEPTH = 3;

interface Shared {
  companies: Choice[];
  currency: string;
  disabled?: boolean;
}

/** Rows of field / operator / value inside "all" or "any" groups, each row or group optionally negated. */
export function FilterBuilder({ root, onChange, ...shared }: Shared & { root: RuleGroup; onChange: (root: RuleGroup) => void }) {
  return <GroupEditor group={root} onChange={onChange} depth={0} path="1" {...shared} />;
}

interface GroupProps extends Shared {
  group: RuleGroup;
  onChange: (group: RuleGroup) => void;
  onRemove?: () => void;
  depth: number;
  path: string;
}

function GroupEditor({ group, onChange, onRemove, depth, path, ...shared }: GroupProps) {
  const intl = useIntl();
  const setChild = (i: number, child: RuleRow | RuleGroup) => onChange({ ...group, children: group.children.map((c, j) => (j === i ? child : c)) });
  const removeChild = (i: number) => onChange({ ...group, children: group.children.filter((_c, j) => j !== i) });
  const groupLabel = intl.formatMessage({ id: depth === 0 ? "segments.builder.root" : "segments.builder.group" }, { path });
  return (
    <fieldset className={`segment-group${depth > 0 ? " segment-group--nested" : ""}`} disabled={shared.disabled}>
      <legend className="segment-group__legend">
        <span className="visually-hidden">{groupLabel}</span>
        <label className="segment-group__match">
          <FormattedMessage
            id="segments.builder.match"
            values={{
              select: (
                <select key="match" value={group.match} onChange={(e) => onChange({ ...group, match: e.target.value as "all" | "any" })}>
                  <option value="all">{intl.formatMessage({ id: "segments.builder.all" })}</option>
                  <option value="any">{intl.formatMessage({ id: "segments.builder.any" })}</option>
                </select>
              ),
            }}
          />
        </label>
        {depth > 0 && (
          <>
            <label className="checkbox">
              <input type="checkbox" checked={group.negate} onChange={(e) => onChange({ ...group, negate: e.target.checked })} />
              <FormattedMessage id="segments.builder.negateGroup" />
            </label>
            <button type="button" className="button button--small button--ghost" onClick={onRemove} aria-label={intl.formatMessage({ id: "segments.builder.removeGroup" }, { path })}>
              <FormattedMessage id="segments.builder.remove" />
            </button>
          </>
        )}
      </legend>
      {group.children.length === 0 && (
        <p className="muted segment-group__empty">
          <FormattedMessage id={group.match === "all" ? "segments.builder.emptyAll" : "segments.builder.emptyAny"} />
        </p>
      )}
      <ol className="segment-group__rows">
        {group.children.map((child, i) => (
          <li key={child.key}>
            {child.kind === "group" ? (
              <GroupEditor group={child} onChange={(g) => setChild(i, g)} onRemove={() => removeChild(i)} depth={depth + 1} path={`${path}.${i + 1}`} {...shared} />
            ) : (
              <RowEditor row={child} onChange={(r) => setChild(i, r)} onRemove={() => removeChild(i)} path={`${path}.${i + 1}`} {...shared} />
            )}
          </li>
        ))}
      </ol>
      <div className="segment-group__actions">
        <button type="button" className="button button--small" onClick={() => onChange({ ...group, children: [...group.children, newRow()] })}>
          <FormattedMessage id="segments.builder.addCondition" />
        </button>
        {depth < MAX_DEPTH && (
          <button type="button" className="button button--small" onClick={() => onChange({ ...group, children: [...group.children, newGroup(group.match === "all" ? "any" : "all", [newRow()])] })}>
            <FormattedMessage id="segments.builder.addGroup" />
          </button>
        )}
      </div>
    </fieldset>
  );
}

const EXTRA_IDS: Record<Extra, MessageId> = { days: "segments.builder.days", min: "segments.builder.min" };

function RowEditor({ row, onChange, onRemove, path, companies, currency }: Shared & { row: RuleRow; onChange: (row: RuleRow) => void; onRemove: () => void; path: string }) {
  const intl = useIntl();
  const def = FIELDS[row.field];
  const ops = Object.keys(def?.ops ?? {});
  const label = (id: MessageId) => intl.formatMessage({ id }, { path });

  const changeField = (field: string) => {
    const op = Object.keys(FIELDS[field]?.ops ?? {})[0] ?? "eq";
    onChange({ kind: "rule", key: row.key, negate: row.negate, field, op, value: defaultValue(valueKind(field, op)) });
  };
  const changeOp = (op: string) => {
    const same = valueKind(row.field, op) === valueKind(row.field, row.op);
    onChange({ ...row, op, value: same ? row.value : defaultValue(valueKind(row.field, op)) });
  };
  const setExtra = (extra: Extra, text: string) => {
    const n = text.trim() === "" ? undefined : Number(text);
    const next = { ...row };
    if (n === undefined) delete next[extra];
    else next[extra] = n;
    onChange(next);
  };

  return (
    <div className="segment-rule" role="group" aria-label={label("segments.builder.condition")}>
      <label className="checkbox segment-rule__not">
        <input type="checkbox" checked={row.negate} onChange={(e) => onChange({ ...row, negate: e.target.checked })} />
        <FormattedMessage id="segments.builder.not" />
      </label>
      <select aria-label={label("segments.builder.field")} value={row.field} onChange={(e) => changeField(e.target.value)}>
        {FIELD_NAMES.map((f) => (
          <option key={f} value={f}>
            {intl.formatMessage({ id: `segments.filterField.${f}` as MessageId })}
          </option>
        ))}
      </select>
      <select aria-label={label("segments.builder.op")} value={row.op} onChange={(e) => changeOp(e.target.value)}>
        {ops.map((op) => (
          <option key={op} value={op}>
            {intl.formatMessage({ id: `segments.op.${op}` as MessageId })}
          </option>
        ))}
      </select>
      <ValueInput kind={valueKind(row.field, row.op)} value={row.value} onChange={(value) => onChange({ ...row, value })} companies={companies} currency={currency} label={label("segments.builder.value")} />
      {def?.extras?.map((extra) => (
        <label key={extra} className="segment-rule__extra">
          <FormattedMessage id={EXTRA_IDS[extra]} />
          <input
            type="number"
            className="segment-rule__number"
            min={1}
            placeholder={intl.formatMessage({ id: extra === "days" && row.field !== "sentiment" ? "segments.builder.allTime" : extra === "days" ? "segments.builder.days30" : "segments.builder.min1" })}
            value={row[extra] ?? ""}
            onChange={(e) => setExtra(extra, e.target.value)}
          />
        </label>
      ))}
      <button type="button" className="button button--small button--ghost segment-rule__remove" onClick={onRemove} aria-label={label("segments.builder.removeCondition")}>
        ×
      </button>
    </div>
  );
}
