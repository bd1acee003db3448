import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { isAbortError } from "../api/api-error";
import { getEngines } from "../api/language.api";
import type { EnginesReport } from "../api/types";
import { panelId, type TabItem, tabId, Tabs } from "../components/tabs";
import { useDocumentTitle } from "../hooks/use-document-title";
import { readSearch, replaceSearch } from "../router";
import { useUser } from "../session";
import { EnginesSection } from "./languages/engines.section";
import { GlossarySection } from "./languages/glossary.section";
import { canManageLanguage } from "./languages/language-labels";
import { MemorySection } from "./languages/memory.section";
import { PlaygroundSection } from "./languages/playground.section";

type TabKey = "engines" | "playground" | "memory" | "glossary";
const TAB_KEYS: readonly TabKey[] = ["engines", "playground", "memory", "glossary"];
const ID_PREFIX = "languages";

export interface EnginesState {
  report: EnginesReport | null;
  loading: boolean;
  error: unknown;
  reload: () => void;
}

function tabFromUrl(): TabKey {
  const tab = readSearch().get("tab");
  return TAB_KEYS.find((key) => key === tab) ?? "engines";
}

export function LanguagesPage() {
  const intl = useIntl();
  const user = useUser();
  const canManage = canManageLanguage(user.role);
  const [tab, setTab] = useState<TabKey>(tabFromUrl);
  // Panels mount on first visit and then stay mounted (hidden), so switching tabs keeps their state.
  const [visited, setVisited] = useState<ReadonlySet<TabKey>>(() => new Set([tab]));
  const [report, setReport] = useState<EnginesReport | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const request = useRef<AbortController | null>(null);
  useDocumentTitle(intl.formatMessage({ id: "languages.title" }));

  // Also run by "Check again"; a newer check aborts an older one still in flight.
  const reload = useCallback(() => {
    request.current?.abort();
    const controller = new AbortController();
    request.current = controller;
    setLoading(true);
    getEngines(controller.signal).then(
      (next) => {
        setReport(next);
        setError(null);
        setLoading(false);
      },
      (err) => {
        if (isAbortError(err)) return;
        setError(err);
        setLoading(false);
      },
    );
  }, []);

  useEffect(() => {
    reload();
    return () => request.current?.abort();
  }, [reload]);

  const select = (key: TabKey) => {
    setTab(key);
    setVisited((v) => (v.has(key) ? v : new Set([...v, key])));
    replaceSearch({ tab: key === "engines" ? undefined : key });
  };

  const engines: EnginesState = { report, loading, error, reload };
  const tabs: TabItem<TabKey>[] = TAB_KEYS.map((key) => ({ key, label: <FormattedMessage id={`languages.tab.${key}`} /> }));
  const panel = (key: TabKey, content: ReactNode) => (
    <div
      key={key}
      role="tabpanel"
      id={panelId(ID_PREFIX, key)}
      aria-labelledby={tabId(ID_PREFIX, key)}
      className="tab-panel"
      hidden={tab !== key}
    >
      {visited.has(key) && content}
    </div>
  );

  return (
    <section className="page">
      <header className="page__header">
        <h1 tabIndex={-1}>
          <FormattedMessage id="languages.title" />
        </h1>
      </header>
      <p className="muted page__intro">
        <FormattedMessage id="languages.intro" />
      </p>
      <Tabs idPrefix={ID_PREFIX} label={intl.formatMessage({ id: "languages.tabsLabel" })} tabs={tabs} selected={tab} onSelect={select} />
      {panel("engines", <EnginesSection engines={engines} />)}
      {panel("playground", <PlaygroundSection report={report} />)}
      {panel("memory", <MemorySection report={report} canManage={canManage} />)}
      {panel("glossary", <GlossarySection report={report} canManage={canManage} />)}
    </section>
  );
}
