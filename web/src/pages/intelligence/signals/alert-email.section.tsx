import { type FormEvent, useEffect, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { getAlertSettings, updateAlertSettings } from "../../../api/alerts.api";
import { ErrorAlert, StatusNotice } from "../../../components/error-alert";
import { Link } from "../../../components/link";
import { useAbortableLoad } from "../../../hooks/use-abortable-load";

/** Who gets alert emails; links in them use the workspace's public address (Settings). */
export function AlertEmailSection() {
  const intl = useIntl();
  const { result, loading, error, setError, setResult } = useAbortableLoad((signal) => getAlertSettings(signal), []);
  const [recipients, setRecipients] = useState("");
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!result) return;
    setRecipients(result.emailRecipients.join("\n"));
  }, [result]);

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setSaved(false);
    setError(null);
    try {
      const emails = recipients.split(/[\s,;]+/).map((e) => e.trim()).filter(Boolean);
      setResult(await updateAlertSettings({ emailRecipients: emails }));
      setSaved(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="alert-email-title" aria-busy={loading}>
      <h2 id="alert-email-title" className="card__title">
        <FormattedMessage id="alerts.email.title" />
      </h2>
      {result && !result.mailerConfigured && (
        <p className="alert alert--warning">
          <FormattedMessage id="alerts.email.noRelay" />
        </p>
      )}
      {saved && (
        <StatusNotice>
          <FormattedMessage id="alerts.email.saved" />
        </StatusNotice>
      )}
      <ErrorAlert error={error} />
      <form className="form" onSubmit={(e) => void save(e)}>
        <label className="field">
          <span className="field__label">
            <FormattedMessage id="alerts.email.recipients" />
          </span>
          <textarea name="recipients" rows={3} dir="ltr" value={recipients} onChange={(e) => setRecipients(e.target.value)} placeholder="leads@example.com" />
          <span className="field__hint">
            <FormattedMessage id="alerts.email.recipientsHint" />
          </span>
        </label>
        <p className="field__hint">
          <FormattedMessage id="alerts.email.publicUrl" />: <bdi dir="ltr">{result?.publicUrl ?? window.location.origin}</bdi> —{" "}
          <FormattedMessage id="alerts.email.publicUrlHint" /> <Link href="/settings">{intl.formatMessage({ id: "nav.settings" })}</Link>
        </p>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={busy || !result}>
            {intl.formatMessage({ id: busy ? "common.saving" : "common.save" })}
          </button>
        </div>
      </form>
    </section>
  );
}
