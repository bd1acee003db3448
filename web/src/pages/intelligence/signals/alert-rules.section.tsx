import { type FormEvent, useCallback, useState } from "react";
import { FormattedMessage, FormattedNumber, useIntl } from "react-intl";
import { type AlertRule, createAlertRule, deleteAlertRule, listAlertRules, updateAlertRule } from "../../../api/alerts.api";
import { ErrorAlert, StatusNotice } from "../../../components/error-alert";
import { LanguageSelect } from "../../../components/language-select";
import { ListStatus } from "../../../components/list-status";
import { useAbortableLoad } from "../../../hooks/use-abortable-load";
import { COMMON_LANGUAGES, languageName } from "../../../i18n/intl-data";
import type { MessageId } from "../../../i18n/messages";

function RuleSummary({ rule }: { rule: AlertRule }) {
  const intl = useIntl();
  if (rule.kind === "negative-streak") {
    return (
      <FormattedMessage
        id="alerts.rules.streakSummary"
        values={{ count: rule.minCount ?? 0, days: rule.windowDays ?? 0, tag: <bdi>{rule.tag}</bdi> }}
      />
    );
  }
  if (rule.language) return <FormattedMessage id="alerts.rules.languageSummary" values={{ language: languageName(intl.locale, rule.language) }} />;
  return <FormattedMessage id="alerts.rules.defaultSummary" />;
}

/** Alert rules: switch any on or off, add "negative in language X" and "N negatives from tag X within D days". */
export function AlertRulesSection() {
  const intl = useIntl();
  const [nonce, setNonce] = useState(0);
  const reload = useCallback(() => setNonce((n) => n + 1), []);
  const { result, loading, error, setError } = useAbortableLoad((signal) => listAlertRules(signal), [nonce]);
  const [notice, setNotice] = useState<MessageId | null>(null);
  const [kind, setKind] = useState<"negative-message" | "negative-streak">("negative-message");
  const [language, setLanguage] = useState("");
  const [tag, setTag] = useState("");
  const [minCount, setMinCount] = useState(3);
  const [windowDays, setWindowDays] = useState(7);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<unknown>, done: MessageId) => {
    setError(null);
    setNotice(null);
    try {
      await action();
      setNotice(done);
      reload();
    } catch (err) {
      setError(err);
    }
  };

  const add = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    await run(
      () =>
        kind === "negative-message"
          ? createAlertRule({ kind, language: language || null })
          : createAlertRule({ kind, tag: tag.trim(), minCount, windowDays }),
      "alerts.rules.added",
    );
    setBusy(false);
  };

  const remove = (rule: AlertRule) => {
    if (!window.confirm(intl.formatMessage({ id: "alerts.rules.deleteConfirm" }, { name: rule.name }))) return;
    void run(() => deleteAlertRule(rule.id), "alerts.rules.deleted");
  };

  return (
    <section className="card" aria-labelledby="alert-rules-title">
      <h2 id="alert-rules-title" className="card__title">
        <FormattedMessage id="alerts.rules.title" />
      </h2>
      <p className="muted card__intro">
        <FormattedMessage id="alerts.rules.intro" />
      </p>
      {notice && (
        <StatusNotice>
          <FormattedMessage id={notice} />
        </StatusNotice>
      )}
      <ErrorAlert error={error} />
      <ListStatus items={result?.items} loading={loading} emptyId="alerts.rules.empty">
        {(rules) => (
          <ul className="rule-list">
            {rules.map((rule) => (
              <li key={rule.id} className="rule-list__item">
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={rule.enabled}
                    onChange={(e) => void run(() => updateAlertRule(rule.id, { enabled: e.target.checked }), "alerts.rules.saved")}
                  />
                  <span>
                    <strong>
                      <RuleSummary rule={rule} />
                    </strong>
                    <span className="table__sub">
                      <FormattedMessage
                        id="alerts.rules.threshold"
                        values={{ threshold: <FormattedNumber value={rule.threshold} maximumFractionDigits={2} /> }}
                      />
                      {rule.key && (
                        <>
                          {" · "}
                          <FormattedMessage id="alerts.rules.builtin" />
                        </>
                      )}
                    </span>
                  </span>
                </label>
                {!rule.key && (
                  <button type="button" className="button button--small button--danger" onClick={() => remove(rule)}>
                    <FormattedMessage id="common.delete" />
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </ListStatus>
      <form className="subpanel form" onSubmit={(e) => void add(e)} aria-labelledby="alert-rule-add-title">
        <h3 id="alert-rule-add-title" className="card__subtitle">
          <FormattedMessage id="alerts.rules.addTitle" />
        </h3>
        <fieldset className="fieldset-plain rule-kind">
          <legend className="visually-hidden">
            <FormattedMessage id="alerts.rules.kind" />
          </legend>
          <label className="checkbox">
            <input type="radio" name="rule-kind" checked={kind === "negative-message"} onChange={() => setKind("negative-message")} />
            <FormattedMessage id="alerts.rules.kindLanguage" />
          </label>
          <label className="checkbox">
            <input type="radio" name="rule-kind" checked={kind === "negative-streak"} onChange={() => setKind("negative-streak")} />
            <FormattedMessage id="alerts.rules.kindStreak" />
          </label>
        </fieldset>
        {kind === "negative-message" ? (
          <label className="field">
            <span className="field__label">
              <FormattedMessage id="alerts.rules.language" />
            </span>
            <LanguageSelect
              name="rule-language"
              codes={COMMON_LANGUAGES}
              value={language}
              onChange={setLanguage}
              required
              emptyLabel={intl.formatMessage({ id: "concepts.terms.chooseLanguage" })}
            />
          </label>
        ) : (
          <div className="form--inline rule-streak">
            <label className="field">
              <span className="field__label">
                <FormattedMessage id="alerts.rules.count" />
              </span>
              <input type="number" name="min-count" min={1} max={100} required value={minCount} onChange={(e) => setMinCount(Number(e.target.value))} />
            </label>
            <label className="field">
              <span className="field__label">
                <FormattedMessage id="alerts.rules.days" />
              </span>
              <input type="number" name="window-days" min={1} max={365} required value={windowDays} onChange={(e) => setWindowDays(Number(e.target.value))} />
            </label>
            <label className="field">
              <span className="field__label">
                <FormattedMessage id="alerts.rules.tag" />
              </span>
              <input type="text" name="tag" required maxLength={60} dir="auto" placeholder={intl.formatMessage({ id: "alerts.rules.tagPlaceholder" })} value={tag} onChange={(e) => setTag(e.target.value)} />
            </label>
          </div>
        )}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            <FormattedMessage id="alerts.rules.add" />
          </button>
        </div>
      </form>
    </section>
  );
}
