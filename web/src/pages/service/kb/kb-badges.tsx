import { FormattedMessage, useIntl } from "react-intl";
import type { KbKind, KbOrigin, KbStatus } from "../../../api/kb.api";
import { languageName } from "../../../i18n/intl-data";

interface BadgeVersion {
  language: string;
  kind: KbKind;
  origin: KbOrigin;
  status: KbStatus;
}

/** One version as a compact badge: language code, PDF, machine translation, draft — fully named for screen readers. */
export function VersionBadge({ version }: { version: BadgeVersion }) {
  const intl = useIntl();
  const label = intl.formatMessage(
    { id: "kb.badge.label" },
    {
      language: languageName(intl.locale, version.language),
      kind: intl.formatMessage({ id: version.kind === "pdf" ? "kb.kind.pdf" : "kb.kind.text" }),
      origin: intl.formatMessage({ id: version.origin === "machine" ? "kb.origin.machine" : "kb.origin.human" }),
      status: intl.formatMessage({ id: version.status === "published" ? "kb.status.published" : "kb.status.draft" }),
    },
  );
  const classes = ["kb-badge", `kb-badge--${version.kind}`, version.origin === "machine" ? "kb-badge--machine" : "", version.status === "draft" ? "kb-badge--draft" : ""];
  return (
    <span className={classes.filter(Boolean).join(" ")} title={label} aria-label={label} role="img">
      <span className="kb-badge__lang">{version.language}</span>
      {version.kind === "pdf" && (
        <span className="kb-badge__part">
          <FormattedMessage id="kb.kind.pdf" />
        </span>
      )}
      {version.origin === "machine" && (
        <span className="kb-badge__part">
          <FormattedMessage id="kb.badge.machine" />
        </span>
      )}
      {version.status === "draft" && (
        <span className="kb-badge__part">
          <FormattedMessage id="kb.badge.draft" />
        </span>
      )}
    </span>
  );
}

export function VersionBadges({ versions }: { versions: readonly BadgeVersion[] }) {
  return (
    <span className="kb-badges">
      {versions.map((v) => (
        <VersionBadge key={`${v.language}-${v.kind}`} version={v} />
      ))}
    </span>
  );
}
