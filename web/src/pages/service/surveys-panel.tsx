import { type FormEvent, useEffect, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { getSurveySettings, listSurveys, type Survey, type SurveySettings, updateSurveySettings } from "../../api/surveys.api";
import { DataTable } from "../../components/data-table";
import { ErrorAlert, StatusNotice } from "../../components/error-alert";
import { ListStatus } from "../../components/list-status";
import { Pagination } from "../../components/pagination";
import { useAbortableLoad } from "../../hooks/use-abortable-load";
import type { MessageId } from "../../i18n/messages";
import { useUser } from "../../session";
import { languageLabel } from "../languages/language-labels";

const PAGE_SIZE = 20;
const STATUSES = ["answered", "unanswered", "expired"] as const;
type Status = (typeof STATUSES)[number];

function SurveySettingsForm({ canEdit }: { canEdit: boolean }) {
  const intl = useIntl();
  const { result, error: loadError } = useAbortableLoad((signal) => getSurveySettings(signal), []);
  const [draft, setDraft] = useState<SurveySettings | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => setDraft(result), [result]);
  if (!draft) return <ErrorAlert error={loadError} />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setSaved(false);
    try {
      setDraft(await updateSurveySettings({ enabled: draft.enabled, expiresDays: draft.expiresDays }));
      setError(null);
      setSaved(true);
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };
  return (
    <form className="card sd-settings" onSubmit={submit}>
      <h2 className="card__title">
        <FormattedMessage id="serviceDashboard.surveys.settings.title" />
      </h2>
      {saved && (
        <StatusNotice>
          <FormattedMessage id="serviceDashboard.surveys.settings.saved" />
        </StatusNotice>
      )}
      <ErrorAlert error={error} />
      <label className="checkbox">
        <input type="checkbox" name="enabled" checked={draft.enabled} disabled={!canEdit} onChange={() => setDraft({ ...draft, enabled: !draft.enabled })} />
        <FormattedMessage id="serviceDashboard.surveys.settings.enabled" />
      </label>
      <div className="field sd-narrow">
        <label className="field__label" htmlFor="survey-expires-days">
          <FormattedMessage id="serviceDashboard.surveys.settings.expiresDays" />
        </label>
        <input
          id="survey-expires-days"
          type="number"
          name="expiresDays"
          min={1}
          max={365}
          value={draft.expiresDays}
          disabled={!canEdit}
          onChange={(e) => setDraft({ ...draft, expiresDays: Math.min(365, Math.max(1, Math.round(Number(e.target.value) || 1))) })}
        />
      </div>
      {canEdit ? (
        <div>
          <button type="submit" className="button button--primary" disabled={saving}>
            <FormattedMessage id="serviceDashboard.save" />
          </button>
        </div>
      ) : (
        <p className="muted">{intl.formatMessage({ id: "serviceDashboard.readOnly" })}</p>
      )}
    </form>
  );
}

function SurveyRow({ s }: { s: Survey }) {
  const intl = useIntl();
  const r = s.response;
  return (
    <tr data-survey={s.id}>
      <td>{intl.formatDate(s.sentAt ?? s.createdAt, { dateStyle: "short", timeStyle: "short" })}</td>
      <td>
        <bdi>{s.customer?.name || intl.formatMessage({ id: "serviceDashboard.unknownCustomer" })}</bdi>
      </td>
      <td>
        {languageLabel(intl, s.language)}
        {s.textSource !== "written" && (
          <div className="muted sd-small" title={s.textNote ?? undefined}>
            <FormattedMessage id={s.textSource === "machine" ? "serviceDashboard.surveys.machine" : "serviceDashboard.surveys.english"} />
          </div>
        )}
      </td>
      <td className="sd-small">
        <div title={s.email.note ?? undefined}>
          <FormattedMessage id="serviceDashboard.surveys.delivery.email" values={{ status: s.email.status }} />
        </div>
        <div title={s.chat.note ?? undefined}>
          <FormattedMessage id="serviceDashboard.surveys.delivery.chat" values={{ status: s.chat.status }} />
        </div>
      </td>
      <td className="sd-num">{r ? intl.formatNumber(r.csat) : <span className="muted">{intl.formatMessage({ id: "serviceDashboard.surveys.notAnswered" })}</span>}</td>
      <td className="sd-num">{r && r.nps !== null ? intl.formatNumber(r.nps) : ""}</td>
      <td className="sd-text" dir="auto" lang={s.language}>
        {r?.comment ?? ""}
      </td>
      <td>
        <a href={s.url} target="_blank" rel="noopener noreferrer">
          <FormattedMessage id="serviceDashboard.surveys.open" />
        </a>
      </td>
    </tr>
  );
}

/** Survey settings and the surveys sent, with their delivery and answers. */
export function SurveysPanel() {
  const intl = useIntl();
  const user = useUser();
  const [status, setStatus] = useState<Status | "">("");
  const [offset, setOffset] = useState(0);
  const { result, loading, error } = useAbortableLoad((signal) => listSurveys({ status: status || undefined, limit: PAGE_SIZE, offset }, signal), [status, offset]);
  const heads = ["sent", "customer", "language", "delivery", "csat", "nps", "comment", "link"] as const;
  return (
    <div className="sd-panel">
      <SurveySettingsForm canEdit={user.role !== "agent"} />
      <section className="sd-section" aria-labelledby="surveys-title">
        <div className="page__header">
          <h2 id="surveys-title" className="card__title">
            <FormattedMessage id="serviceDashboard.surveys.title" />
          </h2>
          <label className="sd-filter sd-filter--inline">
            <span className="field__label">
              <FormattedMessage id="serviceDashboard.surveys.filter" />
            </span>
            <select
              name="status"
              value={status}
              onChange={(e) => {
                setStatus(e.target.value as Status | "");
                setOffset(0);
              }}
            >
              <option value="">{intl.formatMessage({ id: "serviceDashboard.surveys.status.all" })}</option>
              {STATUSES.map((st) => (
                <option key={st} value={st}>
                  {intl.formatMessage({ id: `serviceDashboard.surveys.status.${st}` as MessageId })}
                </option>
              ))}
            </select>
          </label>
        </div>
        <ErrorAlert error={error} />
        <ListStatus items={result?.items} loading={loading} loadingId="serviceDashboard.surveys.loading" emptyId="serviceDashboard.surveys.empty">
          {(items) => (
            <DataTable
              className="table sd-table"
              busy={loading}
              caption={intl.formatMessage({ id: "serviceDashboard.surveys.title" })}
              head={heads.map((h) => (
                <th key={h} scope="col">
                  <FormattedMessage id={`serviceDashboard.surveys.col.${h}` as MessageId} />
                </th>
              ))}
            >
              {items.map((s) => (
                <SurveyRow key={s.id} s={s} />
              ))}
            </DataTable>
          )}
        </ListStatus>
        <Pagination offset={offset} limit={PAGE_SIZE} total={result?.total ?? 0} onChange={setOffset} />
      </section>
    </div>
  );
}
