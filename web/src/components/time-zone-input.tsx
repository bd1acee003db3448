import { memo, useId } from "react";
import { allTimeZones } from "../i18n/intl-data";
import type { ControlProps } from "./form-field";

interface TimeZoneInputProps extends ControlProps {
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  disabled?: boolean;
  required?: boolean;
}

// Free text with IANA zone suggestions: the browser's list may lag the server's, so don't force a pick.
export function TimeZoneInput({ value, onChange, ...rest }: TimeZoneInputProps) {
  const listId = useId();
  return (
    <>
      <input
        {...rest}
        type="text"
        list={listId}
        autoComplete="off"
        spellCheck={false}
        dir="ltr"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <ZoneOptions id={listId} />
    </>
  );
}

// Hundreds of options: memoized so typing in the form does not re-render them.
const ZoneOptions = memo(function ZoneOptions({ id }: { id: string }) {
  return (
    <datalist id={id}>
      {allTimeZones().map((zone) => (
        <option key={zone} value={zone} />
      ))}
    </datalist>
  );
});
