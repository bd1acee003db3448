import { type FormEvent, useEffect, useRef, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { ApiError } from "../../../api/api-error";
import { deleteKbFamily, deleteKbVersion, getKbFamily, type KbFamilyDetail, type KbVersion, updateKbFamily, updateKbVersion } from "../../../api/kb.api";
import { ErrorAlert, errorField, StatusNotice } from "../../../components/error-alert";
import { Field } from "../../../components/form-field";
import { useAbortableLoad } from "../../../hooks/use-abortable-load";
import { languageName } from "../../../i18n/intl-data";
import type { MessageId } from "../../../i18n/messages";
import { VersionBadge } from "./kb-badges";
import { AddTextVersionForm, DraftTranslationForm, UploadPdfForm } from "./kb-version-forms";

function VersionItem({ version, slug, onChanged, onError }: { version: KbVersion; slug: string; onChanged: (notice: MessageId) => void; onError: (err: unknown) => void }) {
  const intl = useIntl();
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(version.body);
  const [busy, setBusy] = useState(false);
  const act = async (work: () => Promise<unknown>, notice: MessageId = "kb.version.updated") => {
    setBusy(true);
    try {
      await work();
      onChanged(notice);
    } catch (err) {
      onError(err);
    } finally {
      setBusy(false);
    }
  };
  const language = languageName(intl.locale, version.language);
  return (
    <li className="kb-version" aria-busy={busy}>
      <div className="kb-version__head">
        <VersionBadge version={version} />
        <strong className="kb-version__title" lang={version.language} dir="auto">
          {version.title}
        </strong>
      </div>
      {version.provenance && (
        <p className="muted">
          <FormattedMessage
            id="kb.version.machineFrom"
            values={{ language: languageName(intl.locale, version.provenance.sourceLanguage), engine: version.provenance.engine }}
          />
        </p>
      )}
      <p className="muted">
        {version.kind === "pdf" && version.chars === 0 ? (
          <FormattedMessage id="kb.version.noText" />
        ) : (
          <FormattedMessage id="kb.version.chars" values={{ count: version.chars }} />
        )}
      </p>
      {editing ? (
        <form
          className="form"
          onSubmit={(e: FormEvent<HTMLFormElement>) => {
            e.preventDefault();
            void act(async () => {
              await updateKbVersion(version.id, { body: body.trim() });
              setEditing(false);
            });
          }}
        >
          <label className="visually-hidden" htmlFor={`kb-body-${version.id}`}>
            <FormattedMessage id="kb.add.body" />
          </label>
          <textarea id={`kb-body-${version.id}`} rows={8} dir="auto" lang={version.language} value={body} onChange={(e) => setBody(e.target.value)} />
          <div className="form__actions">
            <button type="submit" className="button button--primary button--small" disabled={busy}>
              <FormattedMessage id="kb.version.saveText" />
            </button>
            <button type="button" className="button button--small" onClick={() => setEditing(false)}>
              <FormattedMessage id="common.cancel" />
            </button>
          </div>
        </form>
      ) : (
        version.kind === "text" && (
          <p className="kb-version__body" lang={version.language} dir="auto">
            {version.body.length > 400 ? `${version.body.slice(0, 400)}…` : version.body}
          </p>
        )
      )}
      <div className="kb-version__actions">
        <button
          type="button"
          className="button button--small"
          disabled={busy}
          onClick={() => void act(() => updateKbVersion(version.id, { status: version.status === "published" ? "draft" : "published" }))}
        >
          <FormattedMessage id={version.status === "published" ? "kb.version.unpublish" : "kb.version.publish"} />
        </button>
        {version.origin === "machine" && (
          <button type="button" className="button button--small" disabled={busy} onClick={() => void act(() => updateKbVersion(version.id, { origin: "human" }))}>
            <FormattedMessage id="kb.version.review" />
          </button>
        )}
        {version.kind === "text" && !editing && (
          <button type="button" className="button button--small" onClick={() => setEditing(true)}>
            <FormattedMessage id="kb.version.editText" />
          </button>
        )}
        {version.kind === "pdf" && version.url && (
          <a className="button button--small" href={version.url} target="_blank" rel="noreferrer">
            <FormattedMessage id="kb.version.openPdf" />
          </a>
        )}
        {version.status === "published" && (
          <a className="button button--small button--ghost" href={`/help/${encodeURIComponent(version.language)}/${encodeURIComponent(slug)}`} target="_blank" rel="noreferrer">
            <FormattedMessage id="kb.version.publicPage" />
          </a>
        )}
        <button
          type="button"
          className="button button--small button--danger"
          disabled={busy}
          onClick={() => {
            if (window.confirm(intl.formatMessage({ id: "kb.version.deleteConfirm" }, { language }))) void act(() => deleteKbVersion(version.id));
          }}
        >
          <FormattedMessage id="common.delete" />
        </button>
      </div>
    </li>
  );
}

function FamilyFields({ family, onSaved }: { family: KbFamilyDetail; onSaved: () => void }) {
  const intl = useIntl();
  const [title, setTitle] = useState(family.title);
  const [slug, setSlug] = useState(family.slug);
  const [tags, setTags] = useState(family.tags.join(", "));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await updateKbFamily(family.id, { title: title.trim(), slug: slug.trim(), tags: tags.split(",").map((t) => t.trim()).filter(Boolean) });
      setSaved(true);
      onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const field = errorField(error);
  const fieldError = (n: string) => (field === n && error instanceof ApiError ? error.message : null);
  return (
    <form className="form form--inline" onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
      {saved && (
        <StatusNotice>
          <FormattedMessage id="kb.editor.saved" />
        </StatusNotice>
      )}
      {error !== null && !field && <ErrorAlert error={error} />}
      <Field idPrefix="kb-family" name="title" label={intl.formatMessage({ id: "kb.new.field" })} error={fieldError("title")}>
        {(control) => <input {...control} required dir="auto" value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field idPrefix="kb-family" name="slug" label={intl.formatMessage({ id: "kb.editor.slug" })} error={fieldError("slug")}>
        {(control) => <input {...control} required dir="ltr" spellCheck={false} value={slug} onChange={(e) => setSlug(e.target.value)} />}
      </Field>
      <Field idPrefix="kb-family" name="tags" label={intl.formatMessage({ id: "kb.new.tags" })} error={fieldError("tags")}>
        {(control) => <input {...control} dir="auto" value={tags} onChange={(e) => setTags(e.target.value)} />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          <FormattedMessage id={busy ? "common.saving" : "common.save"} />
        </button>
      </div>
    </form>
  );
}

export function KbFamilyEditor({ familyId, onClose, onChanged }: { familyId: string; onClose: (deleted: boolean) => void; onChanged: () => void }) {
  const intl = useIntl();
  const [nonce, setNonce] = useState(0);
  const [notice, setNotice] = useState<MessageId | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { result: family, loading, error } = useAbortableLoad((signal) => getKbFamily(familyId, signal), [familyId, nonce]);
  const reload = () => {
    setNonce((n) => n + 1);
    onChanged();
  };
  // Keyboard users land in the editor they just opened.
  useEffect(() => headingRef.current?.focus(), [familyId]);

  return (
    <section className="card kb-editor" aria-labelledby="kb-editor-title">
      <div className="kb-editor__top">
        <h2 id="kb-editor-title" className="card__title" tabIndex={-1} ref={headingRef}>
          {family && family.id === familyId ? <FormattedMessage id="kb.editor.heading" values={{ title: <bdi>{family.title}</bdi> }} /> : <FormattedMessage id="common.loading" />}
        </h2>
        <button type="button" className="button button--small" onClick={() => onClose(false)}>
          <FormattedMessage id="kb.editor.close" />
        </button>
      </div>
      <ErrorAlert error={error ?? actionError} />
      {notice && (
        <StatusNotice>
          <FormattedMessage id={notice} />
        </StatusNotice>
      )}
      {!family && loading && (
        <p className="empty-state" aria-busy="true">
          <FormattedMessage id="common.loading" />
        </p>
      )}
      {family && family.id === familyId && (
        <>
          <FamilyFields key={`${family.id}-${family.updatedAt}`} family={family} onSaved={reload} />
          <h3 className="card__subtitle">
            <FormattedMessage id="kb.editor.versions" />
          </h3>
          {family.versions.length === 0 ? (
            <p className="empty-state">
              <FormattedMessage id="kb.editor.noVersions" />
            </p>
          ) : (
            <ul className="kb-versions">
              {family.versions.map((v) => (
                <VersionItem
                  key={`${v.id}-${v.updatedAt}`}
                  version={v}
                  slug={family.slug}
                  onChanged={(n) => {
                    setActionError(null);
                    setNotice(n);
                    reload();
                  }}
                  onError={setActionError}
                />
              ))}
            </ul>
          )}
          <div className="kb-editor__forms">
            <AddTextVersionForm familyId={family.id} onDone={reload} />
            <UploadPdfForm familyId={family.id} onDone={reload} />
            <DraftTranslationForm familyId={family.id} onDone={reload} existing={family.versions.filter((v) => v.kind === "text" && v.origin === "human").map((v) => v.language)} />
          </div>
          <div className="form__actions">
            <button
              type="button"
              className="button button--danger"
              onClick={() => {
                if (!window.confirm(intl.formatMessage({ id: "kb.editor.deleteConfirm" }, { title: family.title }))) return;
                deleteKbFamily(family.id).then(() => onClose(true), setActionError);
              }}
            >
              <FormattedMessage id="kb.editor.delete" />
            </button>
          </div>
        </>
      )}
    </section>
  );
}
