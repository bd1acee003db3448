import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import type { GlossaryInput, GlossaryTerm } from "../../api/types";
import { GlossaryForm } from "./glossary-form";
import { languageLabel } from "./language-labels";

interface GlossaryRowProps {
  term: GlossaryTerm;
  codes: readonly string[];
  canManage: boolean;
  editing: boolean;
  onEdit: (editing: boolean) => void;
  onSave: (input: GlossaryInput) => Promise<void>;
  onDelete: () => void;
}

export const GLOSSARY_COLUMNS = 7;

export function GlossaryRow({ term, codes, canManage, editing, onEdit, onSave, onDelete }: GlossaryRowProps) {
  const intl = useIntl();
  if (editing) {
    return (
      <tr className="table__editing">
        <td colSpan={GLOSSARY_COLUMNS}>
          <GlossaryForm term={term} codes={codes} submitLabel="common.save" onSave={onSave} onCancel={() => onEdit(false)} />
        </td>
      </tr>
    );
  }
  const translations = Object.entries(term.translations);
  return (
    <tr>
      <td dir="auto" className="table__primary" lang={term.sourceLanguage ?? undefined}>
        {term.term}
      </td>
      <td>{term.sourceLanguage ? languageLabel(intl, term.sourceLanguage) : <FormattedMessage id="languages.glossary.anySource" />}</td>
      <td>
        <span className={`badge ${term.kind === "keep" ? "badge--neutral" : "badge--engine"}`}>
          <FormattedMessage id={`languages.glossary.kindShort.${term.kind}`} />
        </span>
        {term.caseSensitive && (
          <span className="table__sub">
            <FormattedMessage id="languages.glossary.caseSensitiveShort" />
          </span>
        )}
      </td>
      <td>
        {translations.length > 0 && (
          <dl className="inline-dl">
            {translations.map(([language, text]) => (
              <div key={language}>
                <dt>{languageLabel(intl, language)}</dt>
                <dd dir="auto" lang={language}>
                  {text}
                </dd>
              </div>
            ))}
          </dl>
        )}
      </td>
      <td dir="auto" className="muted">
        {term.note ?? ""}
      </td>
      <td className="nowrap">
        <FormattedDate value={term.updatedAt} dateStyle="medium" />
      </td>
      <td className="table__actions">
        {canManage && (
          <>
            <button
              type="button"
              className="button button--small"
              aria-label={intl.formatMessage({ id: "languages.glossary.editLabel" }, { term: term.term })}
              onClick={() => onEdit(true)}
            >
              <FormattedMessage id="common.edit" />
            </button>
            <button
              type="button"
              className="button button--small button--danger"
              aria-label={intl.formatMessage({ id: "languages.glossary.deleteLabel" }, { term: term.term })}
              onClick={onDelete}
            >
              <FormattedMessage id="common.delete" />
            </button>
          </>
        )}
      </td>
    </tr>
  );
}
