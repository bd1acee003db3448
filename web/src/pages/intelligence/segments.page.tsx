import { FormattedMessage, useIntl } from "react-intl";
import { useDocumentTitle } from "../../hooks/use-document-title";

// Placeholder until the page is built.
export function SegmentsPage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: "nav.segments" }));
  return (
    <section className="page">
      <h1 tabIndex={-1}>
        <FormattedMessage id="nav.segments" />
      </h1>
    </section>
  );
}
