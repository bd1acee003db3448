import { type FormEvent, useRef, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { ApiError } from "../../../api/api-error";
import { addKbTextVersion, draftKbTranslation, uploadKbPdf } from "../../../api/kb.api";
import { ErrorAlert, errorField, StatusNotice } from "../../../components/error-alert";
import { Field } from "../../../components/form-field";
import { LanguageSelect } from "../../../components/language-select";
import { COMMON_LANGUAGES } from "../../../i18n/intl-data";
import type { MessageId } from "../../../i18n/messages";

interface FormProps {
  familyId: string;
  onDone: () => void;
}

function useFormState() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<MessageId | null>(null);
  const run = async (work: () => Promise<void>, done: MessageId) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await work();
      setNotice(done);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const field = errorField(error);
  const fieldError = (name: string) => (field === name && error instanceof ApiError ? error.message : null);
  return { busy, error, notice, run, field, fieldError };
}

function Alerts({ error, notice, field }: { error: unknown; notice: MessageId | null; field: string | null }) {
  return (
    <>
      {notice && (
        <StatusNotice>
          <FormattedMessage id={notice} />
        </StatusNotice>
      )}
      {error !== null && !field && <ErrorAlert error={error} />}
    </>
  );
}

export function AddTextVersionForm({ familyId, onDone }: FormProps) {
  const intl = useIntl();
  const [language, setLanguage] = useState("");
  const [title, setTitle] = useState("");
  const [body, setBody] = useState("");
  const f = useFormState();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void f.run(async () => {
      await addKbTextVersion(familyId, { language, title: title.trim(), body: body.trim() });
      setTitle("");
      setBody("");
      onDone();
    }, "kb.add.added");
  };
  return (
    <form className="form kb-form" onSubmit={submit} noValidate aria-busy={f.busy} aria-labelledby="kb-add-title">
      <h3 id="kb-add-title" className="card__subtitle">
        <FormattedMessage id="kb.add.title" />
      </h3>
      <Alerts error={f.error} notice={f.notice} field={f.field} />
      <Field idPrefix="kb-add" name="language" label={intl.formatMessage({ id: "kb.add.language" })} error={f.fieldError("language")}>
        {(control) => (
          <LanguageSelect {...control} required codes={COMMON_LANGUAGES} value={language} onChange={setLanguage} emptyLabel={intl.formatMessage({ id: "kb.add.chooseLanguage" })} />
        )}
      </Field>
      <Field idPrefix="kb-add" name="title" label={intl.formatMessage({ id: "kb.add.versionTitle" })} error={f.fieldError("title")}>
        {(control) => <input {...control} required dir="auto" lang={language || undefined} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field idPrefix="kb-add" name="body" label={intl.formatMessage({ id: "kb.add.body" })} error={f.fieldError("body")}>
        {(control) => <textarea {...control} required rows={6} dir="auto" lang={language || undefined} value={body} onChange={(e) => setBody(e.target.value)} />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={f.busy}>
          <FormattedMessage id={f.busy ? "common.saving" : "kb.add.submit"} />
        </button>
      </div>
    </form>
  );
}

export function UploadPdfForm({ familyId, onDone }: FormProps) {
  const intl = useIntl();
  const [language, setLanguage] = useState("");
  const [title, setTitle] = useState("");
  const fileRef = useRef<HTMLInputElement>(null);
  const f = useFormState();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    void f.run(async () => {
      if (!file) throw new ApiError(400, "VALIDATION_FAILED", intl.formatMessage({ id: "kb.upload.file" }), "file");
      await uploadKbPdf(familyId, { language, title: title.trim() || undefined, file });
      setTitle("");
      if (fileRef.current) fileRef.current.value = "";
      onDone();
    }, "kb.upload.done");
  };
  return (
    <form className="form kb-form" onSubmit={submit} noValidate aria-busy={f.busy} aria-labelledby="kb-upload-title">
      <h3 id="kb-upload-title" className="card__subtitle">
        <FormattedMessage id="kb.upload.title" />
      </h3>
      <Alerts error={f.error} notice={f.notice} field={f.field} />
      <Field idPrefix="kb-upload" name="language" label={intl.formatMessage({ id: "kb.add.language" })} error={f.fieldError("language")}>
        {(control) => (
          <LanguageSelect {...control} required codes={COMMON_LANGUAGES} value={language} onChange={setLanguage} emptyLabel={intl.formatMessage({ id: "kb.add.chooseLanguage" })} />
        )}
      </Field>
      <Field idPrefix="kb-upload" name="title" label={intl.formatMessage({ id: "kb.upload.optionalTitle" })} error={f.fieldError("title")}>
        {(control) => <input {...control} dir="auto" value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field
        idPrefix="kb-upload"
        name="file"
        label={intl.formatMessage({ id: "kb.upload.file" })}
        hint={intl.formatMessage({ id: "kb.upload.hint" })}
        error={f.fieldError("file")}
      >
        {(control) => <input {...control} ref={fileRef} type="file" accept="application/pdf,.pdf" required />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={f.busy}>
          <FormattedMessage id={f.busy ? "kb.upload.uploading" : "kb.upload.submit"} />
        </button>
      </div>
    </form>
  );
}

export function DraftTranslationForm({ familyId, onDone, existing }: FormProps & { existing: readonly string[] }) {
  const intl = useIntl();
  const [language, setLanguage] = useState("");
  const f = useFormState();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void f.run(async () => {
      await draftKbTranslation(familyId, language);
      onDone();
    }, "kb.draft.done");
  };
  return (
    <form className="form kb-form" onSubmit={submit} noValidate aria-busy={f.busy} aria-labelledby="kb-draft-title">
      <h3 id="kb-draft-title" className="card__subtitle">
        <FormattedMessage id="kb.draft.title" />
      </h3>
      <p className="muted">
        <FormattedMessage id="kb.draft.hint" />
      </p>
      <Alerts error={f.error} notice={f.notice} field={f.field} />
      <Field idPrefix="kb-draft" name="language" label={intl.formatMessage({ id: "kb.add.language" })} error={f.fieldError("language")}>
        {(control) => (
          <LanguageSelect
            {...control}
            required
            codes={COMMON_LANGUAGES.filter((l) => !existing.includes(l))}
            value={language}
            onChange={setLanguage}
            emptyLabel={intl.formatMessage({ id: "kb.add.chooseLanguage" })}
          />
        )}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button" disabled={f.busy || !language}>
          <FormattedMessage id={f.busy ? "kb.draft.working" : "kb.draft.submit"} />
        </button>
      </div>
    </form>
  );
}
