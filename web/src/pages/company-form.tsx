import { type FormEvent, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { ApiError } from "../api/api-error";
import type { Company, CompanyInput } from "../api/types";
import { CountrySelect } from "../components/country-select";
import { ErrorAlert, errorField } from "../components/error-alert";
import { Field } from "../components/form-field";

interface CompanyFormProps {
  company: Company | null;
  // Resolves when saved; a rejection is shown in the form.
  onSave: (input: CompanyInput) => Promise<void>;
  onCancel?: () => void;
  submitLabel: "companies.add" | "common.save";
}

export function CompanyForm({ company, onSave, onCancel, submitLabel }: CompanyFormProps) {
  const intl = useIntl();
  const [name, setName] = useState(company?.name ?? "");
  const [domain, setDomain] = useState(company?.domain ?? "");
  const [country, setCountry] = useState(company?.country ?? "");
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const idPrefix = company ? `company-${company.id}` : "company-new";

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await onSave({ name: name.trim(), domain: domain.trim() || null, country: country || null });
      if (!company) {
        setName("");
        setDomain("");
        setCountry("");
      }
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  const field = errorField(error);
  const fieldError = (n: string) => (field === n && error instanceof ApiError ? error.message : null);
  return (
    <form className="form form--inline" onSubmit={submit} noValidate aria-busy={saving}>
      {error !== null && !field && <ErrorAlert error={error} />}
      <Field idPrefix={idPrefix} name="name" label={intl.formatMessage({ id: "company.field.name" })} error={fieldError("name")}>
        {(control) => <input {...control} required dir="auto" value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field idPrefix={idPrefix} name="domain" label={intl.formatMessage({ id: "company.field.domain" })} error={fieldError("domain")}>
        {(control) => (
          <input {...control} dir="ltr" spellCheck={false} placeholder="example.com" value={domain} onChange={(e) => setDomain(e.target.value)} />
        )}
      </Field>
      <Field idPrefix={idPrefix} name="country" label={intl.formatMessage({ id: "company.field.country" })} error={fieldError("country")}>
        {(control) => (
          <CountrySelect {...control} value={country} emptyLabel={intl.formatMessage({ id: "common.notSpecified" })} onChange={setCountry} />
        )}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          <FormattedMessage id={saving ? "common.saving" : submitLabel} />
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
