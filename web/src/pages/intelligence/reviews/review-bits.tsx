import { useState } from "react";
import { FormattedMessage, type IntlShape, useIntl } from "react-intl";
import { languageName } from "../../../i18n/intl-data";
import { LanguageBadge, SentimentBadge } from "../../inbox/inbox-labels";

/**
 * Why a review is in no theme, in the UI language. The server's reasons are "not clustered: no translation
 * engine for <code>" and "not clustered: no language detected"; anything else is shown as sent.
 */
export function notClusteredText(intl: IntlShape, reason: string): string {
  const engine = /no translation engine for (\S+)$/.exec(reason);
  if (engine) return intl.formatMessage({ id: "reviews.notClustered.noEngine" }, { language: languageName(intl.locale, engine[1]!) });
  if (/no language detected$/.test(reason)) return intl.formatMessage({ id: "reviews.notClustered.noLanguage" });
  return reason;
}

/** Stars for people who look, "4 of 5" for screen readers. */
export function RatingStars({ rating }: { rating: number | null }) {
  const intl = useIntl();
  if (rating === null) {
    return (
      <span className="muted">
        <FormattedMessage id="reviews.rating.none" />
      </span>
    );
  }
  const label = intl.formatMessage({ id: "reviews.rating.label" }, { rating });
  return (
    <span className="rv-stars" role="img" aria-label={label} title={label}>
      {"★".repeat(rating)}
      <span className="rv-stars__off">{"★".repeat(5 - rating)}</span>
    </span>
  );
}

/**
 * A review's original text, switchable to its translation. The original is shown first: it is what the
 * customer wrote; `lang` lets screen readers pronounce it in its own language.
 */
export function ReviewText(props: {
  text: string;
  language: string | null;
  translation: { text: string; to: string } | null;
  /** Why there is no translation, when there is none. */
  note?: string | null;
  showTranslation?: boolean;
}) {
  const [translated, setTranslated] = useState(props.showTranslation ?? false);
  const shown = translated && props.translation ? props.translation : null;
  const lang = shown ? shown.to : props.language && props.language !== "und" ? props.language : undefined;
  return (
    <div className="rv-text">
      <p className="rv-text__body" lang={lang} dir="auto">
        {shown ? shown.text : props.text}
      </p>
      <div className="rv-text__meta">
        {props.language && props.language !== "und" && <LanguageBadge code={props.language} />}
        {props.translation ? (
          <button type="button" className="link-button" aria-pressed={translated} onClick={() => setTranslated((t) => !t)}>
            <FormattedMessage id={translated ? "reviews.showOriginal" : "reviews.showTranslation"} />
          </button>
        ) : (
          props.note && (
            <span className="muted rv-text__note">
              <FormattedMessage id="reviews.noTranslation" values={{ reason: props.note }} />
            </span>
          )
        )}
      </div>
    </div>
  );
}

export { SentimentBadge };
