import { type FormEvent, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { ApiError } from "../../../api/api-error";
import type { Agent, Team, TeamInput } from "../../../api/teams.api";
import type { BusinessHours } from "../../../api/types";
import { CountrySelect } from "../../../components/country-select";
import { ErrorAlert, errorField } from "../../../components/error-alert";
import { Field } from "../../../components/form-field";
import { TimeZoneInput } from "../../../components/time-zone-input";
import { BusinessHoursEditor } from "../../settings/business-hours-editor";
import { LanguageSkillsEditor } from "./language-skills-editor";

const NINE_TO_FIVE: BusinessHours = {
  mon: [{ start: "09:00", end: "17:00" }],
  tue: [{ start: "09:00", end: "17:00" }],
  wed: [{ start: "09:00", end: "17:00" }],
  thu: [{ start: "09:00", end: "17:00" }],
  fri: [{ start: "09:00", end: "17:00" }],
  sat: [],
  sun: [],
};

// Custom closed dates, one per line: "2027-12-24 Christmas Eve".
const holidaysToText = (list: Team["holidays"]) => list.map((h) => (h.name ? `${h.date} ${h.name}` : h.date)).join("\n");
function textToHolidays(text: string): Team["holidays"] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [date, ...rest] = line.split(/\s+/);
      return { date: date!, name: rest.join(" ") || null };
    });
}

interface Props {
  team: Team | null;
  agents: Agent[];
  onSave: (input: TeamInput) => Promise<void>;
  onDelete?: () => Promise<void>;
  onCancel: () => void;
}

