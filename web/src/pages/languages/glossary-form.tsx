import { type FormEvent, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { ApiError } from "../../api/api-error";
import type { GlossaryInput, GlossaryKind, GlossaryTerm } from "../../api/types";
import { ErrorAlert, errorField } from "../../components/error-alert";
import { Field } from "../../components/form-field";
import { LanguageSelect } from "../../components/language-select";
import { newRow, rowsFrom, rowsTo, type TranslationRow, TranslationsEditor } from "./translations-editor";

interface GlossaryFormProps {
  term: GlossaryTerm | null;
  codes: readonly string[];
  submitLabel: "languages.glossary.add" | "common.save";
  // Resolves when saved; a rejection is shown in the form, next to its field when the server names one.
  onSave: (input: GlossaryInput) => Promise<void>;
  onCancel?: () => void;
}

const KINDS: readonly GlossaryKind[] = ["keep", "translate"];
const FIELDS = ["term", "sourceLanguage", "kind", "translations", "caseSensitive", "note"];

export function GlossaryForm({ term, codes, submitLabel, onSave, onCancel }: GlossaryFormProps) {
  const intl = useIntl();
  const idPrefix = term ? `glossary-${term.id}` : "glossary-new";
  const [text, setText] = useState(term?.term ?? "");
  const [sourceLanguage, setSourceLanguage] = useState(term?.sourceLanguage ?? "");
  const [kind, setKind] = useState<GlossaryKind>(term?.kind ?? "keep");
  const [rows, setRows] = useState<TranslationRow[]>(() => (term ? rowsFrom(term.translations) : []));
  const [caseSensitive, setCaseSensitive] = useState(term?.caseSensitive ?? false);
  const [note, setNote] = useState(term?.note ?? "");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const chooseKind = (next: GlossaryKind) => {
    setKind(next);
    if (next === "translate" && rows.length === 0) setRows([newRow()]);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSave({
        term: text.trim(),
        sourceLanguage: sourceLanguage || null,
        kind,
        // "keep" terms are never translated, so forced translations would be dead weight.
        translations: kind === "translate" ? rowsTo(rows) : {},
        caseSensitive,
        note: note.trim() || null,
      });
      if (!term) {
        setText("");
        setRows(kind === "translate" ? [newRow()] : []);
        setNote("");
      }
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const field = errorField(error);
  const fieldError = (name: string) => (field === name && error instanceof ApiError ? error.message : null);
  const kindError = fieldError("kind");
  const translationsError = fieldError("translations");
  // Errors about a field this form shows go next to it; anything else goes above the buttons.
  const inline = field !== null && FIELDS.includes(field) && (field !== "translations" || kind === "translate");
  return (
    <form className="form form--grid" onSubmit={submit} noValidate aria-busy={busy}>
      <Field idPrefix={idPrefix} name="term" label={intl.formatMessage({ id: "languages.glossary.col.term" })} error={fieldError("term")}>
        {(c) => <input {...c} required dir="auto" maxLength={200} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <Field
        idPrefix={idPrefix}
        name="sourceLanguage"
        label={intl.formatMessage({ id: "languages.glossary.col.sourceLanguage" })}
        error={fieldError("sourceLanguage")}
      >
        {(c) => (
          <LanguageSelect
            {...c}
            codes={codes}
            value={sourceLanguage}
            emptyLabel={intl.formatMessage({ id: "languages.glossary.anySource" })}
            onChange={setSourceLanguage}
          />
        )}
      </Field>
      <fieldset className={`fieldset span-2${kindError ? " field--invalid" : ""}`}>
        <legend className="field__label">
          <FormattedMessage id="languages.glossary.col.kind" />
        </legend>
        <div className="checkbox-row">
          {KINDS.map((k) => (
            <label key={k} className="checkbox">
              <input type="radio" name={`${idPrefix}-kind`} value={k} checked={kind === k} onChange={() => chooseKind(k)} />
              <span>
                <FormattedMessage id={`languages.glossary.kind.${k}`} />
                <span className="field__hint">
                  <FormattedMessage id={`languages.glossary.kind.${k}Hint`} />
                </span>
              </span>
            </label>
          ))}
        </div>
        {kindError && <div className="field__error">{kindError}</div>}
      </fieldset>
      {kind === "translate" && (
        <fieldset className={`fieldset span-2${translationsError ? " field--invalid" : ""}`} aria-describedby={translationsError ? `${idPrefix}-translations-error` : undefined}>
          <legend className="field__label">
            <FormattedMessage id="languages.glossary.col.translations" />
          </legend>
          <TranslationsEditor idPrefix={idPrefix} rows={rows} codes={codes} onChange={setRows} />
          {translationsError && (
            <div id={`${idPrefix}-translations-error`} className="field__error">
              {translationsError}
            </div>
          )}
        </fieldset>
      )}
      <Field idPrefix={idPrefix} name="note" label={intl.formatMessage({ id: "languages.glossary.col.note" })} error={fieldError("note")}>
        {(c) => <input {...c} dir="auto" maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <div className="field field--checkbox">
        <label className="checkbox">
          <input type="checkbox" name="caseSensitive" checked={caseSensitive} onChange={(e) => setCaseSensitive(e.target.checked)} />
          <FormattedMessage id="languages.glossary.caseSensitive" />
        </label>
        {fieldError("caseSensitive") && <div className="field__error">{fieldError("caseSensitive")}</div>}
      </div>
      {error !== null && !inline && (
        <div className="span-2">
          <ErrorAlert error={error} />
        </div>
      )}
      <div className="form__actions span-2">
        <button type="submit" className="button button--primary" disabled={busy}>
          <FormattedMessage id={busy ? "common.saving" : submitLabel} />
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            <FormattedMessage id="common.cancel" />
          </button>
        )}
      </div>
    </form>
  );
}
