import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { DB, KbVersionProvenance } from "../../db/schema.js";
import { primaryTag } from "../../language/language-tags.js";
import type { LanguageRuntime } from "../../language/language-runtime.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { buildSearchText } from "../../shared/search-text.js";
import { languageTag } from "../../shared/validators.js";
import type {
  CreateFamilyInput,
  CreateTextVersionInput,
  FamilyDetailDto,
  FamilyDto,
  FamilyListQuery,
  UpdateFamilyInput,
  UpdateVersionInput,
  VersionDto,
  VersionSummaryDto,
} from "./kb.schema.js";
import { createKbRepository, type FamilyRow, type VersionIndexFields, type VersionRow } from "./kb.repository.js";
import { extractPdfText } from "./kb-pdf-text.js";
import { foldForKb, indexableText } from "./kb-text.js";
import type { TextSearchConfigs } from "./kb-text-search.js";

export const fileUrl = (fileId: string) => `/api/v1/kb/files/${fileId}`;
export const helpUrl = (language: string, slug: string) => `/help/${encodeURIComponent(language)}/${encodeURIComponent(slug)}`;

/** PDFs are served from the file route; published text versions from the public help centre. */
export function versionUrl(row: Pick<VersionRow, "kind" | "file_id" | "status" | "language">, slug: string): string | null {
  if (row.kind === "pdf" && row.file_id) return fileUrl(row.file_id);
  return row.status === "published" ? helpUrl(row.language, slug) : null;
}

/** "Refund policy" → "refund-policy"; keeps letters of any script ("退款政策"). */
export function slugify(title: string): string {
  const slug = foldForKb(title)
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || "article";
}

const summary = (r: VersionRow, slug: string): VersionSummaryDto => ({
  id: r.id,
  familyId: r.family_id,
  language: r.language,
  title: r.title,
  kind: r.kind,
  origin: r.origin,
  status: r.status,
  url: versionUrl(r, slug),
  fileId: r.file_id,
  chars: r.body.length,
  provenance: r.provenance ?? null,
  updatedAt: r.updated_at.toISOString(),
});

const full = (r: VersionRow, slug: string): VersionDto => ({
  ...summary(r, slug),
  body: r.body,
  file: r.file_id ? { filename: r.file_name ?? "document.pdf", size: Number(r.file_size ?? 0), pages: Number(r.file_pages ?? 0) } : null,
  createdAt: r.created_at.toISOString(),
});

function familyDto(f: FamilyRow, versions: VersionRow[]): FamilyDto {
  return {
    id: f.id,
    title: f.title,
    slug: f.slug,
    tags: f.tags,
    published: versions.some((v) => v.status === "published"),
    versions: versions.map((v) => summary(v, f.slug)),
    createdAt: f.created_at.toISOString(),
    updatedAt: f.updated_at.toISOString(),
  };
}

export interface PdfUpload {
  language: string;
  title?: string;
  filename: string;
  bytes: Buffer;
  status?: "draft" | "published";
}

