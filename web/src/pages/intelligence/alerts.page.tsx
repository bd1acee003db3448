import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { panelId, tabId, Tabs } from "../../components/tabs";
import { useDocumentTitle } from "../../hooks/use-document-title";
import { readSearch, replaceSearch } from "../../router";
import { useUser } from "../../session";
import { AlertList } from "./signals/alert-list";
import { AlertRulesSection } from "./signals/alert-rules.section";
import { AlertEmailSection } from "./signals/alert-email.section";
import { AlertWebhooksSection } from "./signals/alert-webhooks.section";
import "./signals/signals.css";

type Tab = "alerts" | "settings";

export function AlertsPage() {
  const intl = useIntl();
  const user = useUser();
  const canManage = user.role === "manager" || user.role === "admin";
  const [tab, setTab] = useState<Tab>(() => (canManage && readSearch().get("tab") === "settings" ? "settings" : "alerts"));
  useDocumentTitle(intl.formatMessage({ id: "nav.alerts" }));

  const select = (next: Tab) => {
    setTab(next);
    replaceSearch({ tab: next === "settings" ? "settings" : undefined });
  };

  return (
    <section className="page signals">
      <header className="page__header">
        <h1 tabIndex={-1}>
          <FormattedMessage id="nav.alerts" />
        </h1>
      </header>
      <p className="muted page__intro">
        <FormattedMessage id="alerts.intro" />
      </p>
      {canManage && (
        <Tabs
          idPrefix="alerts"
          label={intl.formatMessage({ id: "alerts.tabs" })}
          tabs={[
            { key: "alerts", label: <FormattedMessage id="alerts.tab.list" /> },
            { key: "settings", label: <FormattedMessage id="alerts.tab.settings" /> },
          ]}
          selected={tab}
          onSelect={select}
        />
      )}
      {tab === "alerts" ? (
        <div id={panelId("alerts", "alerts")} role={canManage ? "tabpanel" : undefined} aria-labelledby={canManage ? tabId("alerts", "alerts") : undefined} className="stack">
          <AlertList />
        </div>
      ) : (
        <div id={panelId("alerts", "settings")} role="tabpanel" aria-labelledby={tabId("alerts", "settings")} className="stack">
          <AlertRulesSection />
          <AlertEmailSection />
          <AlertWebhooksSection />
        </div>
      )}
    </section>
  );
}
