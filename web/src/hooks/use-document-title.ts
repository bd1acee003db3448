import { useEffect } from "react";

// Tab titles name the page first so many open tabs stay distinguishable.
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Mundo` : "Mundo";
  }, [title]);
}
