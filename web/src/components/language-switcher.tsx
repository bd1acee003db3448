import { useIntl } from "react-intl";
import { LOCALE_ENDONYMS, matchUiLocale, UI_LOCALES } from "../i18n/locales";
import { useSession } from "../session";

export function LanguageSwitcher() {
  const intl = useIntl();
  const { locale, changeLocale } = useSession();
  return (
    <div className="language-switcher">
      <svg aria-hidden="true" className="language-switcher__icon" viewBox="0 0 24 24" width="18" height="18">
        <circle cx="12" cy="12" r="9" />
        <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z" />
      </svg>
      <select
        name="uiLanguage"
        aria-label={intl.formatMessage({ id: "language.label" })}
        value={locale}
        onChange={(event) => {
          const next = matchUiLocale(event.target.value);
          if (next) changeLocale(next);
        }}
      >
        {UI_LOCALES.map((code) => (
          // lang lets screen readers pronounce each endonym in its own language.
          <option key={code} value={code} lang={code}>
            {LOCALE_ENDONYMS[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
