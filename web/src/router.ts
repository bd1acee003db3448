import { useSyncExternalStore } from "react";

// A tiny history router: the pathname is the only routing state.
const NAVIGATE_EVENT = "mundo:navigate";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

// Bumps on every navigation (including back/forward), so pages can remount and re-read the URL
// even when only the query string changed, e.g. clicking "Customers" while a search is active.
let navigationCount = 0;
window.addEventListener("popstate", () => {
  navigationCount += 1;
});

export function useNavigationKey(): number {
  return useSyncExternalStore(subscribe, () => navigationCount);
}

// `flash` rides along in history.state so the next page can confirm what just happened.
export function navigate(to: string, options: { replace?: boolean; flash?: string } = {}): void {
  const current = window.location.pathname + window.location.search;
  if (to === current && !options.flash) return;
  const state = options.flash ? { flash: options.flash } : null;
  if (options.replace) window.history.replaceState(state, "", to);
  else window.history.pushState(state, "", to);
  navigationCount += 1;
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

export function readFlash(): string | null {
  const state: unknown = window.history.state;
  const flash = (state as { flash?: unknown } | null)?.flash;
  return typeof flash === "string" ? flash : null;
}

// Keeps list filters in the query string without a re-render or a new history entry.
export function replaceSearch(params: Record<string, string | number | undefined>): void {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== "" && value !== 0) search.set(key, String(value));
  }
  const text = search.toString();
  window.history.replaceState(window.history.state, "", `${window.location.pathname}${text ? `?${text}` : ""}`);
}

export function readSearch(): URLSearchParams {
  return new URLSearchParams(window.location.search);
}

export type Route =
  | { name: "login" }
  | { name: "inbox" }
  | { name: "conversation"; id: string }
  | { name: "call"; id: string }
  | { name: "imports" }
  | { name: "customers" }
  | { name: "customer-new" }
  | { name: "customer"; id: string }
  | { name: "customer-profile"; id: string }
  | { name: "tickets" }
  | { name: "ticket"; id: string }
  | { name: "teams" }
  | { name: "kb" }
  | { name: "service" }
  | { name: "segments" }
  | { name: "tags" }
  | { name: "concepts" }
  | { name: "alerts" }
  | { name: "reviews" }
  | { name: "companies" }
  | { name: "languages" }
  | { name: "settings" }
  | { name: "home" }
  | { name: "not-found" };

export function matchRoute(path: string): Route {
  const parts = path.split("/").filter(Boolean);
  const [first, second, ...rest] = parts;
  if (first === "customers" && second && rest.length === 1 && rest[0] === "profile") return { name: "customer-profile", id: decodeURIComponent(second) };
  if (rest.length > 0) return { name: "not-found" };
  if (first === undefined) return { name: "home" };
  if (first === "login" && !second) return { name: "login" };
  if (first === "inbox") return second ? { name: "conversation", id: decodeURIComponent(second) } : { name: "inbox" };
  if (first === "calls" && second) return { name: "call", id: decodeURIComponent(second) };
  if (first === "imports" && !second) return { name: "imports" };
  if (first === "companies" && !second) return { name: "companies" };
  if (first === "languages" && !second) return { name: "languages" };
  if (first === "settings" && !second) return { name: "settings" };
  if (first === "tickets") return second ? { name: "ticket", id: decodeURIComponent(second) } : { name: "tickets" };
  for (const name of ["teams", "kb", "service", "segments", "tags", "concepts", "alerts", "reviews"] as const) {
    if (first === name && !second) return { name };
  }
  if (first === "customers") {
    if (!second) return { name: "customers" };
    if (second === "new") return { name: "customer-new" };
    return { name: "customer", id: decodeURIComponent(second) };
  }
  return { name: "not-found" };
}
