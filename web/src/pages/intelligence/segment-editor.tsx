import { type FormEvent, useEffect, useMemo, useRef, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { ApiError, isAbortError } from "../../api/api-error";
import { createSegment, deleteSegment, previewSegment, type Segment, updateSegment } from "../../api/segments.api";
import { ErrorAlert, errorField } from "../../components/error-alert";
import { Field } from "../../components/form-field";
import { panelId, tabId, Tabs } from "../../components/tabs";
import { useDebouncedValue } from "../../hooks/use-debounced-value";
import { newGroup, rootFromFilter, type RuleGroup, toFilter } from "./segment-filter-model";
import { FilterBuilder } from "./segment-filter-builder";
import type { Choice } from "./segment-value-input";

interface EditorProps {
  segment: Segment | null;
  canEdit: boolean;
  companies: Choice[];
  currency: string;
  onSaved: (segment: Segment, created: boolean) => void;
  onDeleted: () => void;
  onCancel: () => void;
}

type Preview = { state: "loading" } | { state: "ok"; count: number } | { state: "error"; message: string };

/** Name, description and filter of one segment, with a live count of the customers it matches. */
export function SegmentEditor({ segment, canEdit, companies, currency, onSaved, onDeleted, onCancel }: EditorProps) {
  const intl = useIntl();
  const [name, setName] = useState(segment?.name ?? "");
  const [description, setDescription] = useState(segment?.description ?? "");
  const [root, setRoot] = useState<RuleGroup>(() => rootFromFilter(segment?.filter) ?? newGroup("all"));
  const [tab, setTab] = useState<"builder" | "json">("builder");
  const filter = useMemo(() => toFilter(root), [root]);
  const filterJson = useMemo(() => JSON.stringify(filter, null, 2), [filter]);
  const [jsonText, setJsonText] = useState(filterJson);
  const [jsonError, setJsonError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [preview, setPreview] = useState<Preview>({ state: "loading" });
  const debouncedFilter = useDebouncedValue(filterJson, 300);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Opening a segment from the list below moves focus (and the view) up to the editor.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  // The JSON view follows the builder unless the user is mid-edit with text that does not parse.
  useEffect(() => {
    if (!jsonError) setJsonText(filterJson);
  }, [filterJson, jsonError]);

  useEffect(() => {
    const controller = new AbortController();
    setPreview({ state: "loading" });
    previewSegment(JSON.parse(debouncedFilter), controller.signal).then(
      (r) => setPreview({ state: "ok", count: r.count }),
      (err) => {
        if (!isAbortError(err)) setPreview({ state: "error", message: err instanceof ApiError ? err.message : String(err) });
      },
    );
    return () => controller.abort();
  }, [debouncedFilter]);

  const editJson = (text: string) => {
    setJsonText(text);
    try {
      const model = rootFromFilter(JSON.parse(text));
      if (!model) throw new Error(intl.formatMessage({ id: "segments.json.unsupported" }));
      setJsonError(null);
      setRoot(model);
    } catch (err) {
      setJsonError(err instanceof Error ? err.message : String(err));
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const input = { name: name.trim(), description: description.trim() || null, filter };
      const saved = segment ? await updateSegment(segment.id, input) : await createSegment(input);
      onSaved(saved, !segment);
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    if (!segment || !window.confirm(intl.formatMessage({ id: "segments.deleteConfirm" }, { name: segment.name }))) return;
    try {
      await deleteSegment(segment.id);
      onDeleted();
    } catch (err) {
      setError(err);
    }
  };

  const field = errorField(error);
  const titleId = "segment-editor-title";
  return (
    <section className="card segment-editor" aria-labelledby={titleId}>
      <h2 id={titleId} ref={headingRef} tabIndex={-1} className="card__title" dir="auto">
        {segment ? segment.name : <FormattedMessage id="segments.newTitle" />}
      </h2>
      <form className="form" onSubmit={submit} noValidate>
        <div className="form--grid">
          <Field name="name" idPrefix="segment" label={<FormattedMessage id="segments.field.name" />} error={field === "name" ? (error as ApiError).message : null}>
            {(control) => <input {...control} type="text" required maxLength={120} dir="auto" value={name} readOnly={!canEdit} onChange={(e) => setName(e.target.value)} />}
          </Field>
          <Field name="description" idPrefix="segment" label={<FormattedMessage id="segments.field.description" />}>
            {(control) => <input {...control} type="text" maxLength={2000} dir="auto" value={description} readOnly={!canEdit} onChange={(e) => setDescription(e.target.value)} />}
          </Field>
        </div>

        <Tabs
          idPrefix="segment-filter"
          label={intl.formatMessage({ id: "segments.filterTitle" })}
          tabs={[
            { key: "builder", label: intl.formatMessage({ id: "segments.tab.builder" }) },
            { key: "json", label: intl.formatMessage({ id: "segments.tab.json" }) },
          ]}
          selected={tab}
          onSelect={setTab}
        />
        <div id={panelId("segment-filter", tab)} role="tabpanel" aria-labelledby={tabId("segment-filter", tab)} className="segment-editor__panel">
          {tab === "builder" ? (
            <FilterBuilder root={root} onChange={setRoot} companies={companies} currency={currency} />
          ) : (
            <div className="field">
              <label htmlFor="segment-json" className="field__label">
                <FormattedMessage id="segments.json.label" />
              </label>
              <textarea id="segment-json" className="segment-editor__json" rows={14} spellCheck={false} dir="ltr" value={jsonText} aria-invalid={jsonError ? true : undefined} aria-describedby={jsonError ? "segment-json-error" : "segment-json-hint"} onChange={(e) => editJson(e.target.value)} />
              {jsonError ? (
                <div id="segment-json-error" className="field__error">
                  {jsonError}
                </div>
              ) : (
                <div id="segment-json-hint" className="field__hint">
                  <FormattedMessage id="segments.json.hint" />
                </div>
              )}
            </div>
          )}
        </div>

        <output className={`segment-preview segment-preview--${preview.state}`} aria-live="polite" data-testid="segment-preview">
          {preview.state === "loading" && <FormattedMessage id="segments.preview.loading" />}
          {preview.state === "ok" && <FormattedMessage id="segments.preview.count" values={{ count: preview.count, strong: (chunks) => <strong>{chunks}</strong> }} />}
          {preview.state === "error" && <FormattedMessage id="segments.preview.invalid" values={{ message: preview.message }} />}
        </output>

        <ErrorAlert error={field === "name" ? null : error} />
        <div className="form__actions">
          {canEdit ? (
            <button type="submit" className="button button--primary" disabled={saving}>
              <FormattedMessage id={saving ? "common.saving" : segment ? "common.save" : "segments.create"} />
            </button>
          ) : (
            <p className="muted">
              <FormattedMessage id="segments.managersOnly" />
            </p>
          )}
          <button type="button" className="button" onClick={onCancel}>
            <FormattedMessage id="segments.close" />
          </button>
          {segment && canEdit && (
            <button type="button" className="button button--danger" onClick={() => void remove()}>
              <FormattedMessage id="common.delete" />
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
