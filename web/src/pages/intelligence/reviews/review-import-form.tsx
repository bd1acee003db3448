import { type ChangeEvent, type FormEvent, useRef, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { ApiError } from "../../../api/api-error";
import { type ImportResult, importReviews } from "../../../api/reviews.api";
import { ErrorAlert } from "../../../components/error-alert";
import { Field } from "../../../components/form-field";

// The server's request body limit; the text travels JSON-escaped inside the body.
const MAX_BYTES = 1024 * 1024;
const SHOWN_ERRORS = 20;
const EXAMPLE = "source,external_id,rating,text,created_at\ngoogle,g-1042,2,La caja llegó rota,2026-03-02";

/** A JSON file may be an array of reviews or {reviews:[…]}; anything else is read as CSV. */
function bodyFor(text: string): { csv: string } | { reviews: unknown[] } {
  const trimmed = text.trimStart();
  if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
    try {
      const data: unknown = JSON.parse(trimmed);
      if (Array.isArray(data)) return { reviews: data };
      if (data && typeof data === "object" && Array.isArray((data as { reviews?: unknown }).reviews)) return { reviews: (data as { reviews: unknown[] }).reviews };
    } catch {
      // not JSON after all: the server reports the CSV problem
    }
  }
  return { csv: text };
}

/** Paste CSV (or pick a CSV/JSON file) and import it; shows what was imported and each refused row. */
export function ReviewImportForm({ onImported }: { onImported: (result: ImportResult) => void }) {
  const intl = useIntl();
  const [text, setText] = useState("");
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setProblem(intl.formatMessage({ id: "reviews.import.tooLarge" }, { name: file.name }));
      return;
    }
    setProblem(null);
    setText(await file.text());
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    setResult(null);
    if (!text.trim()) {
      setProblem(intl.formatMessage({ id: "reviews.import.empty" }));
      window.requestAnimationFrame(() => textRef.current?.focus());
      return;
    }
    const body = bodyFor(text);
    if (new Blob([JSON.stringify(body)]).size > MAX_BYTES) {
      setProblem(intl.formatMessage({ id: "reviews.import.tooLarge" }, { name: "" }));
      return;
    }
    setProblem(null);
    setSubmitting(true);
    try {
      const answer = await importReviews(body);
      setResult(answer);
      if (answer.imported > 0) setText("");
      onImported(answer);
    } catch (err) {
      // A problem with the whole CSV (its header, quoting) belongs next to the text box.
      if (err instanceof ApiError && err.status === 400 && (err.field === "csv" || err.field === "reviews")) {
        setProblem(err.message.replace(/^(csv|reviews): /, ""));
        window.requestAnimationFrame(() => textRef.current?.focus());
      } else setError(err);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <form className="form rv-import" onSubmit={submit} noValidate>
      <Field
        name="reviews-csv"
        idPrefix="rv-import"
        label={<FormattedMessage id="reviews.import.paste" />}
        hint={<FormattedMessage id="reviews.import.hint" values={{ example: <code className="rv-code">{EXAMPLE.split("\n")[0]}</code> }} />}
        error={problem}
      >
        {(control) => (
          <textarea
            {...control}
            ref={textRef}
            rows={6}
            dir="auto"
            className="rv-import__text"
            placeholder={EXAMPLE}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </Field>
      <Field name="reviews-file" idPrefix="rv-import" label={<FormattedMessage id="reviews.import.file" />}>
        {(control) => <input {...control} type="file" accept=".csv,.json,text/csv,application/json" onChange={(e) => void onFile(e)} />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={submitting}>
          <FormattedMessage id={submitting ? "reviews.import.submitting" : "reviews.import.submit"} />
        </button>
      </div>
      <ErrorAlert error={error} />
      <output className="rv-import__result" aria-live="polite">
        {result && (
          <>
            <FormattedMessage
              id="reviews.import.result"
              values={{ imported: result.imported, duplicates: result.duplicates, failed: result.failed }}
            />
            {result.errors.length > 0 && (
              <ul className="rv-import__errors">
                {result.errors.slice(0, SHOWN_ERRORS).map((e) => (
                  <li key={e.row}>{e.message}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </output>
    </form>
  );
}
