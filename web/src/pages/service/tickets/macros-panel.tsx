import { type FormEvent, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { createMacro, listMacros, type Macro, putMacroVariant, translateMacro, type TranslateResult } from "../../../api/tickets.api";
import { ErrorAlert } from "../../../components/error-alert";
import { ListStatus } from "../../../components/list-status";
import { useAbortableLoad } from "../../../hooks/use-abortable-load";
import { canonicalLanguageTag } from "../../../i18n/intl-data";
import { languageLabel } from "./ticket-format";

const RESULT_IDS = {
  translated: "tickets.macros.result.translated",
  unavailable: "tickets.macros.result.unavailable",
  kept: "tickets.macros.result.kept",
  source: "tickets.macros.result.source",
} as const;

const parseLanguages = (text: string) => [...new Set(text.split(/[\s,]+/).map((t) => canonicalLanguageTag(t.trim())).filter((t): t is string => Boolean(t)))];

function VariantEditor({ macro, language, body, onSaved }: { macro: Macro; language: string; body: string; onSaved: (m: Macro) => void }) {
  const intl = useIntl();
  const [text, setText] = useState(body);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      onSaved(await putMacroVariant(macro.id, language, text.trim()));
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };
  return (
    <form className="macro-variant__form" onSubmit={save} aria-busy={saving}>
      <textarea
        name={`variant-${language}`}
        rows={3}
        dir="auto"
        lang={language}
        aria-label={intl.formatMessage({ id: "tickets.macros.variantLabel" }, { language: languageLabel(intl, language) })}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <ErrorAlert error={error} />
      <button type="submit" className="button button--small" disabled={saving || !text.trim() || text === body}>
        <FormattedMessage id={saving ? "common.saving" : "common.save"} />
      </button>
    </form>
  );
}

function MacroItem({ macro, onChange }: { macro: Macro; onChange: (m: Macro) => void }) {
  const intl = useIntl();
  const [languages, setLanguages] = useState("");
  const [results, setResults] = useState<TranslateResult["results"] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const draft = async (event: FormEvent) => {
    event.preventDefault();
    const list = parseLanguages(languages);
    if (list.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      const r = await translateMacro(macro.id, list);
      setResults(r.results);
      onChange(r.macro);
      setLanguages("");
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className="card macro">
      <details>
        <summary>
          <strong dir="auto">{macro.name}</strong>{" "}
          <span className="badge badge--neutral">{languageLabel(intl, macro.language)}</span>{" "}
          {macro.variants.map((v) => (
            <span key={v.language} className={`badge ${v.stale ? "badge--danger" : v.origin === "human" ? "badge--success" : "badge--engine"}`}>
              {languageLabel(intl, v.language)}
            </span>
          ))}
        </summary>
        <p className="macro__body" dir="auto" lang={macro.language}>
          {macro.body}
        </p>
        <ul className="macro__variants">
          {macro.variants.map((v) => (
            <li key={v.language}>
              <div className="muted">
                <FormattedMessage
                  id={v.origin === "human" ? "tickets.macros.human" : "tickets.macros.machine"}
                  values={{ language: languageLabel(intl, v.language), engine: String(v.provenance?.engine ?? "") }}
                />
                {v.stale && (
                  <>
                    {" · "}
                    <FormattedMessage id="tickets.macros.stale" />
                  </>
                )}
              </div>
              <VariantEditor key={v.updatedAt} macro={macro} language={v.language} body={v.body} onSaved={onChange} />
            </li>
          ))}
        </ul>
        <form className="form form--inline" onSubmit={draft} aria-busy={busy}>
          <label className="field">
            <span className="field__label">
              <FormattedMessage id="tickets.macros.draftLanguages" />
            </span>
            <input name="draftLanguages" dir="ltr" placeholder="es, fr, ar" value={languages} onChange={(e) => setLanguages(e.target.value)} />
          </label>
          <div className="form__actions">
            <button type="submit" className="button button--small" disabled={busy || parseLanguages(languages).length === 0}>
              <FormattedMessage id="tickets.macros.draft" />
            </button>
          </div>
        </form>
        <ErrorAlert error={error} />
        {results && (
          <ul className="macro__results" aria-live="polite">
            {results.map((r) => (
              <li key={r.language} className={r.status === "unavailable" ? "macro__result--unavailable" : undefined}>
                <FormattedMessage id={RESULT_IDS[r.status]} values={{ language: languageLabel(intl, r.language), message: r.message ?? "" }} />
              </li>
            ))}
          </ul>
        )}
      </details>
    </li>
  );
}

/** Canned replies: written once in the working language, with variants per customer language. */
export function MacrosPanel() {
  const intl = useIntl();
  const [version, setVersion] = useState(0);
  const { result, setResult, loading, error } = useAbortableLoad((signal) => listMacros({}, signal), [version]);
  const [name, setName] = useState("");
  const [body, setBody] = useState("");
  const [translateTo, setTranslateTo] = useState("");
  const [saving, setSaving] = useState(false);
  const [createError, setCreateError] = useState<unknown>(null);
  const create = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setCreateError(null);
    try {
      const langs = parseLanguages(translateTo);
      await createMacro({ name: name.trim(), body: body.trim(), ...(langs.length ? { translateTo: langs } : {}) });
      setName("");
      setBody("");
      setTranslateTo("");
      setVersion((v) => v + 1);
    } catch (err) {
      setCreateError(err);
    } finally {
      setSaving(false);
    }
  };
  const replace = (m: Macro) => setResult((page) => (page ? { ...page, items: page.items.map((x) => (x.id === m.id ? m : x)) } : page));
  return (
    <div className="macros">
      <p className="muted">
        <FormattedMessage id="tickets.macros.intro" />
      </p>
      <section className="card" aria-labelledby="macro-new-title">
        <h2 id="macro-new-title" className="card__title">
          <FormattedMessage id="tickets.macros.new" />
        </h2>
        <form className="form form--grid" onSubmit={create} aria-busy={saving}>
          <label className="field">
            <span className="field__label">
              <FormattedMessage id="tickets.macros.name" />
            </span>
            <input name="macroName" dir="auto" required value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <label className="field">
            <span className="field__label">
              <FormattedMessage id="tickets.macros.translateTo" />
            </span>
            <input name="macroTranslateTo" dir="ltr" placeholder="es, fr, ar" value={translateTo} onChange={(e) => setTranslateTo(e.target.value)} />
          </label>
          <label className="field span-2">
            <span className="field__label">
              <FormattedMessage id="tickets.macros.body" />
            </span>
            <textarea name="macroBody" rows={3} dir="auto" required value={body} onChange={(e) => setBody(e.target.value)} />
            <span className="field__hint">{intl.formatMessage({ id: "tickets.macros.placeholders" }, { example: "{customerName}, {agentName}, {ticketNumber}" })}</span>
          </label>
          <div className="span-2">
            <ErrorAlert error={createError} />
          </div>
          <div className="form__actions span-2">
            <button type="submit" className="button button--primary" disabled={saving || !name.trim() || !body.trim()}>
              <FormattedMessage id={saving ? "common.saving" : "tickets.macros.create"} />
            </button>
          </div>
        </form>
      </section>
      <ErrorAlert error={error} />
      <ListStatus items={result?.items} loading={loading} emptyId="tickets.macros.empty">
        {(items: Macro[]) => (
          <ul className="macros__list">
            {items.map((m) => (
              <MacroItem key={m.id} macro={m} onChange={replace} />
            ))}
          </ul>
        )}
      </ListStatus>
    </div>
  );
}
