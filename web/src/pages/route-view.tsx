import type { Route } from "../router";
import { CallPage } from "./calls/call.page";
import { CompaniesPage } from "./companies.page";
import { CustomerEditPage } from "./customer-edit.page";
import { CustomerListPage } from "./customer-list.page";
import { ImportsPage } from "./imports.page";
import { InboxPage } from "./inbox.page";
import { LanguagesPage } from "./languages.page";
import { NotFoundPage } from "./not-found.page";
import { SettingsPage } from "./settings.page";
import { AlertsPage } from "./intelligence/alerts.page";
import { ConceptsPage } from "./intelligence/concepts.page";
import { CustomerProfilePage } from "./intelligence/customer-profile.page";
import { ReviewThemesPage } from "./intelligence/review-themes.page";
import { SegmentsPage } from "./intelligence/segments.page";
import { TagRulesPage } from "./intelligence/tag-rules.page";
import { KnowledgeBasePage } from "./service/kb.page";
import { ServiceDashboardPage } from "./service/service-dashboard.page";
import { TeamsPage } from "./service/teams.page";
import { TicketsPage } from "./service/tickets.page";

export function RouteView({ route }: { route: Route }) {
  switch (route.name) {
    case "inbox":
      return <InboxPage conversationId={null} />;
    case "conversation":
      return <InboxPage conversationId={route.id} />;
    case "call":
      return <CallPage key={route.id} id={route.id} />;
    case "imports":
      return <ImportsPage />;
    case "customers":
      return <CustomerListPage />;
    case "customer-new":
      return <CustomerEditPage key="new" id={null} />;
    case "customer":
      // Keyed by id so moving between customers starts from a fresh form.
      return <CustomerEditPage key={route.id} id={route.id} />;
    case "customer-profile":
      return <CustomerProfilePage key={route.id} id={route.id} />;
    case "tickets":
      return <TicketsPage id={null} />;
    case "ticket":
      return <TicketsPage key={route.id} id={route.id} />;
    case "teams":
      return <TeamsPage />;
    case "kb":
      return <KnowledgeBasePage />;
    case "service":
      return <ServiceDashboardPage />;
    case "segments":
      return <SegmentsPage />;
    case "tags":
      return <TagRulesPage />;
    case "concepts":
      return <ConceptsPage />;
    case "alerts":
      return <AlertsPage />;
    case "reviews":
      return <ReviewThemesPage />;
    case "companies":
      return <CompaniesPage />;
    case "languages":
      return <LanguagesPage />;
    case "settings":
      return <SettingsPage />;
    default:
      return <NotFoundPage />;
  }
}
