import { textDirection } from "../../language/language-tags.js";
import { escapeHtml } from "../../shared/html.js";

import type { SurveyPhrases } from "./survey-phrases.js";



export interface SurveyPageView {
  /** The language the phrases are in (lang attribute). */
  language: string;
  phrases: SurveyPhrases;
  machine: boolean;
  state: "form" | "thanks" | "answered" | "expired" | "not_found";
  /** Where the form posts. */
  action?: string;
  subject?: string | null;
  values?: { csat?: number; nps?: number; comment?: string };
  error?: string | null;
}

// Logical properties only, so the same sheet serves right-to-left pages.
const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans Arabic","Noto Sans CJK SC",sans-serif;background:#f4f5f7;color:#1c1e21}
main{max-inline-size:40rem;margin-block:2rem;margin-inline:auto;background:#fff;padding:1.5rem;border-radius:12px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
h1{font-size:1.5rem;margin-block:0 1rem}
.request{color:#4b4f56;margin-block:0 1.5rem}
fieldset{border:0;padding:0;margin-block:0 1.5rem}
legend{font-weight:600;margin-block-end:.75rem;padding:0}
.scale{display:flex;flex-wrap:wrap;gap:.5rem}
.scale label{position:relative;flex:1 1 6rem;display:flex;flex-direction:column;align-items:center;gap:.25rem;padding:.6rem .4rem;border:2px solid #c9ccd1;border-radius:10px;cursor:pointer;text-align:center;font-size:.85rem}
.scale--nps label{flex:1 0 2.6rem;padding:.45rem .2rem}
.scale input{position:absolute;opacity:0;inline-size:1px;block-size:1px}
.scale .num{font-size:1.25rem;font-weight:700}
.scale label:has(input:checked){border-color:#1b5fc1;background:#e8f0fd}
.scale label:has(input:focus-visible){outline:3px solid #1b5fc1;outline-offset:2px}
.ends{display:flex;justify-content:space-between;font-size:.8rem;color:#4b4f56;margin-block-start:.35rem}
textarea{inline-size:100%;min-block-size:6rem;font:inherit;padding:.5rem;border:1px solid #c9ccd1;border-radius:8px}
label.comment{display:block;font-weight:600;margin-block-end:.5rem}
.optional{font-weight:400;color:#4b4f56}
button{font:inherit;font-weight:600;background:#1b5fc1;color:#fff;border:0;border-radius:8px;padding:.7rem 1.6rem;cursor:pointer}
button:focus-visible{outline:3px solid #0b3d91;outline-offset:2px}
.error{background:#fdecea;color:#8a1c12;padding:.75rem;border-radius:8px;margin-block-end:1rem}
.note{font-size:.8rem;color:#4b4f56;margin-block-start:1.5rem}
`;

function form(v: SurveyPageView): string {
  const p = v.phrases;
  const values = v.values ?? {};
  const csat = [1, 2, 3, 4, 5]
    .map((n) => {
      const label = p[`csat${n}` as "csat1"];
      return `<label><input type="radio" name="csat" value="${n}" required${values.csat === n ? " checked" : ""}><span class="num" aria-hidden="true">${n}</span><span class="txt">${escapeHtml(label)}</span></label>`;
    })
    .join("");
  const nps = Array.from({ length: 11 }, (_, n) => `<label><input type="radio" name="nps" value="${n}"${values.nps === n ? " checked" : ""}><span class="num">${n}</span></label>`).join("");
  const optional = `<span class="optional">(${escapeHtml(p.optional)})</span>`;
  return `<form method="post" action="${escapeHtml(v.action ?? "")}">
${v.error ? `<p class="error" role="alert">${escapeHtml(v.error)}</p>` : ""}
<fieldset><legend>${escapeHtml(p.csatQuestion)}</legend><div class="scale">${csat}</div></fieldset>
<fieldset><legend>${escapeHtml(p.npsQuestion)} ${optional}</legend><div class="scale scale--nps">${nps}</div>
<div class="ends" aria-hidden="true"><span>0 = ${escapeHtml(p.npsLow)}</span><span>10 = ${escapeHtml(p.npsHigh)}</span></div></fieldset>
<label class="comment" for="comment">${escapeHtml(p.commentLabel)} ${optional}</label>
<textarea id="comment" name="comment" maxlength="2000">${escapeHtml(values.comment ?? "")}</textarea>
<p><button type="submit">${escapeHtml(p.submit)}</button></p>
</form>`;
}

/** The public survey page: static HTML, everything escaped, works without JavaScript. */
export function renderSurveyPage(v: SurveyPageView): string {
  const p = v.phrases;
  const message = { thanks: p.thanks, answered: p.alreadyAnswered, expired: p.expired, not_found: p.notFound, form: "" }[v.state];
  const body =
    v.state === "form"
      ? `${v.subject ? `<p class="request">${escapeHtml(p.requestLabel)}: <bdi>${escapeHtml(v.subject)}</bdi></p>` : ""}${form(v)}`
      : `<p role="status">${escapeHtml(message)}</p>`;
  return `<!doctype html>
<html lang="${escapeHtml(v.language)}" dir="${textDirection(v.language)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${escapeHtml(p.pageTitle)}</title><style>${STYLE}</style></head>
<body><main>
<h1>${escapeHtml(p.pageTitle)}</h1>
${body}
${v.machine ? `<p class="note">${escapeHtml(p.machineTranslation)}</p>` : ""}
</main></body></html>`;
}
