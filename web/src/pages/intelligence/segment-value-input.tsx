import { type ReactNode, useMemo } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { CountrySelect } from "../../components/country-select";
import { LanguageSelect } from "../../components/language-select";
import { COMMON_LANGUAGES, languageName, regionName } from "../../i18n/intl-data";
import type { MessageId } from "../../i18n/messages";
import { channelLabel, sentimentLabel } from "../inbox/inbox-labels";
import { CHANNEL_OPTIONS, REGION_IDS, type ValueKind } from "./segment-filter-model";

export interface Choice {
  value: string;
  label: string;
}

interface ValueInputProps {
  kind: ValueKind;
  value: unknown;
  onChange: (value: unknown) => void;
  companies: Choice[];
  currency: string;
  // Accessible name of the value, e.g. "Value of condition 2".
  label: string;
}

const CONSENT_IDS: Record<string, MessageId> = { email: "customer.consent.email", sms: "customer.consent.sms", phone: "customer.consent.phone" };
const asString = (v: unknown) => (typeof v === "string" ? v : "");
const asList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
const asPair = <T,>(v: unknown, fallback: [T, T]): [T, T] => (Array.isArray(v) && v.length === 2 ? (v as [T, T]) : fallback);
const toNumber = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));

/** The value editor that fits a field and operator: selects, chips for lists, dates, numbers. */
export function ValueInput({ kind, value, onChange, companies, currency, label }: ValueInputProps) {
  const intl = useIntl();
  const regions = useMemo(() => REGION_IDS.map((id) => ({ value: id, label: intl.formatMessage({ id: `segments.region.${id}` as MessageId }) })), [intl]);
  const channels = useMemo(() => CHANNEL_OPTIONS.map((c) => ({ value: c, label: channelLabel(intl, c) })), [intl]);
  const languages = useMemo(() => COMMON_LANGUAGES.map((c) => ({ value: c, label: `${languageName(intl.locale, c)} (${c})` })), [intl.locale]);
  const number = (v: unknown, onValue: (n: number) => void, aria: string, step = "1") => (
    <input type="number" className="segment-rule__number" min={0} step={step} aria-label={aria} value={Number.isFinite(v) ? String(v) : ""} onChange={(e) => onValue(toNumber(e.target.value))} />
  );
  const range = (step: string) => {
    const [a, b] = asPair<number>(value, [0, 0]);
    return (
      <span className="segment-rule__range">
        {number(a, (n) => onChange([n, b]), intl.formatMessage({ id: "segments.value.from" }, { label }), step)}
        <FormattedMessage id="segments.value.and" />
        {number(b, (n) => onChange([a, n]), intl.formatMessage({ id: "segments.value.to" }, { label }), step)}
      </span>
    );
  };

  switch (kind) {
    case "none":
      return null;
    case "country":
      return <CountrySelect name="value" aria-label={label} emptyLabel={intl.formatMessage({ id: "segments.value.choose" })} value={asString(value)} onChange={onChange} />;
    case "countries":
      return (
        <Chips values={asList(value)} onChange={onChange} label={label} name={(c) => regionName(intl.locale, c)}>
          {(add) => <CountrySelect name="value-add" aria-label={intl.formatMessage({ id: "segments.value.add" }, { label })} emptyLabel={intl.formatMessage({ id: "segments.value.addOne" })} value="" onChange={add} />}
        </Chips>
      );
    case "language":
      return <LanguageSelect name="value" aria-label={label} codes={COMMON_LANGUAGES} emptyLabel={intl.formatMessage({ id: "segments.value.choose" })} value={asString(value)} onChange={onChange} />;
    case "languages":
      return <ChoiceChips value={value} onChange={onChange} label={label} choices={languages} />;
    case "region":
      return <ChoiceSelect value={asString(value)} onChange={onChange} label={label} choices={regions} />;
    case "regions":
      return <ChoiceChips value={value} onChange={onChange} label={label} choices={regions} />;
    case "company":
      return <ChoiceSelect value={asString(value)} onChange={onChange} label={label} choices={companies} placeholder />;
    case "companies":
      return <ChoiceChips value={value} onChange={onChange} label={label} choices={companies} />;
    case "channel":
      return <ChoiceSelect value={asString(value)} onChange={onChange} label={label} choices={channels} />;
    case "channels":
      return <ChoiceChips value={value} onChange={onChange} label={label} choices={channels} />;
    case "sentiment":
      return <ChoiceSelect value={asString(value)} onChange={onChange} label={label} choices={["negative", "neutral", "positive"].map((s) => ({ value: s, label: sentimentLabel(intl, s) }))} />;
    case "consent":
      return <ChoiceSelect value={asString(value)} onChange={onChange} label={label} choices={Object.entries(CONSENT_IDS).map(([v, id]) => ({ value: v, label: intl.formatMessage({ id }) }))} />;
    case "date":
      return <input type="date" aria-label={label} value={asString(value)} onChange={(e) => onChange(e.target.value)} />;
    case "dateRange": {
      const [from, to] = asPair<string>(value, ["", ""]);
      return (
        <span className="segment-rule__range">
          <input type="date" aria-label={intl.formatMessage({ id: "segments.value.from" }, { label })} value={from} onChange={(e) => onChange([e.target.value, to])} />
          <FormattedMessage id="segments.value.and" />
          <input type="date" aria-label={intl.formatMessage({ id: "segments.value.to" }, { label })} value={to} onChange={(e) => onChange([from, e.target.value])} />
        </span>
      );
    }
    case "days":
      return (
        <span className="segment-rule__range">
          {number(value, onChange, label)}
          <FormattedMessage id="segments.value.daysUnit" />
        </span>
      );
    case "integer":
      return number(value, onChange, label);
    case "integerRange":
      return range("1");
    case "money":
      return (
        <span className="segment-rule__range">
          {number(value, onChange, label, "0.01")}
          <bdi>{currency}</bdi>
        </span>
      );
    case "moneyRange":
      return (
        <span className="segment-rule__range">
          {range("0.01")}
          <bdi>{currency}</bdi>
        </span>
      );
    default:
      return <input type="text" className="segment-rule__text" dir="auto" aria-label={label} value={asString(value)} maxLength={100} onChange={(e) => onChange(e.target.value)} />;
  }
}

