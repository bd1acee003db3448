import { FormattedMessage, useIntl } from "react-intl";
import { groupPairs, type ReachablePair } from "./language-pairs";
import { languageLabel } from "./language-labels";

// Compact "from → to, to, to (via X)" list, one line per source language.
export function PairList({ pairs, label }: { pairs: readonly ReachablePair[]; label: string }) {
  const intl = useIntl();
  const name = (code: string) => languageLabel(intl, code);
  const groups = groupPairs(pairs, name, intl.locale);
  return (
    <ul className="pair-list" aria-label={label}>
      {groups.map((group) => (
        <li key={group.from} className="pair-list__group">
          <span className="pair-list__from">
            {name(group.from)}
            <PairArrow />
          </span>
          <ul className="pair-list__targets">
            {group.targets.map((pair) => (
              <li key={pair.to} className={`chip${pair.via ? " chip--pivot" : ""}`} title={`${pair.from} → ${pair.to}`}>
                {name(pair.to)}
                {pair.via && (
                  <span className="chip__note">
                    <FormattedMessage id="languages.via" values={{ language: name(pair.via) }} />
                  </span>
                )}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

// "→" drawn towards the reading direction (mirrored in right-to-left layouts), read aloud as "into".
export function PairArrow() {
  return (
    <>
      <span className="pair-arrow" aria-hidden="true">
        →
      </span>
      <span className="visually-hidden">
        {" "}
        <FormattedMessage id="languages.pairs.into" />{" "}
      </span>
    </>
  );
}
