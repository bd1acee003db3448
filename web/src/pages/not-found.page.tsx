import { FormattedMessage, useIntl } from "react-intl";
import { Link } from "../components/link";
import { useDocumentTitle } from "../hooks/use-document-title";

export function NotFoundPage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: "notFound.title" }));
  return (
    <section className="page">
      <h1 tabIndex={-1}>
        <FormattedMessage id="notFound.title" />
      </h1>
      <p>
        <Link href="/customers">
          <FormattedMessage id="notFound.back" />
        </Link>
      </p>
    </section>
  );
}
