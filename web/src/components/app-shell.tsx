import { type ReactNode, useEffect, useRef } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { MessageId } from "../i18n/messages";
import { useNavigationKey, usePath } from "../router";
import { useUser, useSession } from "../session";
import { AlertBadge } from "./alert-badge";
import { LanguageSwitcher } from "./language-switcher";
import { Link } from "./link";

const NAV: { href: string; label: MessageId }[] = [
  { href: "/inbox", label: "nav.inbox" },
  { href: "/tickets", label: "nav.tickets" },
  { href: "/alerts", label: "nav.alerts" },
  { href: "/customers", label: "nav.customers" },
  { href: "/segments", label: "nav.segments" },
  { href: "/companies", label: "nav.companies" },
  { href: "/reviews", label: "nav.reviews" },
  { href: "/kb", label: "nav.kb" },
  { href: "/service", label: "nav.service" },
  { href: "/teams", label: "nav.teams" },
  { href: "/tags", label: "nav.tags" },
  { href: "/concepts", label: "nav.concepts" },
  { href: "/languages", label: "nav.languages" },
  { href: "/settings", label: "nav.settings" },
];

export function AppShell({ children }: { children: ReactNode }) {
  const intl = useIntl();
  const user = useUser();
  const { signOut } = useSession();
  const path = usePath();
  const navigationKey = useNavigationKey();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After client-side navigation, move focus to the new page heading like a full page load would.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (path) mainRef.current?.querySelector<HTMLElement>("h1")?.focus();
  }, [path]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        <FormattedMessage id="app.skipToContent" />
      </a>
      <header className="shell__header">
        <Link href="/inbox" className="brand">
          <span className="brand__mark" aria-hidden="true">
            M
          </span>
          Mundo
        </Link>
        <nav className="shell__nav" aria-label={intl.formatMessage({ id: "nav.label" })}>
          <ul>
            {NAV.map((item) => {
              const current = path === item.href || path.startsWith(`${item.href}/`);
              return (
                <li key={item.href}>
                  <Link href={item.href} aria-current={current ? "page" : undefined}>
                    <FormattedMessage id={item.label} />
                  </Link>
                  {item.href === "/alerts" && <AlertBadge />}
                </li>
              );
            })}
          </ul>
        </nav>
        <div className="shell__user">
          <LanguageSwitcher />
          <span className="shell__name" title={user.email}>
            <FormattedMessage id="shell.signedInAs" values={{ name: <bdi>{user.name}</bdi> }} />
          </span>
          <button type="button" className="button button--ghost" onClick={() => void signOut()}>
            <FormattedMessage id="shell.signOut" />
          </button>
        </div>
      </header>
      <main id="main" ref={mainRef} className="shell__main" tabIndex={-1}>
        <div key={navigationKey} className="shell__page">
          {children}
        </div>
      </main>
    </div>
  );
}