function ChoiceSelect({ value, onChange, label, choices, placeholder }: { value: string; onChange: (v: string) => void; label: string; choices: Choice[]; placeholder?: boolean }) {
  const intl = useIntl();
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      {(placeholder || !choices.some((c) => c.value === value)) && <option value="">{intl.formatMessage({ id: "segments.value.choose" })}</option>}
      {choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </select>
  );
}

function ChoiceChips({ value, onChange, label, choices }: { value: unknown; onChange: (v: string[]) => void; label: string; choices: Choice[] }) {
  const intl = useIntl();
  const values = asList(value);
  const name = (v: string) => choices.find((c) => c.value === v)?.label ?? v;
  return (
    <Chips values={values} onChange={onChange} label={label} name={name}>
      {(add) => (
        <select aria-label={intl.formatMessage({ id: "segments.value.add" }, { label })} value="" onChange={(e) => add(e.target.value)}>
          <option value="">{intl.formatMessage({ id: "segments.value.addOne" })}</option>
          {choices
            .filter((c) => !values.includes(c.value))
            .map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
        </select>
      )}
    </Chips>
  );
}

// Selected values as removable chips, then the control that adds one more.
function Chips(props: { values: string[]; onChange: (v: string[]) => void; label: string; name: (v: string) => string; children: (add: (v: string) => void) => ReactNode }) {
  const intl = useIntl();
  const { values, onChange, name } = props;
  const add = (v: string) => {
    if (v && !values.includes(v)) onChange([...values, v]);
  };
  return (
    <span className="segment-chips" role="group" aria-label={props.label}>
      {values.map((v) => (
        <span key={v} className="segment-chip">
          <bdi>{name(v)}</bdi>
          <button type="button" className="segment-chip__remove" aria-label={intl.formatMessage({ id: "segments.value.remove" }, { value: name(v) })} onClick={() => onChange(values.filter((x) => x !== v))}>
            ×
          </button>
        </span>
      ))}
      {props.children(add)}
    </span>
  );
}
