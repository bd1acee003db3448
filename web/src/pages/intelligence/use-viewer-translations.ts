import { useEffect, useState } from "react";
import { ApiError, isAbortError } from "../../api/api-error";
import { type TimelineItem, translateForViewer } from "../../api/profiles.api";

export type ViewerText = { state: "loading" } | { state: "ok"; text: string } | { state: "unavailable"; reason: string };

const MAX_CHARS = 20_000; // the translate endpoint's limit per text
const primary = (tag: string) => tag.split("-")[0]!.toLowerCase();

export const sameLanguage = (a: string | null | undefined, b: string | null | undefined): boolean => Boolean(a && b && primary(a) === primary(b));

/** Inbound messages whose original and stored translation are both in another language than the viewer's. */
export function needsViewerTranslation(m: TimelineItem, viewer: string): boolean {
  if (m.direction !== "in" || !m.language || m.language === "und" || !m.original.text.trim()) return false;
  return !sameLanguage(m.language, viewer) && !sameLanguage(m.translation?.to, viewer);
}

/**
 * Translates, on demand, the messages of one timeline page into the viewer's UI language: one request per
 * source language. Pairs no engine serves come back "unavailable" with the server's reason, never faked.
 */
export function useViewerTranslations(items: TimelineItem[], viewer: string): Record<string, ViewerText> {
  const [texts, setTexts] = useState<Record<string, ViewerText>>({});
  const wanted = items.filter((m) => needsViewerTranslation(m, viewer));
  const key = `${viewer}|${wanted.map((m) => m.id).join(",")}`;

  useEffect(() => {
    if (wanted.length === 0) return;
    const controller = new AbortController();
    const byLanguage = new Map<string, TimelineItem[]>();
    for (const m of wanted) byLanguage.set(m.language!, [...(byLanguage.get(m.language!) ?? []), m]);
    setTexts((prev) => ({ ...prev, ...Object.fromEntries(wanted.map((m) => [m.id, prev[m.id] ?? { state: "loading" }])) }));
    for (const [from, group] of byLanguage) {
      translateForViewer(group.map((m) => m.original.text.slice(0, MAX_CHARS)), from, viewer, controller.signal).then(
        ({ translations }) => {
          const update: Record<string, ViewerText> = {};
          group.forEach((m, i) => {
            const t = translations[i];
            update[m.id] = t?.text !== undefined ? { state: "ok", text: t.text } : { state: "unavailable", reason: t?.error?.message ?? "" };
          });
          setTexts((prev) => ({ ...prev, ...update }));
        },
        (err) => {
          if (isAbortError(err)) return;
          const reason = err instanceof ApiError ? err.message : String(err);
          setTexts((prev) => ({ ...prev, ...Object.fromEntries(group.map((m) => [m.id, { state: "unavailable", reason } as ViewerText])) }));
        },
      );
    }
    return () => controller.abort();
    // `key` names exactly the messages and language to translate.
  }, [key]);

  return texts;
}
