import type { FastifyInstance, FastifyReply } from "fastify";
import { z } from "zod";
import type { Router } from "../../http/route.js";
import { primaryTag } from "../../language/language-tags.js";
import { languageTag } from "../../shared/validators.js";
import type { KbService } from "./kb.service.js";
import { fileUrl, helpUrl } from "./kb.service.js";
import type { VersionRow } from "./kb.repository.js";
import type { KbSearch } from "./kb-search.service.js";
import { type ListedArticle, renderArticle, renderIndex, renderNotFound, renderResults } from "./help-centre.html.js";

// The public help centre: published versions only, one page per language, server-rendered.
const PAGE_SIZE = 50;

const languageParam = z.object({ language: z.string().min(2).max(35) });
const articleParams = languageParam.extend({ slug: z.string().min(1).max(200) });
const indexQuery = z.object({ q: z.string().max(200).optional(), page: z.coerce.number().int().min(1).max(10_000).optional() });

/** The version to show in `language`: same tag, then same primary language (text before PDF); else a fallback. */
export function pickVersion(versions: VersionRow[], language: string): { version: VersionRow; fallback: boolean } | null {
  const rank = (v: VersionRow) => (v.kind === "text" ? 0 : 1);
  const sorted = [...versions].sort((a, b) => rank(a) - rank(b) || Number(a.origin === "machine") - Number(b.origin === "machine"));
  const exact = sorted.find((v) => v.language === language) ?? sorted.find((v) => primaryTag(v.language) === primaryTag(language));
  if (exact) return { version: exact, fallback: false };
  const other = sorted.find((v) => primaryTag(v.language) === "en" && v.origin === "human") ?? sorted.find((v) => v.origin === "human") ?? sorted[0];
  return other ? { version: other, fallback: true } : null;
}

function sendHtml(reply: FastifyReply, status: number, html: string) {
  return reply.status(status).header("content-type", "text/html; charset=utf-8").header("cache-control", "no-cache").send(html);
}

export function registerHelpCentre(app: FastifyInstance, router: Router, deps: { service: KbService; search: KbSearch }) {
  const { repo } = deps.service;
  const pageLanguage = (raw: string) => {
    const parsed = languageTag.safeParse(raw);
    return parsed.success ? parsed.data : null;
  };

  router.describe({
    method: "GET",
    url: "/help/:language",
    tag: "help centre",
    summary: "Public help centre in a language (HTML): published articles, each in that language or marked as another language or a machine translation; ?q= searches across languages",
    access: "public",
    params: languageParam,
    query: indexQuery,
  });
  router.describe({
    method: "GET",
    url: "/help/:language/:slug",
    tag: "help centre",
    summary: "One published article (HTML) in the language, or in another language with a notice; links to its PDF and other languages",
    access: "public",
    params: articleParams,
  });

  app.get("/help/:language", async (req, reply) => {
    const params = languageParam.safeParse(req.params);
    const language = params.success ? pageLanguage(params.data.language) : null;
    if (!language) return sendHtml(reply, 404, renderNotFound("en"));
    const parsedQuery = indexQuery.safeParse(req.query);
    const query = parsedQuery.success ? parsedQuery.data : {};
    const q = query.q?.trim();
    if (q) {
      const result = await deps.search.search(q, { publishedOnly: true, displayLanguage: language, limit: 20 });
      const hits = result.items.map((item) => {
        const matched = item.versions.find((v) => v.id === item.matched.versionId);
        return {
          slug: item.slug,
          title: item.title,
          snippet: item.matched.snippet,
          matchedLanguage: item.matched.language,
          pdfUrl: matched?.kind === "pdf" ? matched.url : null,
        };
      });
      return sendHtml(reply, 200, renderResults(language, q, hits));
    }
    const page = query.page ?? 1;
    const { items } = await repo.listFamilies({ status: "published", sort: "title", limit: PAGE_SIZE + 1, offset: (page - 1) * PAGE_SIZE });
    const versions = await repo.versionsOf(items.slice(0, PAGE_SIZE).map((f) => f.id), true);
    const articles: ListedArticle[] = [];
    for (const family of items.slice(0, PAGE_SIZE)) {
      const picked = pickVersion(versions.filter((v) => v.family_id === family.id), language);
      if (!picked) continue;
      const v = picked.version;
      articles.push({ slug: family.slug, title: v.title, language: v.language, kind: v.kind, machine: v.origin === "machine", fallback: picked.fallback });
    }
    return sendHtml(reply, 200, renderIndex(language, articles, { page, more: items.length > PAGE_SIZE }));
  });

  app.get("/help/:language/:slug", async (req, reply) => {
    const parsed = articleParams.safeParse(req.params);
    const language = parsed.success ? pageLanguage(parsed.data.language) : null;
    if (!parsed.success || !language) return sendHtml(reply, 404, renderNotFound("en"));
    const family = await repo.findFamilyBySlug(parsed.data.slug);
    const versions = family ? await repo.versionsOf([family.id], true) : [];
    const picked = pickVersion(versions, language);
    if (!family || !picked) return sendHtml(reply, 404, renderNotFound(language));
    const v = picked.version;
    const others = [...new Set(versions.map((x) => x.language))].filter((l) => l !== v.language);
    return sendHtml(
      reply,
      200,
      renderArticle(language, {
        title: v.title,
        language: v.language,
        paragraphs: v.body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean),
        kind: v.kind,
        pdfUrl: (() => {
          const pdf = v.file_id ? v : versions.find((x) => x.kind === "pdf" && x.language === v.language && x.file_id);
          return pdf?.file_id ? fileUrl(pdf.file_id) : null;
        })(),
        machineFrom: v.origin === "machine" ? (v.provenance?.sourceLanguage ?? "und") : null,
        fallbackFrom: picked.fallback ? v.language : null,
        otherLanguages: others.map((l) => ({ language: l, href: helpUrl(l, family.slug) })),
      }),
    );
  });
}
