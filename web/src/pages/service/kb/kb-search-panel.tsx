import { type FormEvent, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { isAbortError } from "../../../api/api-error";
import { type KbSearchItem, type KbSearchResult, searchKb } from "../../../api/kb.api";
import { ErrorAlert } from "../../../components/error-alert";
import { LanguageSelect } from "../../../components/language-select";
import { COMMON_LANGUAGES, languageName } from "../../../i18n/intl-data";
import { VersionBadges } from "./kb-badges";

/** The snippet with the matched word marked; plain text only, never HTML from the server. */
function Snippet({ text, highlight, lang }: { text: string; highlight: string | null; lang: string }) {
  const at = highlight ? text.indexOf(highlight) : -1;
  return (
    <p className="kb-result__snippet" lang={lang} dir="auto">
      {at < 0 ? (
        text
      ) : (
        <>
          {text.slice(0, at)}
          <mark>{highlight}</mark>
          {text.slice(at + highlight!.length)}
        </>
      )}
    </p>
  );
}

function Result({ item, onOpen }: { item: KbSearchItem; onOpen: (familyId: string) => void }) {
  const intl = useIntl();
  const matchedLanguage = languageName(intl.locale, item.matched.language);
  return (
    <li className="kb-result">
      <div className="kb-result__head">
        <h3 className="kb-result__title" dir="auto">
          {item.title}
        </h3>
        <meter className="kb-result__meter" min={0} max={1} low={0.4} high={0.7} optimum={1} value={item.confidence} aria-hidden="true" />
        <span className="kb-result__confidence">
          <FormattedMessage id="kb.result.confidence" values={{ value: item.confidence }} />
        </span>
      </div>
      <p className="kb-result__matched">
        <FormattedMessage
          id="kb.result.matched"
          values={{ language: matchedLanguage, kind: intl.formatMessage({ id: item.matched.kind === "pdf" ? "kb.kind.pdf" : "kb.kind.text" }) }}
        />
      </p>
      <Snippet text={item.matched.snippet} highlight={item.matched.highlight} lang={item.matched.language} />
      <p className="kb-result__via muted">
        <FormattedMessage id="kb.result.via" values={{ via: <bdi dir="ltr">{item.explain.via}</bdi> }} />
      </p>
      {item.explain.terms.length > 0 && (
        <details className="kb-result__terms">
          <summary>
            <FormattedMessage id="kb.result.terms" /> · <FormattedMessage id="kb.result.routes" values={{ count: item.explain.routesAgreeing.length }} />
          </summary>
          <ul>
            {item.explain.terms.map((term) => (
              <li key={`${term.concept}-${term.matched}`}>
                <bdi>
                  <FormattedMessage id="kb.result.term" values={{ concept: term.concept, matched: term.matched }} />
                </bdi>
                {term.how === "compound-part" && (
                  <span className="muted">
                    {" "}
                    (<FormattedMessage id="kb.result.compoundPart" />)
                  </span>
                )}
                <span className="kb-result__route muted" dir="ltr">
                  {term.routes.join("; ")}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="kb-result__foot">
        <span className="kb-result__versions">
          <span className="visually-hidden">
            <FormattedMessage id="kb.result.versions" />
          </span>
          <VersionBadges versions={item.versions} />
        </span>
        {item.versions
          .filter((v) => v.kind === "pdf" && v.url)
          .map((v) => (
            <a key={v.id} className="button button--small" href={v.url!} target="_blank" rel="noreferrer">
              <FormattedMessage id="kb.version.openPdf" /> ({v.language})
            </a>
          ))}
        <button type="button" className="button button--small" onClick={() => onOpen(item.familyId)}>
          <FormattedMessage id="kb.result.open" />
        </button>
      </div>
    </li>
  );
}

export function KbSearchPanel({ onOpen }: { onOpen: (familyId: string) => void }) {
  const intl = useIntl();
  const [text, setText] = useState("");
  const [language, setLanguage] = useState("");
  const [state, setState] = useState<{ loading: boolean; result: KbSearchResult | null; error: unknown; controller: AbortController | null }>({
    loading: false,
    result: null,
    error: null,
    controller: null,
  });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = text.trim();
    if (!q) return;
    state.controller?.abort();
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true, error: null, controller }));
    try {
      const result = await searchKb(q, language || undefined, controller.signal);
      setState({ loading: false, result, error: null, controller: null });
    } catch (err) {
      if (isAbortError(err)) return;
      setState({ loading: false, result: null, error: err, controller: null });
    }
  };

  const { result } = state;
  return (
    <section className="card kb-search" aria-labelledby="kb-search-title">
      <h2 id="kb-search-title" className="card__title">
        <FormattedMessage id="kb.search.title" />
      </h2>
      <p className="muted">
        <FormattedMessage id="kb.search.hint" />
      </p>
      <form role="search" className="kb-search__form" onSubmit={(e) => void submit(e)} aria-busy={state.loading}>
        <input
          type="search"
          name="kb-q"
          className="toolbar__search"
          dir="auto"
          maxLength={200}
          aria-label={intl.formatMessage({ id: "kb.search.label" })}
          placeholder={intl.formatMessage({ id: "kb.search.placeholder" })}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <LanguageSelect
          name="kb-q-language"
          aria-label={intl.formatMessage({ id: "kb.search.languageLabel" })}
          codes={COMMON_LANGUAGES}
          value={language}
          onChange={setLanguage}
          emptyLabel={intl.formatMessage({ id: "kb.search.detect" })}
        />
        <button type="submit" className="button button--primary" disabled={state.loading || !text.trim()}>
          <FormattedMessage id="kb.search.submit" />
        </button>
      </form>
      <ErrorAlert error={state.error} />
      <div aria-live="polite" className="kb-search__status">
        {state.loading && (
          <p className="empty-state" aria-busy="true">
            <FormattedMessage id="kb.search.searching" />
          </p>
        )}
        {!state.loading && result && (
          <p className="muted">
            <FormattedMessage
              id="kb.search.readAs"
              values={{
                language: result.query.language === "und" ? "—" : languageName(intl.locale, result.query.language),
                how: intl.formatMessage({ id: `kb.search.how.${result.query.detectedBy}` }),
              }}
            />{" "}
            · <FormattedMessage id="kb.search.count" values={{ count: result.items.length }} />
          </p>
        )}
      </div>
      {!state.loading && result && result.items.length === 0 && (
        <p className="empty-state">
          <FormattedMessage id="kb.search.none" values={{ query: <bdi>{result.query.text}</bdi> }} />
        </p>
      )}
      {result && result.items.length > 0 && (
        <ol className="kb-results">
          {result.items.map((item) => (
            <Result key={item.familyId} item={item} onOpen={onOpen} />
          ))}
        </ol>
      )}
    </section>
  );
}
