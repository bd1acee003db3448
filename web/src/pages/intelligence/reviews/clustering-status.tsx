import { FormattedMessage, useIntl } from "react-intl";
import type { ClusteringStatus } from "../../../api/reviews.api";
import { languageName } from "../../../i18n/intl-data";
import { notClusteredText } from "./review-bits";

/** How far analysis and clustering are: a progress bar while reviews wait, then what stayed out of themes. */
export function ClusteringStatusPanel({ status }: { status: ClusteringStatus }) {
  const intl = useIntl();
  const analysed = status.reviews - status.pending;
  return (
    <div className="rv-status">
      <p className="rv-status__line" aria-live="polite">
        {status.upToDate ? (
          <FormattedMessage
            id="reviews.status.upToDate"
            values={{ reviews: status.reviews, themed: status.themed, language: languageName(intl.locale, status.workingLanguage) }}
          />
        ) : (
          <FormattedMessage id="reviews.status.working" values={{ analysed, reviews: status.reviews }} />
        )}
      </p>
      {!status.upToDate && status.reviews > 0 && (
        <progress className="rv-progress" max={status.reviews} value={analysed} aria-label={intl.formatMessage({ id: "reviews.status.progress" })} />
      )}
      {(status.notClustered.length > 0 || status.unthemed > 0 || status.failed > 0) && (
        <ul className="rv-status__notes">
          {status.notClustered.map((n) => (
            <li key={n.reason}>
              <FormattedMessage id="reviews.status.reason" values={{ count: n.count, reason: notClusteredText(intl, n.reason) }} />
            </li>
          ))}
          {status.unthemed > 0 && (
            <li>
              <FormattedMessage id="reviews.status.unthemed" values={{ count: status.unthemed }} />
            </li>
          )}
          {status.failed > 0 && (
            <li className="rv-status__failed">
              <FormattedMessage id="reviews.status.failed" values={{ count: status.failed }} />
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
