import { FormattedMessage, useIntl } from "react-intl";
import { useDocumentTitle } from "../../hooks/use-document-title";

// Placeholder until the page is built.
export function CustomerProfilePage({ id }: { id: string }) {
  void id;
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: "nav.customers" }));
  return (
    <section className="page">
      <h1 tabIndex={-1}>
        <FormattedMessage id="nav.customers" />
      </h1>
    </section>
  );
}
