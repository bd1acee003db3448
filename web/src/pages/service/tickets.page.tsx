import { FormattedMessage, useIntl } from "react-intl";
import { useDocumentTitle } from "../../hooks/use-document-title";

// Placeholder until the page is built.
export function TicketsPage({ id }: { id: string | null }) {
  void id;
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: "nav.tickets" }));
  return (
    <section className="page">
      <h1 tabIndex={-1}>
        <FormattedMessage id="nav.tickets" />
      </h1>
    </section>
  );
}