export function createKbService(db: Kysely<DB>, configs: TextSearchConfigs, language: LanguageRuntime) {
  const repo = createKbRepository(db);

  async function indexFields(lang: string, title: string, body: string): Promise<VersionIndexFields> {
    return {
      tsConfig: await configs.configFor(lang),
      indexTitle: indexableText(title, lang),
      indexBody: indexableText(body, lang),
      searchText: foldForKb(`${title}\n${body}`),
    };
  }

  async function requireFamily(id: string): Promise<FamilyRow> {
    const f = await repo.findFamily(id);
    if (!f) throw notFound("Knowledge-base article", id);
    return f;
  }

  async function uniqueSlug(wanted: string, exceptId?: string): Promise<string> {
    const taken = new Set(await repo.slugsLike(wanted));
    if (exceptId) {
      const own = await repo.findFamily(exceptId);
      if (own) taken.delete(own.slug);
    }
    if (!taken.has(wanted)) return wanted;
    for (let n = 2; ; n++) if (!taken.has(`${wanted}-${n}`)) return `${wanted}-${n}`;
  }

  async function getFamily(id: string): Promise<FamilyDetailDto> {
    const f = await requireFamily(id);
    const versions = await repo.versionsOf([id]);
    return { ...familyDto(f, versions), versions: versions.map((v) => full(v, f.slug)) };
  }

  async function getVersionDto(id: string): Promise<VersionDto> {
    const v = await repo.findVersion(id);
    if (!v) throw notFound("Version", id);
    const f = await requireFamily(v.family_id);
    return full(v, f.slug);
  }

  async function assertFree(familyId: string, lang: string, kind: "text" | "pdf") {
    const existing = await repo.findVersionByKey(familyId, lang, kind);
    if (existing) throw new AppError("CONFLICT", `This article already has a ${kind} version in ${lang}; edit or delete it instead`, "language");
  }

  return {
    repo,
    getFamily,
    getVersionDto,
    async listFamilies(q: FamilyListQuery) {
      const { items, total } = await repo.listFamilies(q);
      const versions = await repo.versionsOf(items.map((f) => f.id));
      return { items: items.map((f) => familyDto(f, versions.filter((v) => v.family_id === f.id))), total };
    },
    async createFamily(input: CreateFamilyInput, userId: string | null): Promise<FamilyDetailDto> {
      const slug = input.slug ? input.slug : await uniqueSlug(slugify(input.title));
      if (input.slug && (await repo.findFamilyBySlug(input.slug))) throw new AppError("CONFLICT", `The slug "${input.slug}" is taken`, "slug");
      const tags = [...new Set(input.tags ?? [])];
      const { id } = await repo.insertFamily({ title: input.title, slug, tags, search_text: buildSearchText([input.title, slug, ...tags]), created_by: userId });
      return getFamily(id);
    },
    async updateFamily(id: string, patch: UpdateFamilyInput): Promise<FamilyDetailDto> {
      const f = await requireFamily(id);
      if (patch.slug && patch.slug !== f.slug && (await repo.findFamilyBySlug(patch.slug))) {
        throw new AppError("CONFLICT", `The slug "${patch.slug}" is taken`, "slug");
      }
      const title = patch.title ?? f.title;
      const slug = patch.slug ?? f.slug;
      const tags = patch.tags ? [...new Set(patch.tags)] : f.tags;
      await repo.updateFamily(id, { title, slug, tags, search_text: buildSearchText([title, slug, ...tags]) });
      return getFamily(id);
    },
    async deleteFamily(id: string) {
      const r = await repo.deleteFamily(id);
      if (Number(r.numDeletedRows) === 0) throw notFound("Knowledge-base article", id);
    },

    async addTextVersion(familyId: string, input: CreateTextVersionInput): Promise<VersionDto> {
      await requireFamily(familyId);
      await assertFree(familyId, input.language, "text");
      const id = await repo.insertVersion(
        { family_id: familyId, language: input.language, title: input.title, body: input.body, kind: "text", origin: "human", status: input.status ?? "draft", provenance: null },
        await indexFields(input.language, input.title, input.body),
      );
      await repo.touchFamily(familyId);
      return getVersionDto(id);
    },

    async addPdfVersion(familyId: string, upload: PdfUpload): Promise<VersionDto> {
      const family = await requireFamily(familyId);
      const parsed = languageTag.safeParse(upload.language);
      if (!parsed.success) throw new AppError("VALIDATION_FAILED", `language: ${parsed.error.issues[0]!.message}`, "language");
      const lang = parsed.data;
      await assertFree(familyId, lang, "pdf");
      const pdf = await extractPdfText(upload.bytes);
      const title = upload.title?.trim() || pdf.title || family.title;
      const id = await db.transaction().execute(async (trx) => {
        const txRepo = createKbRepository(trx);
        const versionId = await txRepo.insertVersion(
          { family_id: familyId, language: lang, title, body: pdf.text, kind: "pdf", origin: "human", status: upload.status ?? "draft", provenance: null },
          await indexFields(lang, title, pdf.text),
        );
        await txRepo.insertFile({
          version_id: versionId,
          filename: upload.filename.replace(/[\r\n"\\/]/g, "_").slice(0, 200) || "document.pdf",
          content_type: "application/pdf",
          size: upload.bytes.length,
          sha256: createHash("sha256").update(upload.bytes).digest("hex"),
          page_count: pdf.pages,
          data: upload.bytes,
        });
        return versionId;
      });
      await repo.touchFamily(familyId);
      return getVersionDto(id);
    },

    async updateVersion(id: string, patch: UpdateVersionInput): Promise<VersionDto> {
      const v = await repo.findVersion(id);
      if (!v) throw notFound("Version", id);
      if (patch.body !== undefined && v.kind === "pdf") {
        throw new AppError("VALIDATION_FAILED", "body: the text of a PDF version comes from the file; upload a new PDF to change it", "body");
      }
      const title = patch.title ?? v.title;
      const body = patch.body ?? v.body;
      const reindex = patch.title !== undefined || patch.body !== undefined;
      await repo.updateVersion(
        id,
        { title: patch.title, body: patch.body, status: patch.status, origin: patch.origin },
        reindex ? await indexFields(v.language, title, body) : undefined,
      );
      await repo.touchFamily(v.family_id);
      return getVersionDto(id);
    },
    async deleteVersion(id: string) {
      const v = await repo.findVersion(id);
      if (!v) throw notFound("Version", id);
      await repo.deleteVersion(id);
      await repo.touchFamily(v.family_id);
    },

    /** The plain-text content of one version (for the FAQ bot and the help centre). */
    async getVersion(versionId: string) {
      const v = await repo.findVersion(versionId);
      if (!v) throw notFound("Version", versionId);
      return { id: v.id, familyId: v.family_id, language: v.language, title: v.title, body: v.body, kind: v.kind, origin: v.origin };
    },

    /**
     * Machine-drafts a text version in `target` from a human version through the translation
     * gateway, marked origin "machine" and left as a draft. Re-drafting replaces an earlier machine
     * draft; a human version in that language is never overwritten (CONFLICT).
     */
    async draftTranslation(familyId: string, target: string): Promise<VersionDto> {
      await requireFamily(familyId);
      const versions = await repo.versionsOf([familyId]);
      const existing = versions.find((v) => v.kind === "text" && v.language === target);
      if (existing?.origin === "human") {
        throw new AppError("CONFLICT", `This article already has a human-written ${target} version`, "language");
      }
      const sources = versions
        .filter((v) => v.origin === "human" && primaryTag(v.language) !== primaryTag(target) && v.body.trim())
        .sort((a, b) => Number(a.kind === "pdf") - Number(b.kind === "pdf"));
      if (sources.length === 0) {
        throw new AppError("TRANSLATION_UNAVAILABLE", `No human-written version in another language to translate into ${target}`);
      }
      // Prefer a source the configured engines can translate directly or through a pivot.
      const routable = await Promise.all(sources.map(async (s) => (await language.gateway.routes(s.language, target)).length > 0));
      const ordered = [...sources.filter((_, i) => routable[i]), ...sources.filter((_, i) => !routable[i])];
      const reasons: string[] = [];
      for (const source of ordered) {
        const paragraphs = source.body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
        const results = await language.gateway.translate({ texts: [source.title, ...paragraphs], from: source.language, to: target, format: "text" });
        const failed = results.find((r) => "error" in r);
        if (failed && "error" in failed) {
          reasons.push(failed.error.message);
          continue;
        }
        const texts = results.map((r) => ("text" in r ? r.text : ""));
        const first = results.find((r) => "provenance" in r && r.provenance.engine !== "identity");
        const p = first && "provenance" in first ? first.provenance : null;
        const provenance: KbVersionProvenance = {
          engine: p?.engine ?? "memory",
          ...(p?.pivot ? { pivot: p.pivot } : {}),
          sourceVersionId: source.id,
          sourceLanguage: source.language,
        };
        const title = texts[0]!;
        const body = texts.slice(1).join("\n\n");
        const index = await indexFields(target, title, body);
        let id: string;
        if (existing) {
          await repo.updateVersion(existing.id, { title, body, origin: "machine", status: "draft", provenance }, index);
          id = existing.id;
        } else {
          id = await repo.insertVersion({ family_id: familyId, language: target, title, body, kind: "text", origin: "machine", status: "draft", provenance }, index);
        }
        await repo.touchFamily(familyId);
        return getVersionDto(id);
      }
      throw new AppError("TRANSLATION_UNAVAILABLE", `No machine translation into ${target} is available: ${[...new Set(reasons)].join("; ")}`);
    },
  };
}
export type KbService = ReturnType<typeof createKbService>;
