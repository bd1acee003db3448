import { useMemo } from "react";
import { useIntl } from "react-intl";
import { COUNTRIES, localizedOptions, regionName } from "../i18n/intl-data";
import type { ControlProps } from "./form-field";

interface CountrySelectProps extends Partial<ControlProps> {
  name: string;
  value: string;
  onChange: (value: string) => void;
  emptyLabel: string;
  disabled?: boolean;
  "aria-label"?: string;
}

// ISO 3166 alpha-2 codes, labelled and alphabetized in the current UI language.
export function CountrySelect({ value, onChange, emptyLabel, ...rest }: CountrySelectProps) {
  const { locale } = useIntl();
  const options = useMemo(() => {
    const codes = value && !COUNTRIES.includes(value) ? [...COUNTRIES, value] : COUNTRIES;
    return localizedOptions(locale, codes, regionName);
  }, [locale, value]);
  return (
    <select {...rest} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{emptyLabel}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
