import { useState } from "react";
import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import { type Concept, putConceptTerms, type TermList } from "../../../api/concepts.api";
import { ErrorAlert } from "../../../components/error-alert";
import { languageName } from "../../../i18n/intl-data";
import { splitTerms } from "./concept-labels";

interface Props {
  concept: Concept;
  language: string;
  list: TermList | null;
  canManage: boolean;
  drafting: boolean;
  onSaved: (concept: Concept) => void;
  onDraft: (language: string) => void;
  onCancelNew?: () => void;
}

/** One language's terms: who wrote them (person or machine), edit in place, or draft by machine translation. */
export function ConceptTermList({ concept, language, list, canManage, drafting, onSaved, onDraft, onCancelNew }: Props) {
  const intl = useIntl();
  const own = language === concept.language;
  const [editing, setEditing] = useState(list === null);
  const [text, setText] = useState(() => (list?.terms ?? []).map((t) => t.text).join("\n"));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const name = languageName(intl.locale, language);
  const headingId = `terms-${concept.id}-${language}`;

  const save = async () => {
    const terms = splitTerms(text);
    if (terms.length === 0 && !window.confirm(intl.formatMessage({ id: "concepts.terms.removeConfirm" }, { language: name }))) return;
    setBusy(true);
    setError(null);
    try {
      onSaved(await putConceptTerms(concept.id, language, terms));
      setEditing(false);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="concept-list" aria-labelledby={headingId} data-language={language}>
      <div className="concept-list__head">
        <h3 id={headingId} className="concept-list__name">
          {name} <span className="lang-code">{language}</span>
        </h3>
        {own && (
          <span className="badge badge--engine">
            <FormattedMessage id="concepts.terms.definition" />
          </span>
        )}
        {list && (
          <span className={`badge ${list.origin === "human" ? "badge--success" : "badge--pivot"}`}>
            <FormattedMessage id={list.origin === "human" ? "concepts.terms.human" : "concepts.terms.machine"} />
          </span>
        )}
        {list && (
          <span className="muted table__sub">
            <FormattedDate value={list.updatedAt} dateStyle="medium" />
          </span>
        )}
      </div>
      <ErrorAlert error={error} />
      {editing ? (
        <>
          <label className="field">
            <span className="field__label">
              <FormattedMessage id="concepts.terms.editLabel" values={{ language: name }} />
            </span>
            <textarea lang={language} dir="auto" rows={Math.min(10, Math.max(3, text.split("\n").length + 1))} value={text} onChange={(e) => setText(e.target.value)} />
            <span className="field__hint">
              <FormattedMessage id="concepts.termsHint" />
            </span>
          </label>
          <div className="form__actions">
            <button type="button" className="button button--primary button--small" disabled={busy} onClick={() => void save()}>
              <FormattedMessage id="concepts.terms.save" />
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                setEditing(false);
                setText((list?.terms ?? []).map((t) => t.text).join("\n"));
                if (!list) onCancelNew?.();
              }}
            >
              <FormattedMessage id="common.cancel" />
            </button>
          </div>
        </>
      ) : (
        <ul className="term-chips" lang={language}>
          {(list?.terms ?? []).map((t) => (
            <li key={t.text} className={`chip term-chip${t.origin === "machine" ? " term-chip--machine" : ""}`}>
              <bdi>{t.text}</bdi>
              {t.origin === "machine" && t.engine && (
                <span className="chip__note">
                  {t.engine}
                  {t.pivot ? ` ↔ ${t.pivot}` : ""}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {canManage && !editing && (
        <div className="card__tools">
          <button type="button" className="button button--small" onClick={() => setEditing(true)}>
            <FormattedMessage id="concepts.terms.edit" />
          </button>
          {!own && (
            <button type="button" className="button button--small" disabled={drafting} onClick={() => onDraft(language)}>
              <FormattedMessage id="concepts.terms.draft" />
            </button>
          )}
        </div>
      )}
    </li>
  );
}