export function TeamForm({ team, agents, onSave, onDelete, onCancel }: Props) {
  const intl = useIntl();
  const idPrefix = team ? `team-${team.id}` : "team-new";
  const [name, setName] = useState(team?.name ?? "");
  const [languages, setLanguages] = useState(team?.languages ?? [{ language: "en", proficiency: "native" as const }]);
  const [timeZone, setTimeZone] = useState(team?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [hours, setHours] = useState<BusinessHours>(team?.businessHours ?? NINE_TO_FIVE);
  const [holidayCountry, setHolidayCountry] = useState(team?.holidayCountry ?? "");
  const [holidays, setHolidays] = useState(holidaysToText(team?.holidays ?? []));
  const [capacity, setCapacity] = useState(String(team?.capacityPerAgent ?? 10));
  const [mtAssisted, setMtAssisted] = useState(team?.mtAssisted ?? false);
  const [members, setMembers] = useState<string[]>(team?.members.map((m) => m.id) ?? []);
  const [saving, setSaving] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await onSave({
        name: name.trim(),
        languages,
        timeZone: timeZone.trim(),
        businessHours: hours,
        holidayCountry: holidayCountry || null,
        holidays: textToHolidays(holidays),
        capacityPerAgent: Number(capacity),
        mtAssisted,
        members,
      });
    } catch (err) {
      setError(err);
      setSaving(false);
    }
  };

  const remove = async () => {
    if (!confirmDelete) {
      setConfirmDelete(true);
      return;
    }
    setSaving(true);
    try {
      await onDelete?.();
    } catch (err) {
      setError(err);
      setSaving(false);
    }
  };

  const field = errorField(error);
  const fieldError = (n: string) => (field === n && error instanceof ApiError ? error.message : null);
  return (
    <section className="card" aria-labelledby={`${idPrefix}-title`}>
      <h2 id={`${idPrefix}-title`} className="card__title">
        {team ? <FormattedMessage id="teams.form.editTitle" values={{ name: team.name }} /> : <FormattedMessage id="teams.form.newTitle" />}
      </h2>
      <form className="form form--grid" onSubmit={submit} noValidate aria-busy={saving}>
        <Field idPrefix={idPrefix} name="name" label={intl.formatMessage({ id: "teams.field.name" })} error={fieldError("name")}>
          {(control) => <input {...control} required dir="auto" value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field idPrefix={idPrefix} name="timeZone" label={intl.formatMessage({ id: "teams.field.timeZone" })} error={fieldError("timeZone")}>
          {(control) => <TimeZoneInput {...control} required value={timeZone} onChange={setTimeZone} />}
        </Field>
        <fieldset className={`fieldset span-2${fieldError("languages") ? " field--invalid" : ""}`}>
          <legend className="field__label">
            <FormattedMessage id="teams.field.languages" />
          </legend>
          <LanguageSkillsEditor idPrefix={idPrefix} value={languages} onChange={setLanguages} disabled={saving} />
          {fieldError("languages") && <div className="field__error">{fieldError("languages")}</div>}
        </fieldset>
        <label className="checkbox span-2">
          <input type="checkbox" name="mtAssisted" checked={mtAssisted} onChange={(e) => setMtAssisted(e.target.checked)} />
          <span>
            <FormattedMessage id="teams.field.mtAssisted" />
            <span className="field__hint">
              <FormattedMessage id="teams.field.mtAssistedHint" />
            </span>
          </span>
        </label>
        <fieldset className={`fieldset span-2${fieldError("businessHours") ? " field--invalid" : ""}`}>
          <legend className="field__label">
            <FormattedMessage id="teams.field.hours" />
          </legend>
          <BusinessHoursEditor value={hours} onChange={setHours} disabled={saving} />
          {fieldError("businessHours") && <div className="field__error">{fieldError("businessHours")}</div>}
        </fieldset>
        <Field idPrefix={idPrefix} name="holidayCountry" label={intl.formatMessage({ id: "teams.field.holidayCountry" })} hint={intl.formatMessage({ id: "teams.field.holidayCountryHint" })} error={fieldError("holidayCountry")}>
          {(control) => <CountrySelect {...control} value={holidayCountry} emptyLabel={intl.formatMessage({ id: "teams.field.noHolidayCountry" })} onChange={setHolidayCountry} />}
        </Field>
        <Field idPrefix={idPrefix} name="holidays" label={intl.formatMessage({ id: "teams.field.customHolidays" })} hint={intl.formatMessage({ id: "teams.field.customHolidaysHint" })} error={fieldError("holidays")}>
          {(control) => <textarea {...control} rows={3} dir="auto" spellCheck={false} value={holidays} onChange={(e) => setHolidays(e.target.value)} />}
        </Field>
        <Field idPrefix={idPrefix} name="capacityPerAgent" label={intl.formatMessage({ id: "teams.field.capacity" })} hint={intl.formatMessage({ id: "teams.field.capacityHint" })} error={fieldError("capacityPerAgent")}>
          {(control) => <input {...control} type="number" min={1} max={1000} value={capacity} onChange={(e) => setCapacity(e.target.value)} />}
        </Field>
        <fieldset className={`fieldset span-2${fieldError("members") ? " field--invalid" : ""}`}>
          <legend className="field__label">
            <FormattedMessage id="teams.field.members" />
          </legend>
          {agents.length === 0 ? (
            <p className="muted">
              <FormattedMessage id="teams.members.noUsers" />
            </p>
          ) : (
            <div className="team-form__members">
              {agents.map((a) => (
                <label key={a.id} className="checkbox">
                  <input
                    type="checkbox"
                    name="members"
                    value={a.id}
                    checked={members.includes(a.id)}
                    onChange={(e) => setMembers((m) => (e.target.checked ? [...m, a.id] : m.filter((x) => x !== a.id)))}
                  />
                  <bdi>{a.name}</bdi>
                </label>
              ))}
            </div>
          )}
        </fieldset>
        {error !== null && !field && (
          <div className="span-2">
            <ErrorAlert error={error} />
          </div>
        )}
        <div className="form__actions span-2">
          <button type="submit" className="button button--primary" disabled={saving}>
            <FormattedMessage id={saving ? "common.saving" : team ? "common.save" : "teams.form.create"} />
          </button>
          <button type="button" className="button" onClick={onCancel}>
            <FormattedMessage id="common.cancel" />
          </button>
          {team && onDelete && (
            <button type="button" className="button button--danger" disabled={saving} onClick={remove}>
              <FormattedMessage id={confirmDelete ? "teams.form.confirmDelete" : "common.delete"} />
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
