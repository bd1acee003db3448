import { type FormEvent, type KeyboardEvent, useState } from "react";
import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import { updateMemoryEntry } from "../../api/language.api";
import type { MemoryEntry } from "../../api/types";
import { ErrorAlert } from "../../components/error-alert";
import { engineLabel, languageLabel } from "./language-labels";
import { PairArrow } from "./pair-list";

interface MemoryRowProps {
  entry: MemoryEntry;
  canDelete: boolean;
  onChanged: (entry: MemoryEntry) => void;
  onDelete: () => void;
}

export function MemoryRow({ entry, canDelete, onChanged, onDelete }: MemoryRowProps) {
  const intl = useIntl();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(entry.target);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // The approval box flips at once; the server's answer (or its refusal) settles it.
  const [approving, setApproving] = useState<boolean | null>(null);
  const targetId = `memory-${entry.id}-target`;

  const patch = async (body: { target?: string; approved?: boolean }) => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await updateMemoryEntry(entry.id, body));
      setEditing(false);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
      setApproving(null);
    }
  };

  const approve = (approved: boolean) => {
    setApproving(approved);
    void patch({ approved });
  };

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (draft.trim()) void patch({ target: draft.trim() });
  };
  const cancel = () => {
    setEditing(false);
    setDraft(entry.target);
    setError(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Escape") cancel();
  };

  return (
    <tr className={editing ? "table__editing" : undefined}>
      <td className="nowrap">
        <bdi>{languageLabel(intl, entry.sourceLanguage)}</bdi>
        <PairArrow />
        <bdi>{languageLabel(intl, entry.targetLanguage)}</bdi>
      </td>
      <td dir="auto" lang={entry.sourceLanguage} className="memory__text">
        {entry.source}
      </td>
      <td className="memory__text">
        {editing ? (
          <form className="stack stack--tight" onSubmit={save} aria-busy={busy}>
            <label htmlFor={targetId} className="visually-hidden">
              <FormattedMessage id="languages.memory.col.target" />
            </label>
            <textarea
              id={targetId}
              name="target"
              rows={3}
              dir="auto"
              lang={entry.targetLanguage}
              // autofocus: the user just asked to edit this cell
              autoFocus
              value={draft}
              onKeyDown={onKeyDown}
              onChange={(e) => setDraft(e.target.value)}
            />
            <ErrorAlert error={error} />
            <div className="form__actions">
              <button type="submit" className="button button--small button--primary" disabled={busy || !draft.trim()}>
                <FormattedMessage id={busy ? "common.saving" : "common.save"} />
              </button>
              <button type="button" className="button button--small" onClick={cancel}>
                <FormattedMessage id="common.cancel" />
              </button>
            </div>
          </form>
        ) : (
          <span dir="auto" lang={entry.targetLanguage}>
            {entry.target}
          </span>
        )}
      </td>
      <td>
        <FormattedMessage id={`languages.origin.${entry.origin}`} />
        {entry.engine && (
          <span className="table__sub">
            {engineLabel(intl, entry.engine)}
            {entry.pivot && (
              <>
                {" · "}
                <FormattedMessage id="languages.via" values={{ language: languageLabel(intl, entry.pivot) }} />
              </>
            )}
          </span>
        )}
      </td>
      <td>
        <label className="checkbox">
          <input
            type="checkbox"
            name="approved"
            checked={approving ?? entry.approved}
            disabled={busy}
            onChange={(e) => approve(e.target.checked)}
          />
          <span className="visually-hidden">
            <FormattedMessage id="languages.memory.approveLabel" values={{ source: entry.source.slice(0, 60) }} />
          </span>
        </label>
        {!editing && <ErrorAlert error={error} />}
      </td>
      <td className="numeric">{intl.formatNumber(entry.hits)}</td>
      <td className="nowrap">
        <FormattedDate value={entry.updatedAt} dateStyle="medium" />
      </td>
      <td className="table__actions">
        {!editing && (
          <button
            type="button"
            className="button button--small"
            aria-label={intl.formatMessage({ id: "languages.memory.editLabel" }, { source: entry.source.slice(0, 60) })}
            onClick={() => {
              setDraft(entry.target);
              setEditing(true);
            }}
          >
            <FormattedMessage id="common.edit" />
          </button>
        )}
        {canDelete && (
          <button
            type="button"
            className="button button--small button--danger"
            aria-label={intl.formatMessage({ id: "languages.memory.deleteLabel" }, { source: entry.source.slice(0, 60) })}
            onClick={onDelete}
          >
            <FormattedMessage id="common.delete" />
          </button>
        )}
      </td>
    </tr>
  );
}
