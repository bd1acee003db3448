// Customer email HTML is untrusted. It is only ever shown inside <iframe sandbox=""> (no scripts, an opaque
// origin) with this CSP, so nothing can run or load from the network; the DOM clean-up below is a second
// layer that also lets us tell the agent that remote content was held back.
export const EMAIL_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:";

const DROP_ELEMENTS = "script, noscript, iframe, frame, frameset, object, embed, applet, meta, link, base, form, portal, template";
const URL_ATTRIBUTES = ["href", "src", "action", "formaction", "background", "poster", "srcset", "xlink:href", "data"];

export interface PreparedEmail {
  srcdoc: string;
  // Images, styles and the like that pointed at the network and were removed.
  blockedRemote: number;
}

const isDataImage = (value: string): boolean => /^\s*data:image\/(png|gif|jpe?g|webp);/i.test(value);
const isSafeLink = (value: string): boolean => /^\s*(https?:|mailto:|tel:|#)/i.test(value);

export function prepareEmailHtml(html: string, lang: string | null): PreparedEmail {
  // DOMParser documents are inert: no scripts run and no images load while we clean.
  const doc = new DOMParser().parseFromString(html, "text/html");
  let blockedRemote = 0;
  for (const el of doc.querySelectorAll(DROP_ELEMENTS)) el.remove();
  for (const el of doc.querySelectorAll("*")) {
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on")) el.removeAttribute(attr.name);
      else if (name === "style" && /url\s*\(|expression\s*\(|@import/i.test(attr.value)) {
        el.removeAttribute(attr.name);
        blockedRemote += 1;
      } else if (URL_ATTRIBUTES.includes(name)) {
        const keep = el.tagName === "A" && name === "href" ? isSafeLink(attr.value) : name === "src" && isDataImage(attr.value);
        if (!keep) {
          el.removeAttribute(attr.name);
          if (name !== "href") blockedRemote += 1;
        }
      }
    }
  }
  // Remote styles could still fetch through @import or url(); keep only self-contained rules.
  for (const style of doc.querySelectorAll("style")) {
    if (/@import|url\s*\(/i.test(style.textContent ?? "")) {
      style.remove();
      blockedRemote += 1;
    }
  }
  // Styles from the email's <head> are kept (they survived the check above); the rest of the head is not shown.
  const headStyles = [...doc.head.querySelectorAll("style")].map((style) => style.outerHTML).join("");
  const body = headStyles + doc.body.innerHTML;
  const langAttr = lang ? ` lang="${lang.replace(/[^A-Za-z0-9-]/g, "")}"` : "";
  const srcdoc =
    `<!doctype html><html${langAttr}><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${EMAIL_CSP}">` +
    // Links try to open a new window, which the sandbox refuses: nothing navigates from inside the email.
    `<base target="_blank"><meta name="referrer" content="no-referrer">` +
    `<style>html{color-scheme:light}body{margin:0;padding:12px;font:14px/1.5 system-ui,sans-serif;overflow-wrap:anywhere}body>:first-child{margin-top:0}img{max-width:100%;height:auto}</style>` +
    `</head><body dir="auto">${body}</body></html>`;
  return { srcdoc, blockedRemote };
}
