import { type ChangeEvent, type FormEvent, useRef, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { ApiError } from "../../api/api-error";
import { createImport, type ImportFormat, type ImportRecord } from "../../api/imports.api";
import { ErrorAlert, errorField } from "../../components/error-alert";
import { Field } from "../../components/form-field";

// The server's request body limit (413 above it); the file travels JSON-escaped inside the body.
const MAX_BYTES = 1024 * 1024;
const ID_PREFIX = "import";

function formatFromName(name: string): ImportFormat | null {
  const extension = name.toLowerCase().split(".").pop();
  return extension === "json" ? "json" : extension === "csv" ? "csv" : null;
}

// The server starts its message with the field ("content: …"), which the form already says by where it shows it.
function withoutField(err: ApiError): string {
  return err.field && err.message.startsWith(`${err.field}: `) ? err.message.slice(err.field.length + 2) : err.message;
}

/** Picks a CSV or JSON file, reads it in the browser and queues it as an import. */
export function ImportForm({ onStarted }: { onStarted: (record: ImportRecord) => void }) {
  const intl = useIntl();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<ImportFormat>("csv");
  const [channel, setChannel] = useState("import");
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const channelRef = useRef<HTMLInputElement>(null);

  const tooLarge = (f: File) => intl.formatMessage({ id: "imports.form.tooLarge" }, { name: f.name });

  // Focus goes to the control in trouble so its error (linked by aria-describedby) is read out.
  const fail = (message: string) => {
    setFileProblem(message);
    window.requestAnimationFrame(() => fileRef.current?.focus());
  };

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const picked = event.target.files?.[0] ?? null;
    setFile(picked);
    setError(null);
    setFileProblem(picked && picked.size > MAX_BYTES ? tooLarge(picked) : null);
    const detected = picked ? formatFromName(picked.name) : null;
    if (detected) setFormat(detected);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    if (!file) return fail(intl.formatMessage({ id: "imports.form.noFile" }));
    if (file.size > MAX_BYTES) return fail(tooLarge(file));
    setFileProblem(null);
    setSubmitting(true);
    try {
      const input = { format, content: await file.text(), channel: channel.trim() || undefined };
      // Escaping can push a file just under 1 MB over the limit: the server would answer 413, so don't send it.
      if (new Blob([JSON.stringify(input)]).size > MAX_BYTES) return fail(tooLarge(file));
      const record = await createImport(input);
      setFile(null);
      if (fileRef.current) fileRef.current.value = "";
      onStarted(record);
    } catch (err) {
      if (err instanceof ApiError && err.status === 413) fail(tooLarge(file));
      else if (err instanceof ApiError && err.status === 400 && errorField(err) === "content") {
        fail(intl.formatMessage({ id: "imports.form.rejected" }, { message: withoutField(err) }));
      } else {
        setError(err);
        if (errorField(err) === "channel") window.requestAnimationFrame(() => channelRef.current?.focus());
      }
    } finally {
      setSubmitting(false);
    }
  };

  const channelError = errorField(error) === "channel" && error instanceof ApiError ? withoutField(error) : null;
  return (
    <form className="form import-form" onSubmit={(e) => void submit(e)} noValidate aria-busy={submitting}>
      {error !== null && !channelError && <ErrorAlert error={error} />}
      <Field
        idPrefix={ID_PREFIX}
        name="file"
        label={intl.formatMessage({ id: "imports.form.file" })}
        hint={<FormattedMessage id="imports.form.fileHint" />}
        error={fileProblem}
      >
        {(control) => <input {...control} ref={fileRef} type="file" accept=".csv,.json" onChange={onFile} />}
      </Field>
      <div className="import-form__row">
        <Field idPrefix={ID_PREFIX} name="format" label={intl.formatMessage({ id: "imports.form.format" })}>
          {(control) => (
            <select {...control} value={format} onChange={(e) => setFormat(e.target.value as ImportFormat)}>
              <option value="csv">CSV</option>
              <option value="json">JSON</option>
            </select>
          )}
        </Field>
        <Field
          idPrefix={ID_PREFIX}
          name="channel"
          label={intl.formatMessage({ id: "imports.form.channel" })}
          hint={<FormattedMessage id="imports.form.channelHint" />}
          error={channelError}
        >
          {(control) => (
            <input
              {...control}
              ref={channelRef}
              dir="ltr"
              spellCheck={false}
              autoComplete="off"
              placeholder="import"
              value={channel}
              onChange={(e) => setChannel(e.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={submitting}>
          <FormattedMessage id={submitting ? "imports.form.submitting" : "imports.form.submit"} />
        </button>
      </div>
    </form>
  );
}
