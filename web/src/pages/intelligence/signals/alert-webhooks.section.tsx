import { type FormEvent, useCallback, useState } from "react";
import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import {
  type AlertWebhook,
  createAlertWebhook,
  deleteAlertWebhook,
  listAlertWebhooks,
  testAlertWebhook,
  updateAlertWebhook,
} from "../../../api/alerts.api";
import { ErrorAlert } from "../../../components/error-alert";
import { ListStatus } from "../../../components/list-status";
import { useAbortableLoad } from "../../../hooks/use-abortable-load";
import { AlertDeliveries } from "./alert-deliveries";
import { DeliveryStatusBadge } from "./delivery-status";

type TestResult = { id: string; ok: boolean; responseCode: number | null; error: string | null };

/** Outbound webhooks: add (the secret is shown once), test, switch off, delete; and the delivery log. */
export function AlertWebhooksSection() {
  const intl = useIntl();
  const [nonce, setNonce] = useState(0);
  const reload = useCallback(() => setNonce((n) => n + 1), []);
  const { result, loading, error, setError } = useAbortableLoad((signal) => listAlertWebhooks(signal), [nonce]);
  const [url, setUrl] = useState("");
  const [secret, setSecret] = useState("");
  const [description, setDescription] = useState("");
  const [created, setCreated] = useState<{ url: string; secret: string } | null>(null);
  const [tested, setTested] = useState<TestResult | null>(null);
  const [busy, setBusy] = useState(false);

  const act = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      reload();
    } catch (err) {
      setError(err);
    }
  };

  const add = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    await act(async () => {
      const hook = await createAlertWebhook({ url: url.trim(), secret: secret || undefined, description: description.trim() || null });
      setCreated({ url: hook.url, secret: hook.secret });
      setUrl("");
      setSecret("");
      setDescription("");
    });
    setBusy(false);
  };

  const remove = (hook: AlertWebhook) => {
    if (!window.confirm(intl.formatMessage({ id: "alerts.webhooks.deleteConfirm" }, { url: hook.url }))) return;
    void act(() => deleteAlertWebhook(hook.id));
  };

  const test = (hook: AlertWebhook) =>
    void act(async () => {
      setTested(null);
      setTested({ id: hook.id, ...(await testAlertWebhook(hook.id)) });
    });

  return (
    <section className="card" aria-labelledby="alert-webhooks-title">
      <h2 id="alert-webhooks-title" className="card__title">
        <FormattedMessage id="alerts.webhooks.title" />
      </h2>
      <p className="muted card__intro">
        <FormattedMessage id="alerts.webhooks.intro" values={{ code: (chunks) => <code>{chunks}</code> }} />
      </p>
      <ErrorAlert error={error} />
      {created && (
        <div className="token-reveal" role="status">
          <p>
            <FormattedMessage id="alerts.webhooks.secretOnce" values={{ url: <bdi>{created.url}</bdi> }} />
          </p>
          <div className="token-reveal__row">
            <input type="text" readOnly dir="ltr" aria-label={intl.formatMessage({ id: "alerts.webhooks.secret" })} value={created.secret} onFocus={(e) => e.target.select()} />
            <button type="button" className="button button--small" onClick={() => setCreated(null)}>
              <FormattedMessage id="alerts.webhooks.secretDone" />
            </button>
          </div>
        </div>
      )}
      <ListStatus items={result?.items} loading={loading} emptyId="alerts.webhooks.empty">
        {(hooks) => (
          <ul className="rule-list">
            {hooks.map((hook) => (
              <li key={hook.id} className="rule-list__item">
                <label className="checkbox">
                  <input type="checkbox" checked={hook.enabled} onChange={(e) => void act(() => updateAlertWebhook(hook.id, { enabled: e.target.checked }))} />
                  <span>
                    <strong className="webhook-url" dir="ltr">
                      {hook.url}
                    </strong>
                    <span className="table__sub">
                      {hook.description && <bdi>{hook.description} · </bdi>}
                      <FormattedMessage id="alerts.webhooks.secretHint" values={{ hint: hook.secretHint }} />
                      {hook.lastDelivery && (
                        <>
                          {" · "}
                          <DeliveryStatusBadge status={hook.lastDelivery.status} />{" "}
                          <FormattedDate value={hook.lastDelivery.at} dateStyle="short" timeStyle="short" />
                        </>
                      )}
                    </span>
                    {tested?.id === hook.id && (
                      <span className={`table__sub ${tested.ok ? "text-success" : "text-danger"}`} role="status">
                        {tested.ok ? (
                          <FormattedMessage id="alerts.webhooks.testOk" values={{ code: tested.responseCode ?? 0 }} />
                        ) : (
                          <FormattedMessage id="alerts.webhooks.testFailed" values={{ error: tested.error ?? "" }} />
                        )}
                      </span>
                    )}
                  </span>
                </label>
                <span className="card__tools">
                  <button type="button" className="button button--small" onClick={() => test(hook)}>
                    <FormattedMessage id="alerts.webhooks.test" />
                  </button>
                  <button type="button" className="button button--small button--danger" onClick={() => remove(hook)}>
                    <FormattedMessage id="common.delete" />
                  </button>
                </span>
              </li>
            ))}
          </ul>
        )}
      </ListStatus>
      <form className="subpanel form" onSubmit={(e) => void add(e)} aria-labelledby="alert-webhook-add-title">
        <h3 id="alert-webhook-add-title" className="card__subtitle">
          <FormattedMessage id="alerts.webhooks.addTitle" />
        </h3>
        <label className="field">
          <span className="field__label">
            <FormattedMessage id="alerts.webhooks.url" />
          </span>
          <input type="url" name="webhook-url" dir="ltr" required placeholder="https://hooks.example.com/mundo" value={url} onChange={(e) => setUrl(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">
            <FormattedMessage id="alerts.webhooks.secretOptional" />
          </span>
          <input type="password" name="webhook-secret" dir="ltr" minLength={16} autoComplete="new-password" value={secret} onChange={(e) => setSecret(e.target.value)} />
          <span className="field__hint">
            <FormattedMessage id="alerts.webhooks.secretHintField" />
          </span>
        </label>
        <label className="field">
          <span className="field__label">
            <FormattedMessage id="alerts.webhooks.description" />
          </span>
          <input type="text" name="webhook-description" dir="auto" maxLength={200} value={description} onChange={(e) => setDescription(e.target.value)} />
        </label>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            <FormattedMessage id="alerts.webhooks.add" />
          </button>
        </div>
      </form>
      <AlertDeliveries refreshKey={nonce} />
    </section>
  );
}
