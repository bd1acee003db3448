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
