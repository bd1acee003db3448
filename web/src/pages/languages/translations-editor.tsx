import { FormattedMessage, useIntl } from "react-intl";
import { LanguageSelect } from "../../components/language-select";

export interface TranslationRow {
  key: number;
  language: string;
  text: string;
}

let nextKey = 1;
export const newRow = (language = "", text = ""): TranslationRow => ({ key: nextKey++, language, text });

export const rowsFrom = (translations: Record<string, string>): TranslationRow[] =>
  Object.entries(translations).map(([language, text]) => newRow(language, text));

// Rows → {language: text}; rows without a language or text are left out.
export const rowsTo = (rows: readonly TranslationRow[]): Record<string, string> =>
  Object.fromEntries(rows.filter((r) => r.language && r.text.trim()).map((r) => [r.language, r.text.trim()]));

interface TranslationsEditorProps {
  idPrefix: string;
  rows: TranslationRow[];
  codes: readonly string[];
  disabled?: boolean;
  onChange: (rows: TranslationRow[]) => void;
}

// Forced translations of a glossary term: one row per target language.
export function TranslationsEditor({ idPrefix, rows, codes, disabled, onChange }: TranslationsEditorProps) {
  const intl = useIntl();
  const update = (key: number, patch: Partial<TranslationRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <div className="translations-editor">
      {rows.length === 0 && (
        <p className="muted">
          <FormattedMessage id="languages.glossary.noTranslations" />
        </p>
      )}
      {rows.map((row, index) => {
        const n = index + 1;
        return (
          <div key={row.key} className="translations-editor__row">
            <LanguageSelect
              name={`translationLanguage${index}`}
              id={`${idPrefix}-tl-${row.key}`}
              codes={codes}
              value={row.language}
              disabled={disabled}
              emptyLabel={intl.formatMessage({ id: "languages.glossary.chooseLanguage" })}
              aria-label={intl.formatMessage({ id: "languages.glossary.translationLanguage" }, { n })}
              onChange={(language) => update(row.key, { language })}
            />
            <input
              name={`translationText${index}`}
              dir="auto"
              lang={row.language || undefined}
              value={row.text}
              disabled={disabled}
              aria-label={intl.formatMessage({ id: "languages.glossary.translationText" }, { n })}
              onChange={(e) => update(row.key, { text: e.target.value })}
            />
            <button
              type="button"
              className="button button--small"
              disabled={disabled}
              aria-label={intl.formatMessage({ id: "languages.glossary.removeTranslation" }, { n })}
              onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
            >
              <FormattedMessage id="languages.glossary.remove" />
            </button>
          </div>
        );
      })}
      <div>
        <button type="button" className="button button--small" disabled={disabled} onClick={() => onChange([...rows, newRow()])}>
          <FormattedMessage id="languages.glossary.addTranslation" />
        </button>
      </div>
    </div>
  );
}
