import { FormattedMessage, useIntl } from "react-intl";
import { useDocumentTitle } from "../../hooks/use-document-title";

// Placeholder until the page is built.
export function ServiceDashboardPage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: "nav.service" }));
  return (
    <section className="page">
      <h1 tabIndex={-1}>
        <FormattedMessage id="nav.service" />
      </h1>
    </section>
  );
}
