import { type FormEvent, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { previewRouting, type Routing } from "../../../api/tickets.api";
import { ErrorAlert } from "../../../components/error-alert";
import { LanguageSelect } from "../../../components/language-select";
import { COMMON_LANGUAGES } from "../../../i18n/intl-data";
import { RoutingReason } from "../tickets/routing-reason";

/** "Where would a ticket in Arabic go right now?" — the router's answer without creating anything. */
export function RoutingTester() {
  const intl = useIntl();
  const [language, setLanguage] = useState("ar");
  const [result, setResult] = useState<Routing | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setResult(await previewRouting({ language }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="routing-tester-title">
      <h2 id="routing-tester-title" className="card__title">
        <FormattedMessage id="teams.tester.title" />
      </h2>
      <form className="form form--inline" onSubmit={submit} aria-busy={busy}>
        <label className="field">
          <span className="field__label">
            <FormattedMessage id="teams.tester.language" />
          </span>
          <LanguageSelect name="testLanguage" codes={COMMON_LANGUAGES} value={language} onChange={setLanguage} />
        </label>
        <div className="form__actions">
          <button type="submit" className="button" disabled={busy}>
            <FormattedMessage id="teams.tester.run" />
          </button>
        </div>
      </form>
      <ErrorAlert error={error} />
      {result && (
        <div aria-live="polite">
          <RoutingReason routing={result} />
        </div>
      )}
      <p className="muted">{intl.formatMessage({ id: "teams.tester.note" })}</p>
    </section>
  );
}
