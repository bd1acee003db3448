import { createContext, useContext } from "react";
import type { User } from "./api/types";
import type { UiLocale } from "./i18n/locales";

export interface Session {
  user: User | null;
  locale: UiLocale;
  // Switches the UI language now, and saves it on the server when signed in.
  changeLocale: (locale: UiLocale) => void;
  signIn: (user: User) => void;
  signOut: () => Promise<void>;
  setUser: (user: User) => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside SessionContext");
  return session;
}

export function useUser(): User {
  const { user } = useSession();
  if (!user) throw new Error("useUser needs a signed-in user");
  return user;
}
