import { useCallback, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { type Alert, acknowledgeAlert, alertFromSignal, listAlerts } from "../../../api/alerts.api";
import { ErrorAlert } from "../../../components/error-alert";
import { LanguageSelect } from "../../../components/language-select";
import { ListStatus } from "../../../components/list-status";
import { Pagination } from "../../../components/pagination";
import { ToolbarCount } from "../../../components/search-toolbar";
import { useAbortableLoad } from "../../../hooks/use-abortable-load";
import { useLiveEvents } from "../../../hooks/use-live-events";
import { COMMON_LANGUAGES } from "../../../i18n/intl-data";
import { readSearch, replaceSearch } from "../../../router";
import { AlertCard } from "./alert-card";

const PAGE_SIZE = 20;
type State = "open" | "acknowledged" | "all";

function initialFilters() {
  const s = readSearch();
  const state = s.get("state");
  return {
    state: (state === "acknowledged" || state === "all" ? state : "open") as State,
    kind: s.get("kind") ?? "",
    language: s.get("language") ?? "",
    offset: 0,
    nonce: 0,
  };
}

/** Alerts with their filters, kept live: a new or acknowledged alert anywhere reloads the page shown. */
export function AlertList() {
  const intl = useIntl();
  const [query, setQuery] = useState(initialFilters);
  const reload = useCallback(() => setQuery((s) => ({ ...s, nonce: s.nonce + 1 })), []);
  const { result, setResult, loading, error, setError } = useAbortableLoad(
    (signal) =>
      listAlerts(
        {
          acknowledged: query.state === "all" ? undefined : query.state === "acknowledged" ? "true" : "false",
          kind: query.kind || undefined,
          language: query.language || undefined,
          limit: PAGE_SIZE,
          offset: query.offset,
        },
        signal,
      ),
    [query],
  );

  useLiveEvents((signal) => {
    if (signal.type === "reconnected" || alertFromSignal(signal)) reload();
  });

  const filter = (patch: Partial<Pick<typeof query, "state" | "kind" | "language">>) =>
    setQuery((s) => {
      const next = { ...s, ...patch, offset: 0 };
      replaceSearch({ state: next.state === "open" ? undefined : next.state, kind: next.kind, language: next.language });
      return next;
    });

  const acknowledge = async (alert: Alert) => {
    try {
      const updated = await acknowledgeAlert(alert.id);
      // Shown at once; the live event then reloads the page (an "open" list drops it).
      setResult((page) => page && { ...page, items: page.items.map((a) => (a.id === updated.id ? updated : a)) });
    } catch (err) {
      setError(err);
    }
  };

  return (
    <>
      <search className="toolbar alert-filters">
        <label className="alert-filters__field">
          <span className="field__label">
            <FormattedMessage id="alerts.filter.state" />
          </span>
          <select name="state" value={query.state} onChange={(e) => filter({ state: e.target.value as State })}>
            <option value="open">{intl.formatMessage({ id: "alerts.state.open" })}</option>
            <option value="acknowledged">{intl.formatMessage({ id: "alerts.state.acknowledged" })}</option>
            <option value="all">{intl.formatMessage({ id: "alerts.state.all" })}</option>
          </select>
        </label>
        <label className="alert-filters__field">
          <span className="field__label">
            <FormattedMessage id="alerts.filter.kind" />
          </span>
          <select name="kind" value={query.kind} onChange={(e) => filter({ kind: e.target.value })}>
            <option value="">{intl.formatMessage({ id: "alerts.kind.all" })}</option>
            <option value="negative-message">{intl.formatMessage({ id: "alerts.kind.negativeMessage" })}</option>
            <option value="negative-streak">{intl.formatMessage({ id: "alerts.kind.negativeStreak" })}</option>
          </select>
        </label>
        <label className="alert-filters__field">
          <span className="field__label">
            <FormattedMessage id="alerts.filter.language" />
          </span>
          <LanguageSelect
            name="language"
            codes={COMMON_LANGUAGES}
            value={query.language}
            emptyLabel={intl.formatMessage({ id: "alerts.language.all" })}
            onChange={(language) => filter({ language })}
          />
        </label>
        <ToolbarCount id="alerts.count" count={result?.total} />
      </search>
      <ErrorAlert error={error} />
      <ListStatus items={result?.items} loading={loading} emptyId={query.state === "open" ? "alerts.emptyOpen" : "alerts.empty"}>
        {(items) => (
          <ul className="alert-list" aria-busy={loading}>
            {items.map((alert) => (
              <AlertCard key={alert.id} alert={alert} onAcknowledge={acknowledge} />
            ))}
          </ul>
        )}
      </ListStatus>
      <Pagination offset={query.offset} limit={PAGE_SIZE} total={result?.total ?? 0} onChange={(offset) => setQuery((s) => ({ ...s, offset }))} />
    </>
  );
}
