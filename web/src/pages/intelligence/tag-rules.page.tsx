import { FormattedMessage, useIntl } from "react-intl";
import { useDocumentTitle } from "../../hooks/use-document-title";

// Placeholder until the page is built.
export function TagRulesPage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: "nav.tags" }));
  return (
    <section className="page">
      <h1 tabIndex={-1}>
        <FormattedMessage id="nav.tags" />
      </h1>
    </section>
  );
}
