import type { ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { ApiError } from "../../api/api-error";
import type { Detection, Sentiment, SentimentLabel, TextFormat, Translation } from "../../api/types";
import { ErrorAlert } from "../../components/error-alert";
import { ScoreBar } from "../../components/score-bar";
import type { MessageId } from "../../i18n/messages";
import type { Async } from "./async-result";
import { PairArrow } from "./pair-list";
import { languageLabel, percent } from "./language-labels";
import { ProvenanceBadges } from "./provenance-badges";

interface ResultCardProps<T> {
  id: string;
  title: MessageId;
  loading: MessageId;
  result: Async<T>;
  children: (value: T) => ReactNode;
  renderError?: (error: unknown) => ReactNode;
}

// One result area: a heading, and an idle, loading, error or done body announced politely.
function ResultCard<T>({ id, title, loading, result, children, renderError }: ResultCardProps<T>) {
  return (
    <section id={id} className="card result-card" aria-labelledby={`${id}-title`} aria-busy={result.state === "loading"}>
      <h3 id={`${id}-title`} className="card__title">
        <FormattedMessage id={title} />
      </h3>
      <div className="result-card__body" aria-live="polite">
        {result.state === "idle" && (
          <p className="muted">
            <FormattedMessage id="languages.playground.idle" />
          </p>
        )}
        {result.state === "loading" && (
          <p className="muted">
            <FormattedMessage id={loading} />
          </p>
        )}
        {result.state === "error" && (renderError ? renderError(result.error) : <ErrorAlert error={result.error} />)}
        {result.state === "done" && children(result.value)}
      </div>
    </section>
  );
}

function LanguageWithCode({ code }: { code: string }) {
  const intl = useIntl();
  return (
    <>
      {languageLabel(intl, code)} <code className="lang-code">{code}</code>
    </>
  );
}

export function DetectionResult({ result }: { result: Async<Detection> }) {
  const intl = useIntl();
  return (
    <ResultCard id="playground-detection" title="languages.detect.title" loading="languages.detect.loading" result={result}>
      {(d) => (
        <div className="stack stack--tight">
          <p className="result-headline" data-language={d.language}>
            <LanguageWithCode code={d.language} />
          </p>
          <ShareRow label={intl.formatMessage({ id: "languages.detect.confidence" })} share={d.confidence} />
          {d.alternatives.length > 0 && (
            <div>
              <h4 className="result-subtitle">
                <FormattedMessage id="languages.detect.alternatives" />
              </h4>
              <ul className="share-list">
                {d.alternatives.map((alt) => (
                  <li key={alt.language}>
                    <ShareRow label={<LanguageWithCode code={alt.language} />} share={alt.confidence} />
                  </li>
                ))}
              </ul>
            </div>
          )}
          {d.mixed && d.mixed.length > 0 && (
            <div>
              <h4 className="result-subtitle">
                <FormattedMessage id="languages.detect.mixed" />
              </h4>
              <ul className="share-list">
                {d.mixed.map((part) => (
                  <li key={part.language}>
                    <ShareRow label={<LanguageWithCode code={part.language} />} share={part.share} />
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </ResultCard>
  );
}

function ShareRow({ label, share }: { label: ReactNode; share: number }) {
  const intl = useIntl();
  return (
    <div className="share-row">
      <span className="share-row__label">{label}</span>
      <ScoreBar value={share} />
      <span className="share-row__value">{percent(intl, share)}</span>
    </div>
  );
}

function Unavailable({ message }: { message: string }) {
  return (
    <div className="alert alert--warning" role="alert">
      <strong className="alert__title">
        <FormattedMessage id="languages.translate.unavailable" />
      </strong>
      <span dir="auto">{message}</span>
    </div>
  );
}

export function TranslationResult({ result, format }: { result: Async<{ translations: Translation[] }>; format: TextFormat }) {
  const intl = useIntl();
  const renderError = (error: unknown) =>
    error instanceof ApiError && error.code === "TRANSLATION_UNAVAILABLE" ? <Unavailable message={error.message} /> : <ErrorAlert error={error} />;
  return (
    <ResultCard
      id="playground-translation"
      title="languages.translate.title"
      loading="languages.translate.loading"
      result={result}
      renderError={renderError}
    >
      {({ translations }) => {
        const t = translations[0];
        if (!t) return null;
        if (t.error) return <Unavailable message={t.error.message} />;
        return (
          <div className="stack stack--tight">
            <p className="muted result-pair">
              {languageLabel(intl, t.from)}
              <PairArrow />
              {languageLabel(intl, t.to)}
            </p>
            {/* Shown as text even for HTML: the markup is visible, never interpreted. */}
            <p className={`translation-output${format === "html" ? " translation-output--code" : ""}`} dir="auto" lang={t.to}>
              {t.text ?? ""}
            </p>
            {t.provenance && <ProvenanceBadges provenance={t.provenance} />}
          </div>
        );
      }}
    </ResultCard>
  );
}

const SENTIMENT_TONE: Record<SentimentLabel, string> = {
  positive: "success",
  neutral: "neutral",
  negative: "danger",
  unknown: "muted",
};

export function SentimentResult({ result }: { result: Async<Sentiment> }) {
  const intl = useIntl();
  return (
    <ResultCard id="playground-sentiment" title="languages.sentiment.title" loading="languages.sentiment.loading" result={result}>
      {(s) => (
        <div className="stack stack--tight">
          <p className="result-headline">
            <span className={`badge badge--${SENTIMENT_TONE[s.label]} badge--large`} data-sentiment={s.label}>
              <FormattedMessage id={`languages.sentiment.${s.label}`} />
            </span>
          </p>
          {s.label !== "unknown" && (
            <div className="share-row">
              <span className="share-row__label">
                <FormattedMessage id="languages.sentiment.score" />
              </span>
              <ScoreBar value={s.score} signed tone={SENTIMENT_TONE[s.label]} />
              <span className="share-row__value">{intl.formatNumber(s.score, { signDisplay: "exceptZero", maximumFractionDigits: 2 })}</span>
            </div>
          )}
          <p className="muted">
            <FormattedMessage
              id={`languages.sentiment.method.${s.method}`}
              values={{ language: languageLabel(intl, s.language) }}
            />
          </p>
          {s.reason && (
            <p className="muted" dir="auto">
              <FormattedMessage id="languages.sentiment.reason" values={{ reason: s.reason }} />
            </p>
          )}
        </div>
      )}
    </ResultCard>
  );
}
