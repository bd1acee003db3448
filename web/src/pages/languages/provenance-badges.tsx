import { FormattedMessage, useIntl } from "react-intl";
import type { Provenance } from "../../api/types";
import { engineLabel, languageLabel, percent } from "./language-labels";

// Where a translation came from, as badges a person can read: engine(s), pivot, memory match, approval.
export function ProvenanceBadges({ provenance }: { provenance: Provenance }) {
  const intl = useIntl();
  const fromMemory = provenance.tmMatch !== undefined;
  // A combined route is reported as "apertium+deepl"; "memory" is already said by the match badge.
  const engines = provenance.engine.split("+").filter((id) => id && !(fromMemory && id === "memory"));
  return (
    <ul className="badge-list" aria-label={intl.formatMessage({ id: "languages.provenance.label" })}>
      {engines.map((id) => (
        <li key={id} className={`badge ${id === "identity" ? "badge--neutral" : "badge--engine"}`}>
          {engineLabel(intl, id)}
        </li>
      ))}
      {provenance.pivot && (
        <li className="badge badge--pivot">
          <FormattedMessage id="languages.via" values={{ language: languageLabel(intl, provenance.pivot) }} />
        </li>
      )}
      {provenance.tmMatch === "exact" && (
        <li className="badge badge--memory">
          <FormattedMessage id="languages.provenance.tmExact" />
        </li>
      )}
      {provenance.tmMatch === "fuzzy" && (
        <li className="badge badge--memory">
          <FormattedMessage
            id="languages.provenance.tmFuzzy"
            values={{ score: provenance.score === null ? "" : percent(intl, provenance.score) }}
          />
        </li>
      )}
      {provenance.approved && (
        <li className="badge badge--success">
          <FormattedMessage id="languages.provenance.approved" />
        </li>
      )}
      {!fromMemory && provenance.engine !== "identity" && (
        <li className="badge badge--neutral">
          <FormattedMessage id="languages.provenance.machine" />
        </li>
      )}
    </ul>
  );
}
