import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { panelId, tabId, Tabs } from "../../components/tabs";
import { useDocumentTitle } from "../../hooks/use-document-title";
import { FaqBotPanel } from "./faq-bot-panel";
import { MetricsPanel } from "./metrics-panel";
import { SurveysPanel } from "./surveys-panel";
import "./service-dashboard.css";

type Tab = "metrics" | "bot" | "surveys";
const ID = "service-dashboard";

/** /service: service metrics by language or team, the FAQ bot's decisions and settings, CSAT/NPS surveys. */
export function ServiceDashboardPage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: "serviceDashboard.title" }));
  const [tab, setTab] = useState<Tab>("metrics");
  const tabs = [
    { key: "metrics" as const, label: intl.formatMessage({ id: "serviceDashboard.tabs.metrics" }) },
    { key: "bot" as const, label: intl.formatMessage({ id: "serviceDashboard.tabs.bot" }) },
    { key: "surveys" as const, label: intl.formatMessage({ id: "serviceDashboard.tabs.surveys" }) },
  ];
  return (
    <section className="page service-dashboard">
      <header className="page__header">
        <h1 tabIndex={-1}>
          <FormattedMessage id="serviceDashboard.title" />
        </h1>
      </header>
      <Tabs idPrefix={ID} label={intl.formatMessage({ id: "serviceDashboard.tabs.label" })} tabs={tabs} selected={tab} onSelect={setTab} />
      <div role="tabpanel" id={panelId(ID, tab)} aria-labelledby={tabId(ID, tab)} tabIndex={0}>
        {tab === "metrics" && <MetricsPanel />}
        {tab === "bot" && <FaqBotPanel />}
        {tab === "surveys" && <SurveysPanel />}
      </div>
    </section>
  );
}
