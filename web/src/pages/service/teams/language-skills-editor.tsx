import { FormattedMessage, useIntl } from "react-intl";
import { type LanguageSkill, PROFICIENCIES, type Proficiency } from "../../../api/teams.api";
import { LanguageSelect } from "../../../components/language-select";
import { COMMON_LANGUAGES, languageName } from "../../../i18n/intl-data";
import { PROFICIENCY_IDS } from "../tickets/ticket-format";

interface Props {
  idPrefix: string;
  value: LanguageSkill[];
  onChange: (value: LanguageSkill[]) => void;
  disabled?: boolean;
}

// An ordered list of languages with proficiency; order matters (most important first), so rows move.
export function LanguageSkillsEditor({ idPrefix, value, onChange, disabled }: Props) {
  const intl = useIntl();
  const update = (i: number, patch: Partial<LanguageSkill>) => onChange(value.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const move = (i: number, by: number) => {
    const next = [...value];
    const [item] = next.splice(i, 1);
    next.splice(i + by, 0, item!);
    onChange(next);
  };
  const unused = COMMON_LANGUAGES.find((c) => !value.some((s) => s.language === c)) ?? "en";
  return (
    <div className="skills">
      {value.length === 0 && (
        <p className="muted">
          <FormattedMessage id="teams.languages.none" />
        </p>
      )}
      <ol className="skills__list">
        {value.map((skill, i) => {
          const name = languageName(intl.locale, skill.language);
          return (
            // Position is the identity here: the list is edited by position.
            <li key={i} className="skills__row">
              <LanguageSelect
                name={`${idPrefix}-language-${i}`}
                aria-label={intl.formatMessage({ id: "teams.languages.language" }, { n: i + 1 })}
                codes={COMMON_LANGUAGES}
                value={skill.language}
                disabled={disabled}
                onChange={(language) => update(i, { language })}
              />
              <select
                name={`${idPrefix}-proficiency-${i}`}
                aria-label={intl.formatMessage({ id: "teams.languages.proficiency" }, { language: name })}
                value={skill.proficiency}
                disabled={disabled}
                onChange={(e) => update(i, { proficiency: e.target.value as Proficiency })}
              >
                {PROFICIENCIES.map((p) => (
                  <option key={p} value={p}>
                    {intl.formatMessage({ id: PROFICIENCY_IDS[p] })}
                  </option>
                ))}
              </select>
              <button type="button" className="button button--small button--ghost" disabled={disabled || i === 0} onClick={() => move(i, -1)} aria-label={intl.formatMessage({ id: "teams.languages.up" }, { language: name })}>
                ↑
              </button>
              <button type="button" className="button button--small button--ghost" disabled={disabled || i === value.length - 1} onClick={() => move(i, 1)} aria-label={intl.formatMessage({ id: "teams.languages.down" }, { language: name })}>
                ↓
              </button>
              <button type="button" className="button button--small" disabled={disabled} onClick={() => onChange(value.filter((_, j) => j !== i))} aria-label={intl.formatMessage({ id: "teams.languages.remove" }, { language: name })}>
                <FormattedMessage id="teams.languages.removeShort" />
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button--small button--ghost" disabled={disabled} onClick={() => onChange([...value, { language: unused, proficiency: "native" }])}>
        <FormattedMessage id="teams.languages.add" />
      </button>
    </div>
  );
}

/** "French (native) · Wolof (fluent)" as badges. */
export function SkillBadges({ skills }: { skills: LanguageSkill[] }) {
  const intl = useIntl();
  if (skills.length === 0) {
    return (
      <span className="muted">
        <FormattedMessage id="teams.languages.none" />
      </span>
    );
  }
  return (
    <ul className="badge-list">
      {skills.map((s) => (
        <li key={s.language} className={`badge badge--${s.proficiency === "native" ? "engine" : s.proficiency === "fluent" ? "neutral" : "muted"}`}>
          <FormattedMessage id="teams.languages.badge" values={{ language: languageName(intl.locale, s.language), proficiency: intl.formatMessage({ id: PROFICIENCY_IDS[s.proficiency] }) }} />
        </li>
      ))}
    </ul>
  );
}
