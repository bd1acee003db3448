import { useId, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { ReviewTheme } from "../../../api/reviews.api";
import { languageName } from "../../../i18n/intl-data";
import { RatingStars, ReviewText } from "./review-bits";

/** Themes, largest first; each opens to its keywords, languages and example reviews. */
export function ThemeList({ themes, onShowReviews }: { themes: ReviewTheme[]; onShowReviews: (theme: ReviewTheme) => void }) {
  return (
    <ul className="rv-themes">
      {themes.map((theme) => (
        <ThemeItem key={theme.id} theme={theme} onShowReviews={() => onShowReviews(theme)} />
      ))}
    </ul>
  );
}

function ThemeItem({ theme, onShowReviews }: { theme: ReviewTheme; onShowReviews: () => void }) {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const average = theme.averageRating;
  return (
    <li className="rv-theme">
      <h3 className="rv-theme__heading">
        <button type="button" className="rv-theme__toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
          <span className="rv-theme__chevron" aria-hidden="true" />
          <span className="rv-theme__label" dir="auto">
            {theme.label}
          </span>
          <span className="rv-theme__count">
            <FormattedMessage id="reviews.theme.count" values={{ count: theme.count }} />
          </span>
        </button>
      </h3>
      <div className="rv-theme__summary">
        <ul className="badge-list" aria-label={intl.formatMessage({ id: "reviews.theme.languages" })}>
          {theme.languages.map((l) => (
            <li key={l.language} className="badge badge--neutral" title={l.language}>
              <FormattedMessage id="reviews.theme.languageCount" values={{ language: languageName(intl.locale, l.language), count: l.count }} />
            </li>
          ))}
        </ul>
        {average !== null && (
          <span className="muted">
            <FormattedMessage id="reviews.theme.averageRating" values={{ rating: intl.formatNumber(average, { maximumFractionDigits: 1 }) }} />
          </span>
        )}
        {theme.kind === "emergent" && (
          <span className="badge badge--muted">
            <FormattedMessage id="reviews.theme.emergent" />
          </span>
        )}
      </div>
      <div id={panelId} className="rv-theme__panel" hidden={!open}>
        <p className="rv-theme__keywords">
          <FormattedMessage id="reviews.theme.keywords" />{" "}
          {theme.keywords.map((k) => (
            <span key={k.term} className="rv-chip" dir="auto">
              {k.term}
            </span>
          ))}
        </p>
        <SentimentSplit theme={theme} />
        <h4 className="rv-theme__subheading">
          <FormattedMessage id="reviews.theme.examples" />
        </h4>
        <ul className="rv-examples">
          {theme.examples.map((e) => (
            <li key={e.id} className="rv-example">
              <ReviewText text={e.text} language={e.language} translation={e.translation} />
              <div className="rv-example__meta">
                <RatingStars rating={e.rating} />
                <span className="muted">{e.source}</span>
                <time className="muted" dateTime={e.writtenAt}>
                  {intl.formatDate(e.writtenAt, { dateStyle: "medium" })}
                </time>
              </div>
            </li>
          ))}
        </ul>
        <button type="button" className="button button--small" onClick={onShowReviews}>
          <FormattedMessage id="reviews.theme.showAll" values={{ count: theme.count }} />
        </button>
      </div>
    </li>
  );
}

function SentimentSplit({ theme }: { theme: ReviewTheme }) {
  const { positive, neutral, negative } = theme.sentiment;
  return (
    <p className="rv-theme__sentiment">
      <FormattedMessage id="reviews.theme.sentiment" values={{ positive, neutral, negative }} />
    </p>
  );
}
