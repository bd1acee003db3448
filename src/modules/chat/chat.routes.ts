import { escapeHtml } from "../../shared/html.js";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

export const WIDGET_PATH = "/widget/mundo-chat.js";
export const DEMO_PATH = "/chat-demo";
const WIDGET_FILE = new URL("./widget/mundo-chat.js", import.meta.url);


// The shop's own styles, deliberately heavy-handed on buttons and fields: the widget must look the same anyway.
const DEMO_STYLE = `
body{margin:0;font:17px/1.6 Georgia,"Times New Roman",serif;color:#2b2118;background:#fbf7f1}
header{padding:18px 32px;background:#7a3e1d;color:#fff}header h1{margin:0;font-size:26px}
main{max-width:880px;margin:0 auto;padding:24px 32px 120px}
.products{display:grid;grid-template-columns:repeat(auto-fit,minmax(220px,1fr));gap:20px}
.product{background:#fff;border:1px solid #e6d9c8;border-radius:6px;padding:16px}
.product h2{margin:0 0 6px;font-size:19px}.price{font-weight:bold;color:#7a3e1d}
button,input,textarea{font-family:"Comic Sans MS",cursive!important;background:#f4c542!important;border:3px dashed #7a3e1d!important;border-radius:0!important}
div,section,p{letter-spacing:.02em}
pre{background:#2b2118;color:#f4ead9;padding:12px;overflow-x:auto;border-radius:6px}`;

/** Content-Security-Policy of the demo page: nothing inline but its one hashed style block. */
export const DEMO_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'sha256-${createHash("sha256").update(DEMO_STYLE).digest("base64")}'`,
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

function demoPage(origin: string | null): string {
  const dataUrl = origin ? ` data-mundo-url="${escapeHtml(origin)}"` : "";
  const tag = `<script src="${escapeHtml(origin ?? "")}${WIDGET_PATH}" async></script>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Cerámica Mundo: chat widget demo</title>
<style>${DEMO_STYLE}</style>
</head>
<body>
<header><h1>Cerámica Mundo</h1></header>
<main>
<p>A pretend shop that embeds the Mundo chat widget. Open the chat in the corner and write in any language;
agents read it in theirs and answer in yours.</p>
<section class="products" aria-label="Products">
<div class="product"><h2>Talavera bowl</h2><p>Hand-painted, 18 cm.</p><p class="price">€ 34.00</p><button type="button">Add to cart</button></div>
<div class="product"><h2>Sevilla tiles (set of 6)</h2><p>Cuerda seca, 15 × 15 cm.</p><p class="price">€ 58.00</p><button type="button">Add to cart</button></div>
<div class="product"><h2>Manises jug</h2><p>Lustreware, 1 l.</p><p class="price">€ 72.00</p><button type="button">Add to cart</button></div>
</section>
<h2>Embed it on your site</h2>
<pre><code>${escapeHtml(tag)}</code></pre>
</main>
<script src="${WIDGET_PATH}"${dataUrl} async></script>
</body>
</html>
`;
}

// The Host header is the client's word: only a plain host[:port] is echoed (escaped), else the widget uses its own src.
function requestOrigin(req: FastifyRequest): string | null {
  const host = req.host;
  return /^([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(:\d{1,5})?$/.test(host) ? `${req.protocol}://${host}` : null;
}

/** Serves the widget script (cacheable, embeddable from any site) and the demo host page. */
export function registerChatRoutes(app: FastifyInstance): void {
  const script = readFileSync(WIDGET_FILE);
  const etag = `"${createHash("sha256").update(script).digest("base64url").slice(0, 32)}"`;

  app.get(WIDGET_PATH, async (req, reply) => {
    reply
      .header("content-type", "text/javascript; charset=utf-8")
      // The URL is not versioned: short freshness, then a cheap revalidation by ETag.
      .header("cache-control", "public, max-age=300, stale-while-revalidate=3600")
      .header("etag", etag)
      .header("cross-origin-resource-policy", "cross-origin")
      // Lets a site load it with crossorigin + integrity (SRI).
      .header("access-control-allow-origin", "*");
    const ifNoneMatch = req.headers["if-none-match"];
    if (ifNoneMatch && ifNoneMatch.split(",").some((t) => [etag, `W/${etag}`, "*"].includes(t.trim()))) return reply.status(304).send();
    return reply.send(script);
  });

  app.get(DEMO_PATH, {
    // Runs after the app-wide security headers, so this page's stricter policy is the one sent.
    onSend: async (_req: FastifyRequest, reply: FastifyReply) => {
      reply.header("content-security-policy", DEMO_CSP);
    },
    handler: async (req, reply) =>
      reply.header("content-type", "text/html; charset=utf-8").header("cache-control", "no-cache").send(demoPage(requestOrigin(req))),
  });
}
