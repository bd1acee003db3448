import { type FormEvent, useEffect, useRef, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { ApiError } from "../../../api/api-error";
import type { Condition, FieldInfo, TagRule, TagRuleInput } from "../../../api/tag-rules.api";
import { ErrorAlert, errorField } from "../../../components/error-alert";
import { Field } from "../../../components/form-field";
import { ConditionEditor } from "./condition-editor";
import { RulePreview } from "./rule-preview";
import { ruleText } from "./tag-rule-labels";

interface RuleEditorProps {
  rule: TagRule | null;
  fields: readonly FieldInfo[];
  onSave: (input: TagRuleInput) => Promise<void>;
  onCancel: () => void;
}

const STARTER: Condition = { field: "language", op: "in", value: ["fr"] };

/** Create or edit a rule: name, tag template, condition (rows or JSON) and a live preview of who matches. */
export function RuleEditor({ rule, fields, onSave, onCancel }: RuleEditorProps) {
  const intl = useIntl();
  const [name, setName] = useState(rule?.name ?? "");
  const [description, setDescription] = useState(rule?.description ?? "");
  const [tag, setTag] = useState(rule?.tag ?? "");
  const [enabled, setEnabled] = useState(rule?.enabled ?? true);
  const [condition, setCondition] = useState<Condition>(rule?.condition ?? STARTER);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const idPrefix = rule ? `rule-${rule.id}` : "rule-new";

  useEffect(() => headingRef.current?.focus(), [rule?.id]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await onSave({ name: name.trim(), description: description.trim() || null, tag, enabled, condition });
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  const field = errorField(error);
  const message = error instanceof ApiError ? error.message : null;
  const fieldError = (n: string) => (field === n ? message : null);
  return (
    <section className="card rule-editor" aria-labelledby={`${idPrefix}-title`}>
      <h2 id={`${idPrefix}-title`} ref={headingRef} tabIndex={-1} className="card__title">
        {rule ? <FormattedMessage id="tags.editor.editTitle" values={{ name: <bdi>{ruleText(intl, rule).name}</bdi> }} /> : <FormattedMessage id="tags.editor.createTitle" />}
      </h2>
      <div className="rule-editor__layout">
        <form className="form rule-editor__form" onSubmit={submit} noValidate aria-busy={saving}>
          {error !== null && !["name", "description", "tag", "condition"].includes(field ?? "") && <ErrorAlert error={error} />}
          <Field idPrefix={idPrefix} name="name" label={intl.formatMessage({ id: "tags.editor.name" })} error={fieldError("name")}>
            {(control) => <input {...control} required dir="auto" maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />}
          </Field>
          <Field idPrefix={idPrefix} name="description" label={intl.formatMessage({ id: "tags.editor.description" })} error={fieldError("description")}>
            {(control) => <textarea {...control} dir="auto" rows={2} maxLength={1000} value={description} onChange={(e) => setDescription(e.target.value)} />}
          </Field>
          <Field
            idPrefix={idPrefix}
            name="tag"
            label={intl.formatMessage({ id: "tags.editor.tag" })}
            error={fieldError("tag")}
            hint={<FormattedMessage id="tags.editor.tagHint" values={{ example: <code dir="ltr">{"{country}"}</code>, listExample: <code dir="ltr">{"lang:{language}"}</code> }} />}
          >
            {(control) => <input {...control} required dir="auto" maxLength={100} value={tag} onChange={(e) => setTag(e.target.value)} />}
          </Field>
          <label className="checkbox">
            <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
            <FormattedMessage id="tags.editor.enabled" />
          </label>
          <ConditionEditor key={rule?.id ?? "new"} idPrefix={idPrefix} value={condition} fields={fields} error={fieldError("condition")} disabled={saving} onChange={setCondition} />
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={saving}>
              <FormattedMessage id={saving ? "common.saving" : rule ? "tags.editor.save" : "tags.editor.create"} />
            </button>
            <button type="button" className="button" onClick={onCancel}>
              <FormattedMessage id="common.cancel" />
            </button>
          </div>
        </form>
        <RulePreview condition={condition} tag={tag} />
      </div>
    </section>
  );
}
