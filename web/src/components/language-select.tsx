import { useMemo } from "react";
import { useIntl } from "react-intl";
import { languageName, localizedOptions } from "../i18n/intl-data";
import type { ControlProps } from "./form-field";

interface LanguageSelectProps extends Partial<ControlProps> {
  name: string;
  value: string;
  onChange: (value: string) => void;
  // BCP 47 tags to offer; the current value is always added.
  codes: readonly string[];
  // When given, an empty first option (e.g. "Detect automatically", "All languages").
  emptyLabel?: string;
  disabled?: boolean;
  required?: boolean;
  "aria-label"?: string;
}

// Language tags labelled and alphabetized in the current UI language, with the tag for the unsure.
export function LanguageSelect({ value, onChange, codes, emptyLabel, ...rest }: LanguageSelectProps) {
  const { locale } = useIntl();
  const options = useMemo(() => {
    const all = value && !codes.includes(value) ? [...codes, value] : codes;
    return localizedOptions(locale, [...new Set(all)], languageName);
  }, [locale, codes, value]);
  return (
    <select {...rest} value={value} onChange={(event) => onChange(event.target.value)}>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label} ({option.value})
        </option>
      ))}
    </select>
  );
}
