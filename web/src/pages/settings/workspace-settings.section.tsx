import { type FormEvent, useEffect, useMemo, useState } from "react";
import { FormattedMessage, FormattedNumber, useIntl } from "react-intl";
import { ApiError } from "../../api/api-error";
import { getSettings, updateSettings } from "../../api/settings.api";
import type { Settings } from "../../api/types";
import { ErrorAlert, errorField, StatusNotice } from "../../components/error-alert";
import { Field } from "../../components/form-field";
import { TimeZoneInput } from "../../components/time-zone-input";
import { COMMON_CURRENCIES, COMMON_LANGUAGES, currencyName, languageName, localizedOptions } from "../../i18n/intl-data";
import { BusinessHoursEditor } from "./business-hours-editor";

const SAMPLE_AMOUNT = 1234.5;

export function WorkspaceSettingsSection({ canEdit }: { canEdit: boolean }) {
  const intl = useIntl();
  const [draft, setDraft] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    getSettings().then(setDraft, setLoadError);
  }, []);

  const languageOptions = useMemo(() => {
    const codes = draft && !COMMON_LANGUAGES.includes(draft.workingLanguage) ? [...COMMON_LANGUAGES, draft.workingLanguage] : COMMON_LANGUAGES;
    return localizedOptions(intl.locale, codes, languageName);
  }, [intl.locale, draft]);
  const currencyOptions = useMemo(() => {
    const codes = draft && !COMMON_CURRENCIES.includes(draft.baseCurrency) ? [...COMMON_CURRENCIES, draft.baseCurrency] : COMMON_CURRENCIES;
    return localizedOptions(intl.locale, codes, currencyName);
  }, [intl.locale, draft]);

  if (loadError) return <ErrorAlert error={loadError} />;
  if (!draft) {
    return (
      <p className="empty-state" aria-busy="true">
        <FormattedMessage id="common.loading" />
      </p>
    );
  }

  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => {
    setDraft({ ...draft, [key]: value });
    setSaved(false);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    setSaved(false);
    try {
      // Only the editable fields: the server rejects unknown keys such as updatedAt.
      const { workingLanguage, baseCurrency, timeZone, businessHours, publicUrl } = draft;
      setDraft(await updateSettings({ workingLanguage, baseCurrency, timeZone, businessHours, publicUrl: publicUrl?.trim() || null }));
      setSaved(true);
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  const field = errorField(error);
  const fieldError = (name: string) => (field === name && error instanceof ApiError ? error.message : null);
  return (
    <section className="card" aria-labelledby="workspace-title">
      <h2 id="workspace-title" className="card__title">
        <FormattedMessage id="settings.workspace" />
      </h2>
      {!canEdit && (
        <p className="muted">
          <FormattedMessage id="settings.readOnly" />
        </p>
      )}
      <form className="form" onSubmit={submit} noValidate aria-busy={saving}>
        <fieldset className="fieldset-plain form--grid" disabled={!canEdit}>
          <Field name="workingLanguage" idPrefix="settings" label={intl.formatMessage({ id: "settings.workingLanguage" })} error={fieldError("workingLanguage")}>
            {(control) => (
              <select {...control} value={draft.workingLanguage} onChange={(e) => set("workingLanguage", e.target.value)}>
                {languageOptions.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            name="baseCurrency"
            idPrefix="settings"
            label={intl.formatMessage({ id: "settings.baseCurrency" })}
            hint={
              <FormattedMessage
                id="settings.currencySample"
                values={{ amount: <FormattedNumber value={SAMPLE_AMOUNT} style="currency" currency={draft.baseCurrency} /> }}
              />
            }
            error={fieldError("baseCurrency")}
          >
            {(control) => (
              <select {...control} value={draft.baseCurrency} onChange={(e) => set("baseCurrency", e.target.value)}>
                {currencyOptions.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label} ({o.value})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="timeZone" idPrefix="settings" label={intl.formatMessage({ id: "settings.timeZone" })} error={fieldError("timeZone")}>
            {(control) => <TimeZoneInput {...control} required value={draft.timeZone} onChange={(v) => set("timeZone", v)} />}
          </Field>
          <Field
            name="publicUrl"
            idPrefix="settings"
            label={intl.formatMessage({ id: "settings.publicUrl" })}
            hint={<FormattedMessage id="settings.publicUrlHint" />}
            error={fieldError("publicUrl")}
          >
            {(control) => (
              <input {...control} type="url" dir="ltr" placeholder="https://" value={draft.publicUrl ?? ""} onChange={(e) => set("publicUrl", e.target.value || null)} />
            )}
          </Field>
          <fieldset className={`fieldset span-2${fieldError("businessHours") ? " field--invalid" : ""}`}>
            <legend className="field__label">
              <FormattedMessage id="settings.businessHours" />
            </legend>
            <BusinessHoursEditor value={draft.businessHours} onChange={(v) => set("businessHours", v)} disabled={!canEdit} />
            {fieldError("businessHours") && <div className="field__error">{fieldError("businessHours")}</div>}
          </fieldset>
        </fieldset>
        {error !== null && !field && <ErrorAlert error={error} />}
        {saved && (
          <StatusNotice>
            <FormattedMessage id="settings.savedNotice" />
          </StatusNotice>
        )}
        {canEdit && (
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={saving}>
              <FormattedMessage id={saving ? "common.saving" : "common.save"} />
            </button>
          </div>
        )}
      </form>
    </section>
  );
}
