import { useEffect, useMemo, useRef, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { type Concept, type DraftResult, deleteConcept, draftConceptTerms, getConcept, updateConcept } from "../../../api/concepts.api";
import { ErrorAlert } from "../../../components/error-alert";
import { LanguageSelect } from "../../../components/language-select";
import { Link } from "../../../components/link";
import { useAbortableLoad } from "../../../hooks/use-abortable-load";
import { useDocumentTitle } from "../../../hooks/use-document-title";
import { COMMON_LANGUAGES, languageName } from "../../../i18n/intl-data";
import type { MessageId } from "../../../i18n/messages";
import { navigate } from "../../../router";
import { useUser } from "../../../session";
import { conceptName } from "./concept-labels";
import { ConceptMatches } from "./concept-matches";
import { ConceptTermList } from "./concept-term-list";

const DRAFT_MESSAGE: Record<DraftResult["status"], MessageId> = {
  drafted: "concepts.draft.drafted",
  partial: "concepts.draft.partial",
  unavailable: "concepts.draft.unavailable",
  "kept-human": "concepts.draft.keptHuman",
  "same-language": "concepts.draft.sameLanguage",
};

function DraftResults({ results }: { results: DraftResult[] }) {
  const intl = useIntl();
  const ref = useRef<HTMLDivElement>(null);
  // The buttons may be far below: bring the outcome into view.
  useEffect(() => ref.current?.scrollIntoView({ block: "nearest" }), [results]);
  return (
    <div ref={ref} className={`alert ${results.some((r) => r.status === "unavailable") ? "alert--warning" : "alert--info"}`} role="status">
      <strong className="alert__title">
        <FormattedMessage id="concepts.draft.title" />
      </strong>
      <ul className="draft-results">
        {results.map((r) => (
          <li key={r.language} data-status={r.status}>
            <FormattedMessage
              id={DRAFT_MESSAGE[r.status]}
              values={{ language: languageName(intl.locale, r.language), count: r.terms?.length ?? 0, reason: r.message ?? "" }}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One concept: its tag and switch, the term list of every language, drafts by machine translation, and its matches. */
export function ConceptDetail({ id }: { id: string }) {
  const intl = useIntl();
  const user = useUser();
  const canManage = user.role === "manager" || user.role === "admin";
  const { result: concept, setResult: setConcept, loading, error, setError } = useAbortableLoad((signal) => getConcept(id, signal), [id]);
  const [drafting, setDrafting] = useState(false);
  const [drafts, setDrafts] = useState<DraftResult[] | null>(null);
  const [newLanguage, setNewLanguage] = useState("");
  const [writing, setWriting] = useState<string | null>(null);
  useDocumentTitle(concept ? conceptName(intl, concept) : intl.formatMessage({ id: "nav.concepts" }));

  const missing = useMemo(() => COMMON_LANGUAGES.filter((l) => !concept?.termLists.some((t) => t.language === l)), [concept]);

  const draft = async (languages: string[]) => {
    setDrafting(true);
    setError(null);
    try {
      const { results, concept: updated } = await draftConceptTerms(id, languages);
      setDrafts(results);
      setConcept(updated);
    } catch (err) {
      setError(err);
    } finally {
      setDrafting(false);
    }
  };

  const change = async (patch: { enabled?: boolean }) => {
    setError(null);
    try {
      setConcept(await updateConcept(id, patch));
    } catch (err) {
      setError(err);
    }
  };

  const remove = async (c: Concept) => {
    if (!window.confirm(intl.formatMessage({ id: "concepts.deleteConfirm" }, { name: c.name }))) return;
    try {
      await deleteConcept(c.id);
      navigate("/concepts", { replace: true });
    } catch (err) {
      setError(err);
    }
  };

  const onSaved = (updated: Concept) => {
    setConcept(updated);
    setWriting(null);
  };

  return (
    <section className="page signals">
      <Link href="/concepts" className="back-link">
        <FormattedMessage id="concepts.back" />
      </Link>
      <header className="page__header">
        <h1 tabIndex={-1}>{concept ? <bdi>{conceptName(intl, concept)}</bdi> : <FormattedMessage id="nav.concepts" />}</h1>
      </header>
      <ErrorAlert error={error} />
      {!concept && loading && (
        <p className="empty-state" aria-busy="true">
          <FormattedMessage id="common.loading" />
        </p>
      )}
      {concept && (
        <>
          <section className="card" aria-labelledby="concept-summary-title">
            <h2 id="concept-summary-title" className="visually-hidden">
              <FormattedMessage id="concepts.summary" />
            </h2>
            {concept.description && (
              <p className="card__intro" dir="auto">
                {concept.description}
              </p>
            )}
            <p className="card__intro">
              <FormattedMessage
                id="concepts.tagLine"
                values={{
                  tag: (
                    <span className="chip">
                      <bdi>{concept.tag}</bdi>
                    </span>
                  ),
                  language: languageName(intl.locale, concept.language),
                  matches: concept.matchCount,
                  customers: concept.customerCount,
                }}
              />
            </p>
            {canManage && (
              <div className="card__tools">
                <label className="checkbox">
                  <input type="checkbox" checked={concept.enabled} onChange={(e) => void change({ enabled: e.target.checked })} />
                  <FormattedMessage id="concepts.enabled" />
                </label>
                {!concept.key && (
                  <button type="button" className="button button--small button--danger" onClick={() => void remove(concept)}>
                    <FormattedMessage id="common.delete" />
                  </button>
                )}
              </div>
            )}
          </section>

          <section className="card" aria-labelledby="concept-terms-title">
            <div className="card__header">
              <h2 id="concept-terms-title" className="card__title">
                <FormattedMessage id="concepts.terms.title" />
              </h2>
            </div>
            <p className="muted card__intro">
              <FormattedMessage id="concepts.terms.intro" />
            </p>
            {drafts && <DraftResults results={drafts} />}
            <ul className="concept-lists">
              {concept.termLists.map((list) => (
                <ConceptTermList
                  key={`${list.language}-${list.updatedAt}`}
                  concept={concept}
                  language={list.language}
                  list={list}
                  canManage={canManage}
                  drafting={drafting}
                  onSaved={onSaved}
                  onDraft={(language) => void draft([language])}
                />
              ))}
              {writing && (
                <ConceptTermList
                  key={`new-${writing}`}
                  concept={concept}
                  language={writing}
                  list={null}
                  canManage={canManage}
                  drafting={drafting}
                  onSaved={onSaved}
                  onDraft={(language) => void draft([language])}
                  onCancelNew={() => setWriting(null)}
                />
              )}
            </ul>
            {canManage && (
              <div className="subpanel">
                <h3 className="card__subtitle" id="concept-add-language">
                  <FormattedMessage id="concepts.terms.addLanguage" />
                </h3>
                <div className="form--inline rule-streak">
                  <LanguageSelect
                    name="new-language"
                    aria-label={intl.formatMessage({ id: "concepts.terms.addLanguage" })}
                    codes={missing}
                    value={newLanguage}
                    emptyLabel={intl.formatMessage({ id: "concepts.terms.chooseLanguage" })}
                    onChange={setNewLanguage}
                  />
                  <button type="button" className="button" disabled={!newLanguage} onClick={() => setWriting(newLanguage)}>
                    <FormattedMessage id="concepts.terms.write" />
                  </button>
                  <button type="button" className="button" disabled={!newLanguage || drafting} onClick={() => void draft([newLanguage])}>
                    <FormattedMessage id="concepts.terms.draft" />
                  </button>
                  <button type="button" className="button button--ghost" disabled={drafting || missing.length === 0} onClick={() => void draft(missing.slice(0, 30))}>
                    <FormattedMessage id="concepts.terms.draftAll" />
                  </button>
                </div>
                {drafting && (
                  <p className="muted" aria-live="polite">
                    <FormattedMessage id="concepts.draft.running" />
                  </p>
                )}
              </div>
            )}
          </section>

          <ConceptMatches conceptId={concept.id} />
        </>
      )}
    </section>
  );
}
