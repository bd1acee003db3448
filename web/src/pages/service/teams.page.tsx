import { FormattedMessage, useIntl } from "react-intl";
import { useDocumentTitle } from "../../hooks/use-document-title";

// Placeholder until the page is built.
export function TeamsPage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: "nav.teams" }));
  return (
    <section className="page">
      <h1 tabIndex={-1}>
        <FormattedMessage id="nav.teams" />
      </h1>
    </section>
  );
}
