import { escapeHtml } from "../../shared/html.js";
import { textDirection } from "../../language/language-tags.js";
import { helpStrings, languageLabel } from "./help-centre.strings.js";


// Server-rendered help-centre pages. Every value from the database or the URL goes through
// escapeHtml; the pages carry their own small stylesheet (logical properties, so RTL just works).


const CSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,"Noto Sans","Noto Sans CJK SC","Noto Sans Arabic",sans-serif;color:#1d2430;background:#f6f7f9}
header{background:#1f3a5f;color:#fff;padding:1rem 1.5rem}
header a{color:#fff;text-decoration:none;font-weight:600;font-size:1.2rem}
form{display:flex;gap:.5rem;margin-block-start:.75rem;max-inline-size:40rem}
input[type=search]{flex:1;padding:.55rem .7rem;border:1px solid #9aa7b8;border-radius:6px;font:inherit}
button{padding:.55rem 1rem;border:0;border-radius:6px;background:#f2b632;color:#1d2430;font:inherit;font-weight:600;cursor:pointer}
button:focus-visible,a:focus-visible,input:focus-visible{outline:3px solid #f2b632;outline-offset:2px}
main{max-inline-size:48rem;margin:1.5rem auto;padding-inline:1.25rem}
h1{font-size:1.6rem;margin-block:0 1rem}
ul.articles,ol.results{list-style:none;padding:0;margin:0}
ul.articles li,ol.results li{background:#fff;border:1px solid #dde2ea;border-radius:8px;padding:.8rem 1rem;margin-block-end:.6rem}
.badge{display:inline-block;font-size:.75rem;padding:.05rem .45rem;border-radius:999px;background:#e6ebf2;margin-inline-start:.4rem;vertical-align:middle}
.badge.machine{background:#fff1cc}
.note{font-size:.85rem;color:#566176;margin-block:.25rem 0}
.notice{background:#fff8e1;border-inline-start:4px solid #f2b632;padding:.6rem .9rem;border-radius:4px;margin-block-end:1rem}
.snippet{margin-block:.3rem 0;color:#38424f}
article p{margin-block:0 1rem;white-space:pre-line}
nav.languages a{margin-inline-end:.75rem}
nav.pages{display:flex;justify-content:space-between;margin-block-start:1rem}
.visually-hidden{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;

export interface ListedArticle {
  slug: string;
  title: string;
  language: string;
  kind: "text" | "pdf";
  machine: boolean;
  /** The page language has no version: this one is shown instead. */
  fallback: boolean;
}

export interface SearchHit {
  slug: string;
  title: string;
  snippet: string;
  matchedLanguage: string;
  pdfUrl: string | null;
}

export interface ShownArticle {
  title: string;
  language: string;
  paragraphs: string[];
  kind: "text" | "pdf";
  pdfUrl: string | null;
  machineFrom: string | null;
  fallbackFrom: string | null;
  otherLanguages: Array<{ language: string; href: string }>;
}

const indexHref = (language: string) => `/help/${encodeURIComponent(language)}`;
const articleHref = (language: string, slug: string) => `/help/${encodeURIComponent(language)}/${encodeURIComponent(slug)}`;

function shell(language: string, title: string, main: string, query = ""): string {
  const t = helpStrings(language);
  return `<!doctype html>
<html lang="${escapeHtml(language)}" dir="${textDirection(language)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · ${escapeHtml(t("helpCentre"))}</title><style>${CSS}</style></head>
<body>
<header><a href="${indexHref(language)}">${escapeHtml(t("helpCentre"))}</a>
<form role="search" method="get" action="${indexHref(language)}"><label class="visually-hidden" for="help-q">${escapeHtml(t("searchLabel"))}</label>
<input id="help-q" type="search" name="q" maxlength="200" value="${escapeHtml(query)}" placeholder="${escapeHtml(t("searchLabel"))}"><button type="submit">${escapeHtml(t("search"))}</button></form></header>
<main>${main}</main>
</body></html>`;
}

function badges(language: string, a: { kind: string; machine: boolean }): string {
  const t = helpStrings(language);
  return `${a.kind === "pdf" ? `<span class="badge">${escapeHtml(t("pdf"))}</span>` : ""}${a.machine ? `<span class="badge machine">${escapeHtml(t("machine"))}</span>` : ""}`;
}

export function renderIndex(language: string, articles: ListedArticle[], pages: { page: number; more: boolean }): string {
  const t = helpStrings(language);
  const list = articles.length
    ? `<ul class="articles">${articles
        .map(
          (a) =>
            `<li><a href="${articleHref(language, a.slug)}" lang="${escapeHtml(a.language)}" dir="${textDirection(a.language)}">${escapeHtml(a.title)}</a>${badges(language, a)}${
              a.fallback ? `<p class="note">${escapeHtml(languageLabel(a.language, language))}</p>` : ""
            }</li>`,
        )
        .join("")}</ul>`
    : `<p>${escapeHtml(t("noArticles"))}</p>`;
  const nav =
    pages.page > 1 || pages.more
      ? `<nav class="pages">${pages.page > 1 ? `<a href="${indexHref(language)}?page=${pages.page - 1}">${escapeHtml(t("previous"))}</a>` : "<span></span>"}${
          pages.more ? `<a href="${indexHref(language)}?page=${pages.page + 1}">${escapeHtml(t("next"))}</a>` : ""
        }</nav>`
      : "";
  return shell(language, t("articles"), `<h1>${escapeHtml(t("articles"))}</h1>${list}${nav}`);
}

export function renderResults(language: string, query: string, hits: SearchHit[]): string {
  const t = helpStrings(language);
  const heading = t("resultsFor", { q: query });
  const list = hits.length
    ? `<ol class="results">${hits
        .map(
          (h) =>
            `<li><a href="${articleHref(language, h.slug)}">${escapeHtml(h.title)}</a><p class="snippet" lang="${escapeHtml(h.matchedLanguage)}" dir="${textDirection(h.matchedLanguage)}">${escapeHtml(h.snippet)}</p><p class="note">${escapeHtml(
              t("foundIn", { language: languageLabel(h.matchedLanguage, language) }),
            )}${h.pdfUrl ? ` · <a href="${escapeHtml(h.pdfUrl)}">${escapeHtml(t("downloadPdf"))}</a>` : ""}</p></li>`,
        )
        .join("")}</ol>`
    : `<p>${escapeHtml(t("noResults", { q: query }))}</p>`;
  return shell(language, heading, `<h1>${escapeHtml(heading)}</h1>${list}<p><a href="${indexHref(language)}">${escapeHtml(t("allArticles"))}</a></p>`, query);
}

export function renderArticle(language: string, a: ShownArticle): string {
  const t = helpStrings(language);
  const notices = [
    a.fallbackFrom ? t("fallbackNote", { wanted: languageLabel(language, language), shown: languageLabel(a.language, language) }) : null,
    a.machineFrom ? t("machineNote", { language: languageLabel(a.machineFrom, language) }) : null,
  ]
    .filter((n): n is string => n !== null)
    .map((n) => `<p class="notice">${escapeHtml(n)}</p>`)
    .join("");
  const others = a.otherLanguages.length
    ? `<nav class="languages" aria-label="${escapeHtml(t("alsoIn"))}"><p class="note">${escapeHtml(t("alsoIn"))}</p>${a.otherLanguages
        .map((o) => `<a href="${escapeHtml(o.href)}" hreflang="${escapeHtml(o.language)}" lang="${escapeHtml(o.language)}">${escapeHtml(languageLabel(o.language, o.language))}</a>`)
        .join("")}</nav>`
    : "";
  const body = a.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("");
  const pdf = a.pdfUrl ? `<p><a href="${escapeHtml(a.pdfUrl)}">${escapeHtml(t("downloadPdf"))}</a></p>` : "";
  return shell(
    language,
    a.title,
    `${notices}<article lang="${escapeHtml(a.language)}" dir="${textDirection(a.language)}"><h1>${escapeHtml(a.title)}${badges(language, { kind: a.kind, machine: Boolean(a.machineFrom) })}</h1>${pdf}${body}</article>${others}<p><a href="${indexHref(language)}">${escapeHtml(t("allArticles"))}</a></p>`,
  );
}

export function renderNotFound(language: string): string {
  const t = helpStrings(language);
  return shell(language, t("notFound"), `<h1>${escapeHtml(t("notFound"))}</h1><p><a href="${indexHref(language)}">${escapeHtml(t("allArticles"))}</a></p>`);
}
