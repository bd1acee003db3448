import { type FormEvent, useEffect, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { type FaqBotDecision, type FaqBotDecisionKind, type FaqBotSettings, getFaqBotSettings, listFaqBotDecisions, updateFaqBotSettings } from "../../api/faq-bot.api";
import { DataTable } from "../../components/data-table";
import { ErrorAlert, StatusNotice } from "../../components/error-alert";
import { Link } from "../../components/link";
import { ListStatus } from "../../components/list-status";
import { Pagination } from "../../components/pagination";
import { useAbortableLoad } from "../../hooks/use-abortable-load";
import type { MessageId } from "../../i18n/messages";
import { useUser } from "../../session";
import { channelLabel } from "../inbox/inbox-labels";
import { languageLabel } from "../languages/language-labels";

const PAGE_SIZE = 20;
const FILTERS = ["answered", "handoff", "no_answer", "skipped", "pending"] as const;

const decisionId = (d: FaqBotDecision): MessageId =>
  d.state === "failed" ? "serviceDashboard.bot.decision.failed" : d.decision ? (`serviceDashboard.bot.decision.${d.decision}` as MessageId) : "serviceDashboard.bot.decision.pending";

function BotSettingsForm({ canEdit }: { canEdit: boolean }) {
  const intl = useIntl();
  const { result, error: loadError } = useAbortableLoad((signal) => getFaqBotSettings(signal), []);
  const [draft, setDraft] = useState<FaqBotSettings | null>(null);
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
      setDraft(await updateFaqBotSettings({ enabled: draft.enabled, minConfidence: draft.minConfidence }));
      setError(null);
      setSaved(true);
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };
  const toggle = (channel: "chat" | "email") => setDraft({ ...draft, enabled: { ...draft.enabled, [channel]: !draft.enabled[channel] } });
  return (
    <form className="card sd-settings" onSubmit={submit}>
      <h2 className="card__title">
        <FormattedMessage id="serviceDashboard.bot.settings.title" />
      </h2>
      {saved && (
        <StatusNotice>
          <FormattedMessage id="serviceDashboard.bot.settings.saved" />
        </StatusNotice>
      )}
      <ErrorAlert error={error} />
      <fieldset className="fieldset-plain checkbox-row" disabled={!canEdit}>
        <label className="checkbox">
          <input type="checkbox" name="chat" checked={draft.enabled.chat} onChange={() => toggle("chat")} />
          <FormattedMessage id="serviceDashboard.bot.settings.chat" />
        </label>
        <label className="checkbox">
          <input type="checkbox" name="email" checked={draft.enabled.email} onChange={() => toggle("email")} />
          <FormattedMessage id="serviceDashboard.bot.settings.email" />
        </label>
      </fieldset>
      <div className="field sd-narrow">
        <label className="field__label" htmlFor="bot-min-confidence">
          <FormattedMessage id="serviceDashboard.bot.settings.minConfidence" />
        </label>
        <input
          id="bot-min-confidence"
          type="number"
          name="minConfidence"
          min={0}
          max={1}
          step={0.05}
          value={draft.minConfidence}
          disabled={!canEdit}
          aria-describedby="bot-min-confidence-hint"
          onChange={(e) => setDraft({ ...draft, minConfidence: Math.min(1, Math.max(0, Number(e.target.value) || 0)) })}
        />
        <div id="bot-min-confidence-hint" className="field__hint">
          <FormattedMessage id="serviceDashboard.bot.settings.minConfidenceHint" />
        </div>
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

function DecisionRow({ d }: { d: FaqBotDecision }) {
  const intl = useIntl();
  return (
    <tr data-decision={d.decision ?? d.state}>
      <td>{intl.formatDate(d.createdAt, { dateStyle: "short", timeStyle: "short" })}</td>
      <td>
        <bdi>{d.customer?.name || intl.formatMessage({ id: "serviceDashboard.unknownCustomer" })}</bdi>
        <div className="muted sd-small">
          {channelLabel(intl, d.channel)} · {languageLabel(intl, d.language)}
        </div>
      </td>
      <td className="sd-text" dir="auto" lang={d.language}>
        {d.query}
      </td>
      <td>
        <span className={`sd-badge sd-badge--${d.state === "failed" ? "failed" : (d.decision ?? "pending")}`}>
          <FormattedMessage id={decisionId(d)} />
        </span>
        {d.machineTranslated && (
          <div className="muted sd-small">
            <FormattedMessage id="serviceDashboard.bot.machineTranslated" />
          </div>
        )}
      </td>
      <td className="sd-num">{d.confidence === null ? "" : intl.formatNumber(d.confidence, { maximumFractionDigits: 2 })}</td>
      <td className="sd-small">{d.error ?? d.reason}</td>
      <td className="sd-links">
        <Link href={`/inbox/${d.conversationId}`}>
          <FormattedMessage id="serviceDashboard.bot.link.conversation" />
        </Link>
        {d.ticketId && (
          <Link href={`/tickets/${d.ticketId}`}>
            <FormattedMessage id="serviceDashboard.bot.link.ticket" />
          </Link>
        )}
      </td>
    </tr>
  );
}

/** The FAQ bot's settings and every decision it made, newest first. */
export function FaqBotPanel() {
  const intl = useIntl();
  const user = useUser();
  const [decision, setDecision] = useState<FaqBotDecisionKind | "pending" | "">("");
  const [offset, setOffset] = useState(0);
  const { result, loading, error } = useAbortableLoad(
    (signal) => listFaqBotDecisions({ decision: decision || undefined, limit: PAGE_SIZE, offset }, signal),
    [decision, offset],
  );
  const heads = ["when", "customer", "message", "decision", "confidence", "reason", "links"] as const;
  return (
    <div className="sd-panel">
      <BotSettingsForm canEdit={user.role !== "agent"} />
      <section className="sd-section" aria-labelledby="bot-decisions-title">
        <div className="page__header">
          <h2 id="bot-decisions-title" className="card__title">
            <FormattedMessage id="serviceDashboard.bot.decisions.title" />
          </h2>
          <label className="sd-filter sd-filter--inline">
            <span className="field__label">
              <FormattedMessage id="serviceDashboard.bot.decisions.filter" />
            </span>
            <select
              name="decision"
              value={decision}
              onChange={(e) => {
                setDecision(e.target.value as FaqBotDecisionKind | "pending" | "");
                setOffset(0);
              }}
            >
              <option value="">{intl.formatMessage({ id: "serviceDashboard.bot.decisions.all" })}</option>
              {FILTERS.map((f) => (
                <option key={f} value={f}>
                  {intl.formatMessage({ id: `serviceDashboard.bot.decision.${f}` as MessageId })}
                </option>
              ))}
            </select>
          </label>
        </div>
        <ErrorAlert error={error} />
        <ListStatus items={result?.items} loading={loading} loadingId="serviceDashboard.bot.decisions.loading" emptyId="serviceDashboard.bot.decisions.empty">
          {(items) => (
            <DataTable
              className="table sd-table"
              busy={loading}
              caption={intl.formatMessage({ id: "serviceDashboard.bot.decisions.title" })}
              head={heads.map((h) => (
                <th key={h} scope="col">
                  <FormattedMessage id={`serviceDashboard.bot.col.${h}` as MessageId} />
                </th>
              ))}
            >
              {items.map((d) => (
                <DecisionRow key={d.id} d={d} />
              ))}
            </DataTable>
          )}
        </ListStatus>
        <Pagination offset={offset} limit={PAGE_SIZE} total={result?.total ?? 0} onChange={setOffset} />
      </section>
    </div>
  );
}
