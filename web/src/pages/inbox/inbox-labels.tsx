import { FormattedMessage, type IntlShape, useIntl } from "react-intl";
import type { MessageId } from "../../i18n/messages";
import { languageLabel } from "../languages/language-labels";

// Brand names stay as their owners write them; Mundo's own channel kinds are translated.
const CHANNEL_BRANDS: Record<string, string> = { facebook: "Facebook", instagram: "Instagram", whatsapp: "WhatsApp" };
const CHANNEL_IDS: Record<string, MessageId> = {
  email: "inbox.channel.email",
  chat: "inbox.channel.chat",
  api: "inbox.channel.api",
  social: "inbox.channel.social",
  sms: "inbox.channel.sms",
  call: "inbox.channel.call",
  import: "inbox.channel.import",
};

export function channelLabel(intl: IntlShape, channel: string): string {
  const id = CHANNEL_IDS[channel];
  return id ? intl.formatMessage({ id }) : (CHANNEL_BRANDS[channel] ?? channel);
}

// 24×24 outline paths; the label next to the icon carries the meaning.
const ICON_PATHS: Record<string, string> = {
  email: "M3 6h18v12H3zM3 6l9 7 9-7",
  chat: "M4 5h16v11H9l-5 4z",
  api: "M8 7l-5 5 5 5M16 7l5 5-5 5",
  sms: "M6 3h12v18H6zM10 18h4",
  call: "M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2z",
  import: "M12 3v12M7 10l5 5 5-5M4 21h16",
  whatsapp: "M4 20l1.5-4.5A8 8 0 1 1 8.5 18.5zM9 9c0 3 3 6 6 6",
  facebook: "M14 8h3V4h-3a4 4 0 0 0-4 4v3H7v4h3v6h4v-6h3l1-4h-4V8z",
  instagram: "M4 4h16v16H4zM12 8.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7zM17 7h.01",
  social: "M7 12a2.5 2.5 0 1 1-5 0 2.5 2.5 0 0 1 5 0zM22 6a2.5 2.5 0 1 1-5 0 2.5 2.5 0 0 1 5 0zM22 18a2.5 2.5 0 1 1-5 0 2.5 2.5 0 0 1 5 0zM6.5 11l11-4M6.5 13l11 4",
};
const GENERIC_ICON = "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z";

export function ChannelTag({ channel, iconOnly = false }: { channel: string; iconOnly?: boolean }) {
  const intl = useIntl();
  const label = channelLabel(intl, channel);
  return (
    <span className="channel-tag" title={iconOnly ? label : undefined}>
      <svg aria-hidden="true" className="channel-tag__icon" viewBox="0 0 24 24" width="16" height="16">
        <path d={ICON_PATHS[channel] ?? GENERIC_ICON} />
      </svg>
      <span className={iconOnly ? "visually-hidden" : undefined}>{label}</span>
    </span>
  );
}

const SENTIMENT_IDS: Record<string, MessageId> = {
  positive: "languages.sentiment.positive",
  neutral: "languages.sentiment.neutral",
  negative: "languages.sentiment.negative",
  unknown: "languages.sentiment.unknown",
};

export function sentimentLabel(intl: IntlShape, label: string): string {
  return intl.formatMessage({ id: SENTIMENT_IDS[label] ?? "languages.sentiment.unknown" });
}

const sentimentKind = (label: string): string => (label in SENTIMENT_IDS ? label : "unknown");

/** A coloured dot with its meaning for screen readers and on hover. */
export function SentimentDot({ label }: { label: string }) {
  const intl = useIntl();
  const text = intl.formatMessage({ id: "inbox.row.sentiment" }, { label: sentimentLabel(intl, label) });
  return (
    <span className={`sentiment-dot sentiment-dot--${sentimentKind(label)}`} title={text}>
      <span className="visually-hidden">{text}</span>
    </span>
  );
}

export function SentimentBadge({ label }: { label: string }) {
  const intl = useIntl();
  return (
    <span className={`badge sentiment-badge sentiment-badge--${sentimentKind(label)}`}>
      <span className={`sentiment-dot sentiment-dot--${sentimentKind(label)}`} aria-hidden="true" />
      <FormattedMessage id="inbox.row.sentiment" values={{ label: sentimentLabel(intl, label) }} />
    </span>
  );
}

export function LanguageBadge({ code, prefix }: { code: string; prefix?: MessageId }) {
  const intl = useIntl();
  const name = languageLabel(intl, code);
  return (
    <span className="badge badge--neutral" title={code}>
      {prefix ? intl.formatMessage({ id: prefix }, { language: name }) : name}
    </span>
  );
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 86_400],
  ["month", 30 * 86_400],
  ["week", 7 * 86_400],
  ["day", 86_400],
  ["hour", 3600],
  ["minute", 60],
];

export function RelativeTime({ iso, now }: { iso: string; now: Date }) {
  const intl = useIntl();
  const seconds = Math.round((new Date(iso).getTime() - now.getTime()) / 1000);
  const unit = UNITS.find(([, size]) => Math.abs(seconds) >= size);
  const text = unit
    ? intl.formatRelativeTime(Math.round(seconds / unit[1]), unit[0], { numeric: "auto" })
    : intl.formatRelativeTime(0, "second", { numeric: "auto" });
  return (
    <time dateTime={iso} title={intl.formatDate(iso, { dateStyle: "full", timeStyle: "short" })}>
      {text}
    </time>
  );
}
