import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from "react";
import { IntlProvider } from "react-intl";
import { getMe, logout, updateMe } from "./api/auth.api";
import { setUnauthorizedHandler } from "./api/http";
import type { User } from "./api/types";
import { AppShell } from "./components/app-shell";
import { applyDocumentLocale, DEFAULT_LOCALE, initialLocale, matchUiLocale, type UiLocale } from "./i18n/locales";
import { catalogues } from "./i18n/messages";
import { LoginPage } from "./pages/login.page";
import { RouteView } from "./pages/route-view";
import { matchRoute, navigate, usePath } from "./router";
import { type Session, SessionContext } from "./session";

type AuthState = { status: "loading" } | { status: "anonymous" } | { status: "signed-in"; user: User };

const NEXT_KEY = "mundo.next";

export function App() {
  const [locale, setLocale] = useState<UiLocale>(initialLocale);
  const [auth, setAuth] = useState<AuthState>({ status: "loading" });
  const path = usePath();
  const route = matchRoute(path);
  const user = auth.status === "signed-in" ? auth.user : null;

  // Layout effect so lang/dir flip before the browser paints the new language.
  useLayoutEffect(() => applyDocumentLocale(locale), [locale]);

  // A user's saved language wins over whatever this browser last used.
  const adoptUser = useCallback((next: User) => {
    setAuth({ status: "signed-in", user: next });
    const saved = matchUiLocale(next.uiLanguage);
    if (saved) setLocale(saved);
  }, []);

  useEffect(() => {
    setUnauthorizedHandler(() => setAuth({ status: "anonymous" }));
    let cancelled = false;
    getMe().then(
      (me) => !cancelled && adoptUser(me),
      () => !cancelled && setAuth({ status: "anonymous" }),
    );
    return () => {
      cancelled = true;
      setUnauthorizedHandler(null);
    };
  }, [adoptUser]);

  // Route guards: anonymous users go to /login (remembering where they were headed), and back after.
  useEffect(() => {
    if (auth.status === "anonymous" && route.name !== "login") {
      sessionStorage.setItem(NEXT_KEY, window.location.pathname + window.location.search);
      navigate("/login", { replace: true });
    } else if (auth.status === "signed-in" && (route.name === "login" || route.name === "home")) {
      const next = sessionStorage.getItem(NEXT_KEY);
      sessionStorage.removeItem(NEXT_KEY);
      navigate(next && next !== "/login" && next !== "/" ? next : "/inbox", { replace: true });
    }
  }, [auth.status, route.name]);

  const session = useMemo<Session>(
    () => ({
      user,
      locale,
      changeLocale: (next) => {
        setLocale(next);
        if (user) updateMe({ uiLanguage: next }).then((u) => setAuth({ status: "signed-in", user: u }), () => {});
      },
      signIn: (next) => {
        adoptUser(next);
        // First sign-in: keep the language chosen on the login page as the user's preference.
        if (!next.uiLanguage) updateMe({ uiLanguage: locale }).catch(() => {});
      },
      signOut: async () => {
        await logout().catch(() => {});
        sessionStorage.removeItem(NEXT_KEY);
        // Same tick, so React renders both together and the guard never sees a half-signed-out state.
        setAuth({ status: "anonymous" });
        navigate("/login");
      },
      setUser: (next) => setAuth({ status: "signed-in", user: next }),
    }),
    [user, locale, adoptUser],
  );

  return (
    <IntlProvider locale={locale} defaultLocale={DEFAULT_LOCALE} messages={catalogues[locale]}>
      <SessionContext.Provider value={session}>
        {auth.status === "loading" && <Splash />}
        {auth.status === "anonymous" && route.name === "login" && <LoginPage />}
        {auth.status === "signed-in" && route.name !== "login" && route.name !== "home" && (
          <AppShell>
            <RouteView route={route} />
          </AppShell>
        )}
      </SessionContext.Provider>
    </IntlProvider>
  );
}

function Splash() {
  return <div className="splash" aria-busy="true" />;
}
