import { type FormEvent, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { ApiError } from "../../api/api-error";
import { createMemoryEntry } from "../../api/language.api";
import type { MemoryEntry, MemoryInput } from "../../api/types";
import { ErrorAlert, errorField } from "../../components/error-alert";
import { Field } from "../../components/form-field";
import { LanguageSelect } from "../../components/language-select";

interface MemoryEntryFormProps {
  codes: readonly string[];
  defaults: { from: string; to: string };
  onCreated: (entry: MemoryEntry) => void;
  onCancel: () => void;
}

// A human translation added by hand: it is approved and wins over machine output for the same source.
export function MemoryEntryForm({ codes, defaults, onCreated, onCancel }: MemoryEntryFormProps) {
  const intl = useIntl();
  const [draft, setDraft] = useState<MemoryInput>({ sourceLanguage: defaults.from, targetLanguage: defaults.to, source: "", target: "" });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const set = <K extends keyof MemoryInput>(key: K, value: MemoryInput[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onCreated(await createMemoryEntry({ ...draft, source: draft.source.trim(), target: draft.target.trim() }));
      setDraft((d) => ({ ...d, source: "", target: "" }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const field = errorField(error);
  const inline = field !== null && ["sourceLanguage", "targetLanguage", "source", "target"].includes(field);
  const fieldError = (name: string) => (field === name && error instanceof ApiError ? error.message : null);
  const label = (id: "languages.memory.col.source" | "languages.memory.col.target") => intl.formatMessage({ id });
  return (
    <form className="form form--grid" onSubmit={submit} noValidate aria-busy={busy}>
      <Field idPrefix="memory-new" name="sourceLanguage" label={intl.formatMessage({ id: "languages.memory.sourceLanguage" })} error={fieldError("sourceLanguage")}>
        {(c) => <LanguageSelect {...c} codes={codes} required value={draft.sourceLanguage} onChange={(v) => set("sourceLanguage", v)} />}
      </Field>
      <Field idPrefix="memory-new" name="targetLanguage" label={intl.formatMessage({ id: "languages.memory.targetLanguage" })} error={fieldError("targetLanguage")}>
        {(c) => <LanguageSelect {...c} codes={codes} required value={draft.targetLanguage} onChange={(v) => set("targetLanguage", v)} />}
      </Field>
      <Field idPrefix="memory-new" name="source" label={label("languages.memory.col.source")} error={fieldError("source")}>
        {(c) => <textarea {...c} rows={3} required dir="auto" lang={draft.sourceLanguage} value={draft.source} onChange={(e) => set("source", e.target.value)} />}
      </Field>
      <Field idPrefix="memory-new" name="target" label={label("languages.memory.col.target")} error={fieldError("target")}>
        {(c) => <textarea {...c} rows={3} required dir="auto" lang={draft.targetLanguage} value={draft.target} onChange={(e) => set("target", e.target.value)} />}
      </Field>
      {error !== null && !inline && (
        <div className="span-2">
          <ErrorAlert error={error} />
        </div>
      )}
      <div className="form__actions span-2">
        <button
          type="submit"
          className="button button--primary"
          disabled={busy || !draft.source.trim() || !draft.target.trim() || !draft.sourceLanguage || !draft.targetLanguage}
        >
          <FormattedMessage id={busy ? "common.saving" : "languages.memory.add"} />
        </button>
        <button type="button" className="button" onClick={onCancel}>
          <FormattedMessage id="common.cancel" />
        </button>
      </div>
    </form>
  );
}
