import { FormattedMessage, useIntl } from "react-intl";
import { useDocumentTitle } from "../hooks/use-document-title";
import { useUser } from "../session";
import { ApiTokensSection } from "./settings/api-tokens.section";
import { UsersSection } from "./settings/users.section";
import { WorkspaceSettingsSection } from "./settings/workspace-settings.section";

export function SettingsPage() {
  const intl = useIntl();
  const user = useUser();
  useDocumentTitle(intl.formatMessage({ id: "settings.title" }));
  return (
    <section className="page">
      <header className="page__header">
        <h1 tabIndex={-1}>
          <FormattedMessage id="settings.title" />
        </h1>
      </header>
      <WorkspaceSettingsSection canEdit={user.role === "admin" || user.role === "manager"} />
      <ApiTokensSection />
      {user.role === "admin" && <UsersSection />}
    </section>
  );
}
