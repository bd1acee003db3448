import { useRef, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { ImportRecord } from "../api/imports.api";
import { Link } from "../components/link";
import { useDocumentTitle } from "../hooks/use-document-title";
import { ImportForm } from "./imports/import-form";
import { ImportHelp } from "./imports/import-help";
import { ImportHistory } from "./imports/import-history";
import { ImportProgress } from "./imports/import-progress";

// Uploading CSV/JSON history, following the upload's progress, and the list of earlier imports.
export function ImportsPage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: "imports.title" }));
  const [current, setCurrent] = useState<ImportRecord | null>(null);
  const [focusKey, setFocusKey] = useState(0);
  const [refreshKey, setRefreshKey] = useState(0);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const refresh = () => setRefreshKey((n) => n + 1);

  // The new import's panel appears without taking focus: its progress is announced from a live region.
  const started = (record: ImportRecord) => {
    setCurrent(record);
    setFocusKey(0);
    refresh();
  };

  const select = (record: ImportRecord) => {
    setCurrent(record);
    setFocusKey((n) => n + 1);
  };

  const close = () => {
    setCurrent(null);
    titleRef.current?.focus();
  };

  return (
    <section className="page">
      <header className="page__header">
        <h1 ref={titleRef} tabIndex={-1}>
          <FormattedMessage id="imports.title" />
        </h1>
        <Link href="/inbox" className="back-link">
          <FormattedMessage id="conversation.back" />
        </Link>
      </header>
      <p className="muted page__intro">
        <FormattedMessage id="imports.intro" />
      </p>

      <section className="card" aria-labelledby="import-new-title">
        <h2 id="import-new-title" className="card__title">
          <FormattedMessage id="imports.form.title" />
        </h2>
        <div className="import-layout">
          <ImportForm onStarted={started} />
          <ImportHelp />
        </div>
      </section>

      {current && <ImportProgress key={current.id} initial={current} focusKey={focusKey} onSettled={refresh} onClose={close} />}

      <ImportHistory refreshKey={refreshKey} selectedId={current?.id ?? null} onSelect={select} />
    </section>
  );
}
