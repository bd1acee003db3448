import { type FormEvent, useEffect, useMemo, useRef, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { analyzeSentiment, detectLanguage, translateText } from "../../api/language.api";
import { getSettings } from "../../api/settings.api";
import type { Detection, EnginesReport, Sentiment, TextFormat, Translation } from "../../api/types";
import { Field } from "../../components/form-field";
import { LanguageSelect } from "../../components/language-select";
import { type Async, IDLE, runInto } from "./async-result";
import { pickerLanguages } from "./language-labels";
import { DetectionResult, SentimentResult, TranslationResult } from "./playground-results";

const FALLBACK_TARGET = "en";

export function PlaygroundSection({ report }: { report: EnginesReport | null }) {
  const intl = useIntl();
  const [text, setText] = useState("");
  const [to, setTo] = useState("");
  const [from, setFrom] = useState("");
  const [format, setFormat] = useState<TextFormat>("text");
  const [ranFormat, setRanFormat] = useState<TextFormat>("text");
  const [detection, setDetection] = useState<Async<Detection>>(IDLE);
  const [translation, setTranslation] = useState<Async<{ translations: Translation[] }>>(IDLE);
  const [sentiment, setSentiment] = useState<Async<Sentiment>>(IDLE);
  const controller = useRef<AbortController | null>(null);
  const codes = useMemo(() => pickerLanguages(report), [report]);

  // The target defaults to the workspace's working language.
  useEffect(() => {
    let cancelled = false;
    getSettings().then(
      (settings) => !cancelled && setTo((current) => current || settings.workingLanguage),
      () => !cancelled && setTo((current) => current || FALLBACK_TARGET),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  useEffect(() => () => controller.current?.abort(), []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!text.trim() || !to) return;
    controller.current?.abort();
    const next = new AbortController();
    controller.current = next;
    const { signal } = next;
    setRanFormat(format);
    runInto(detectLanguage(text, signal), setDetection);
    runInto(translateText({ text, to, format, ...(from ? { from } : {}) }, signal), setTranslation);
    runInto(analyzeSentiment(text, from || undefined, signal), setSentiment);
  };

  const busy = [detection, translation, sentiment].some((r) => r.state === "loading");
  return (
    <div className="stack">
      <section className="card" aria-labelledby="playground-title">
        <h2 id="playground-title" className="card__title">
          <FormattedMessage id="languages.playground.title" />
        </h2>
        <p className="muted card__intro">
          <FormattedMessage id="languages.playground.intro" />
        </p>
        <form className="form" onSubmit={submit} noValidate aria-busy={busy}>
          <Field idPrefix="playground" name="playgroundText" label={intl.formatMessage({ id: "languages.playground.text" })}>
            {(control) => (
              <textarea
                {...control}
                rows={5}
                dir="auto"
                required
                maxLength={20_000}
                placeholder={intl.formatMessage({ id: "languages.playground.placeholder" })}
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
            )}
          </Field>
          <div className="form--inline">
            <Field idPrefix="playground" name="playgroundFrom" label={intl.formatMessage({ id: "languages.playground.from" })}>
              {(control) => (
                <LanguageSelect
                  {...control}
                  codes={codes}
                  value={from}
                  emptyLabel={intl.formatMessage({ id: "languages.playground.detect" })}
                  onChange={setFrom}
                />
              )}
            </Field>
            <Field idPrefix="playground" name="playgroundTo" label={intl.formatMessage({ id: "languages.playground.to" })}>
              {(control) => <LanguageSelect {...control} codes={codes} value={to} required disabled={!to} onChange={setTo} />}
            </Field>
            <Field idPrefix="playground" name="playgroundFormat" label={intl.formatMessage({ id: "languages.playground.format" })}>
              {(control) => (
                <select {...control} value={format} onChange={(e) => setFormat(e.target.value === "html" ? "html" : "text")}>
                  <option value="text">{intl.formatMessage({ id: "languages.format.text" })}</option>
                  <option value="html">{intl.formatMessage({ id: "languages.format.html" })}</option>
                </select>
              )}
            </Field>
            <div className="form__actions">
              <button type="submit" className="button button--primary" disabled={!text.trim() || !to}>
                <FormattedMessage id={busy ? "languages.playground.running" : "languages.playground.run"} />
              </button>
            </div>
          </div>
        </form>
      </section>
      <div className="playground-results">
        <DetectionResult result={detection} />
        <TranslationResult result={translation} format={ranFormat} />
        <SentimentResult result={sentiment} />
      </div>
    </div>
  );
}
