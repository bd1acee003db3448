import { type FormEvent, useEffect, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { getTaxonomy, saveTaxonomy, type TaxonomyEntry } from "../../../api/reviews.api";
import { ErrorAlert, StatusNotice } from "../../../components/error-alert";
import { languageName } from "../../../i18n/intl-data";

interface Row {
  key: number;
  id: string;
  name: string;
  keywords: string;
}

const toRows = (entries: TaxonomyEntry[]): Row[] => entries.map((e, i) => ({ key: i, id: e.id, name: e.name, keywords: e.keywords.join(", ") }));

// A stable id from the name for new entries ("Battery life" → "battery-life"); existing ids are kept.
const slug = (name: string, taken: Set<string>) => {
  const base = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 30) || "theme";
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
};

/** The theme names and their keywords in the working language; saving recomputes the themes. */
export function TaxonomyEditor({ onSaved }: { onSaved: () => void }) {
  const intl = useIntl();
  const [language, setLanguage] = useState("");
  const [rows, setRows] = useState<Row[] | null>(null);
  const [nextKey, setNextKey] = useState(1000);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    getTaxonomy(controller.signal).then(
      (t) => {
        setLanguage(t.language);
        setRows(toRows(t.entries));
      },
      (err: unknown) => {
        if (!controller.signal.aborted) setError(err);
      },
    );
    return () => controller.abort();
  }, []);

  const update = (key: number, patch: Partial<Row>) => {
    setSaved(false);
    setRows((rs) => rs?.map((r) => (r.key === key ? { ...r, ...patch } : r)) ?? null);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!rows) return;
    setSaving(true);
    setError(null);
    setSaved(false);
    const taken = new Set(rows.map((r) => r.id).filter(Boolean));
    const entries = rows
      .filter((r) => r.name.trim() || r.keywords.trim())
      .map((r) => ({
        id: r.id || slug(r.name, taken),
        name: r.name.trim(),
        keywords: r.keywords.split(/[,\n]/).map((k) => k.trim()).filter(Boolean),
      }));
    try {
      const result = await saveTaxonomy(entries);
      setRows(toRows(result.entries));
      setSaved(true);
      onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  if (!rows) {
    return error ? (
      <ErrorAlert error={error} />
    ) : (
      <p className="empty-state" aria-busy="true">
        <FormattedMessage id="common.loading" />
      </p>
    );
  }
  return (
    <form className="form rv-taxonomy" onSubmit={submit}>
      <p className="muted">
        <FormattedMessage id="reviews.taxonomy.intro" values={{ language: languageName(intl.locale, language) }} />
      </p>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="reviews.taxonomy.name" />
              </th>
              <th scope="col">
                <FormattedMessage id="reviews.taxonomy.keywords" />
              </th>
              <th scope="col">
                <span className="visually-hidden">
                  <FormattedMessage id="common.actions" />
                </span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.key}>
                <td>
                  <input
                    aria-label={intl.formatMessage({ id: "reviews.taxonomy.nameOf" }, { n: i + 1 })}
                    value={r.name}
                    dir="auto"
                    maxLength={80}
                    onChange={(e) => update(r.key, { name: e.target.value })}
                  />
                </td>
                <td className="rv-taxonomy__keywords">
                  <textarea
                    aria-label={intl.formatMessage({ id: "reviews.taxonomy.keywordsOf" }, { n: i + 1 })}
                    value={r.keywords}
                    dir="auto"
                    rows={2}
                    onChange={(e) => update(r.key, { keywords: e.target.value })}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--small button--ghost"
                    onClick={() => {
                      setSaved(false);
                      setRows((rs) => rs?.filter((x) => x.key !== r.key) ?? null);
                    }}
                  >
                    <FormattedMessage id="common.delete" />
                    <span className="visually-hidden"> {r.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="form__actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            setRows((rs) => [...(rs ?? []), { key: nextKey, id: "", name: "", keywords: "" }]);
            setNextKey((k) => k + 1);
          }}
        >
          <FormattedMessage id="reviews.taxonomy.add" />
        </button>
        <button type="submit" className="button button--primary" disabled={saving}>
          <FormattedMessage id={saving ? "common.saving" : "reviews.taxonomy.save"} />
        </button>
      </div>
      <ErrorAlert error={error} />
      {saved && (
        <StatusNotice>
          <FormattedMessage id="reviews.taxonomy.saved" />
        </StatusNotice>
      )}
    </form>
  );
}
