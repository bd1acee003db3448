import type { FormEvent, ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { Company, Consent } from "../api/types";
import { CountrySelect } from "../components/country-select";
import { Field } from "../components/form-field";
import { TimeZoneInput } from "../components/time-zone-input";
import { canonicalLanguageTag, languageName } from "../i18n/intl-data";
import { type CustomerFormValues, splitList } from "./customer-form-values";

interface CustomerFormProps {
  values: CustomerFormValues;
  onChange: (values: CustomerFormValues) => void;
  onSubmit: () => void;
  companies: Pick<Company, "id" | "name">[];
  saving: boolean;
  // Server validation message keyed by the form field it concerns.
  fieldError: (name: keyof CustomerFormValues) => string | null;
  derivedTimeZone: string | null;
  children?: ReactNode;
}

const CONSENT_CHANNELS: (keyof Consent)[] = ["email", "sms", "phone"];

export function CustomerForm(props: CustomerFormProps) {
  const { values, onChange, companies, saving, fieldError, derivedTimeZone } = props;
  const intl = useIntl();
  const t = (id: Parameters<typeof intl.formatMessage>[0]["id"]) => intl.formatMessage({ id });
  const set = <K extends keyof CustomerFormValues>(key: K, value: CustomerFormValues[K]) =>
    onChange({ ...values, [key]: value });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    props.onSubmit();
  };

  return (
    <form className="form form--grid" onSubmit={submit} noValidate aria-busy={saving}>
      <Field name="name" label={t("customer.field.name")} error={fieldError("name")} className="span-2">
        {(control) => (
          <input {...control} required dir="auto" autoComplete="off" value={values.name} onChange={(e) => set("name", e.target.value)} />
        )}
      </Field>
      <Field name="emails" label={t("customer.field.emails")} hint={t("customer.field.listHint")} error={fieldError("emails")}>
        {(control) => (
          <textarea {...control} rows={3} dir="ltr" spellCheck={false} value={values.emails} onChange={(e) => set("emails", e.target.value)} />
        )}
      </Field>
      <Field name="phones" label={t("customer.field.phones")} hint={t("customer.field.phonesHint")} error={fieldError("phones")}>
        {(control) => (
          <textarea {...control} rows={3} dir="ltr" spellCheck={false} value={values.phones} onChange={(e) => set("phones", e.target.value)} />
        )}
      </Field>
      <Field name="country" label={t("customer.field.country")} error={fieldError("country")}>
        {(control) => (
          <CountrySelect {...control} value={values.country} emptyLabel={t("common.notSpecified")} onChange={(v) => set("country", v)} />
        )}
      </Field>
      <Field
        name="timeZone"
        label={t("customer.field.timeZone")}
        hint={derivedTimeZone && !values.timeZone ? intl.formatMessage({ id: "customer.field.timeZoneDerived" }, { zone: derivedTimeZone }) : null}
        error={fieldError("timeZone")}
      >
        {(control) => (
          <TimeZoneInput {...control} value={values.timeZone} placeholder={t("customer.field.timeZonePlaceholder")} onChange={(v) => set("timeZone", v)} />
        )}
      </Field>
      <Field
        name="preferredLanguages"
        label={t("customer.field.preferredLanguages")}
        hint={<LanguageHint text={values.preferredLanguages} />}
        error={fieldError("preferredLanguages")}
      >
        {(control) => (
          <input {...control} dir="ltr" spellCheck={false} autoComplete="off" placeholder="fr, ar-EG" value={values.preferredLanguages} onChange={(e) => set("preferredLanguages", e.target.value)} />
        )}
      </Field>
      <Field name="companyId" label={t("customer.field.company")} error={fieldError("companyId")}>
        {(control) => (
          <select {...control} value={values.companyId} onChange={(e) => set("companyId", e.target.value)}>
            <option value="">{t("customer.field.noCompany")}</option>
            {companies.map((company) => (
              <option key={company.id} value={company.id}>
                {company.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className={`fieldset span-2${fieldError("consent") ? " field--invalid" : ""}`}>
        <legend className="field__label">
          <FormattedMessage id="customer.field.consent" />
        </legend>
        <div className="checkbox-row">
          {CONSENT_CHANNELS.map((channel) => (
            <label key={channel} className="checkbox">
              <input
                type="checkbox"
                name={`consent.${channel}`}
                checked={values.consent[channel]}
                onChange={(e) => set("consent", { ...values.consent, [channel]: e.target.checked })}
              />
              <FormattedMessage id={`customer.consent.${channel}`} />
            </label>
          ))}
        </div>
        {fieldError("consent") && <div className="field__error">{fieldError("consent")}</div>}
      </fieldset>
      <Field name="tags" label={t("customer.field.tags")} hint={t("customer.field.tagsHint")} error={fieldError("tags")} className="span-2">
        {(control) => <input {...control} dir="auto" autoComplete="off" value={values.tags} onChange={(e) => set("tags", e.target.value)} />}
      </Field>
      <Field name="notes" label={t("customer.field.notes")} error={fieldError("notes")} className="span-2">
        {(control) => <textarea {...control} rows={5} dir="auto" value={values.notes} onChange={(e) => set("notes", e.target.value)} />}
      </Field>
      <div className="form__actions span-2">
        <button type="submit" className="button button--primary" disabled={saving}>
          <FormattedMessage id={saving ? "common.saving" : "common.save"} />
        </button>
        {props.children}
      </div>
    </form>
  );
}

// Shows what each typed code means in the UI language, so typos like "sp" are caught before saving.
function LanguageHint({ text }: { text: string }) {
  const intl = useIntl();
  const codes = splitList(text);
  if (codes.length === 0) return <FormattedMessage id="customer.field.languagesHint" />;
  const names = codes.map((code) => {
    const tag = canonicalLanguageTag(code);
    return tag ? languageName(intl.locale, tag) : intl.formatMessage({ id: "customer.field.unknownLanguage" }, { code });
  });
  return <>{new Intl.ListFormat(intl.locale, { type: "unit" }).format(names)}</>;
}
