import { createHash } from "node:crypto";
import { primaryTag } from "../../language/language-tags.js";
import { notFound } from "../../shared/app-error.js";
import { buildSearchText } from "../../shared/search-text.js";
import type { ModuleContext } from "../module-context.js";
import { type ImportRow, parseCsvRows, parseJsonRows } from "./review-import.js";
import type { ReviewRow, ReviewsRepository } from "./reviews.repository.js";
import type { ImportResult, ReviewDto, ReviewInput, ReviewListQuery } from "./reviews.schema.js";

export const PROCESS_JOB = "review.process";
export const PROCESS_ATTEMPTS = 6;

export function toReviewDto(r: ReviewRow): ReviewDto {
  return {
    id: r.id,
    source: r.source,
    externalId: r.external_id,
    rating: r.rating,
    text: r.original_text,
    author: r.author,
    customerEmail: r.customer_email,
    customerId: r.customer_id,
    productId: r.product_id,
    writtenAt: r.written_at.toISOString(),
    state: r.state,
    stateError: r.state_error,
    language: r.language,
    translation:
      r.translation_status === "translated" && r.translation_text !== null && r.translation_to !== null
        ? { text: r.translation_text, to: r.translation_to, provenance: r.translation_provenance ?? {} }
        : null,
    translationStatus: r.translation_status,
    translationNote: r.translation_note,
    sentiment: r.sentiment_label ? { label: r.sentiment_label, score: r.sentiment_score ?? 0 } : null,
    theme: r.theme_id && r.theme_label ? { id: r.theme_id, label: r.theme_label } : null,
    themeTerms: r.theme_terms ?? [],
    clusterNote: r.cluster_note,
    createdAt: r.created_at.toISOString(),
  };
}

// Without an external id, the same author, date and text from one source is the same review.
function dedupeKey(r: ReviewInput): string {
  if (r.externalId) return `id:${r.externalId}`;
  const hash = createHash("sha256").update(JSON.stringify([r.author ?? "", r.createdAt ?? "", r.text])).digest("hex");
  return `hash:${hash}`;
}

export function createReviewsService(ctx: ModuleContext, repo: ReviewsRepository, afterProcessed: () => Promise<void>) {
  const queue = (id: string) => ctx.jobs.send(PROCESS_JOB, { reviewId: id }, { singletonKey: `review:${id}`, retryLimit: PROCESS_ATTEMPTS - 1, retryDelayMs: 1000 });

  async function store(rows: ImportRow[]): Promise<ImportResult> {
    const result: ImportResult = { received: rows.length, imported: 0, duplicates: 0, failed: 0, errors: [] };
    for (const row of rows) {
      if ("error" in row) {
        result.failed++;
        if (result.errors.length < 200) result.errors.push({ row: row.row, ...row.error });
        continue;
      }
      const r = row.review;
      const customerId = r.customerEmail ? (await ctx.customers.matchOrCreate({ email: r.customerEmail, name: r.author ?? undefined })).id : null;
      const id = await repo.insert({
        source: r.source,
        external_id: r.externalId ?? null,
        dedupe_key: dedupeKey(r),
        rating: r.rating ?? null,
        original_text: r.text,
        author: r.author ?? null,
        customer_email: r.customerEmail ?? null,
        customer_id: customerId,
        product_id: r.productId ?? null,
        written_at: r.createdAt ? new Date(r.createdAt) : new Date(),
        search_text: buildSearchText([r.text, r.author, r.productId]),
      });
      if (!id) {
        result.duplicates++;
        continue;
      }
      // Queued after the insert; a crash in between is caught by resumePending() at the next start.
      await queue(id);
      result.imported++;
      // PGlite runs each query to completion: give the event loop a turn between rows.
      await new Promise((r) => setImmediate(r));
    }
    return result;
  }

  /** Detect, translate into the working language (never faked), read sentiment. Idempotent. */
  async function process(reviewId: string): Promise<void> {
    const r = await repo.findById(reviewId);
    if (!r || r.state === "processed") return;
    const working = (await ctx.settings.get()).workingLanguage;
    const text = r.original_text;
    const detection = await ctx.language.detector.detect(text);
    const lang = detection.language;

    let status: "translated" | "not-needed" | "untranslated";
    let translation: { text: string; to: string; provenance: Record<string, unknown> } | null = null;
    let note: string | null = null;
    if (lang === "und") {
      status = "untranslated";
      note = "no language detected";
    } else if (primaryTag(lang) === primaryTag(working)) {
      status = "not-needed";
    } else {
      const [result] = await ctx.language.gateway.translate({ texts: [text], from: lang, to: working });
      if (result && "text" in result) {
        status = "translated";
        translation = { text: result.text, to: result.to, provenance: { ...result.provenance } };
      } else {
        status = "untranslated";
        note = result?.error.message ?? "translation failed";
      }
    }
    const sentiment = await ctx.language.sentiment(text, lang === "und" ? undefined : lang);
    await repo.update(reviewId, {
      language: lang,
      language_confidence: detection.confidence,
      translation_status: status,
      translation_text: translation?.text ?? null,
      translation_to: translation?.to ?? null,
      translation_provenance: translation ? JSON.stringify(translation.provenance) : null,
      translation_note: note,
      analysed_for: working,
      sentiment_label: sentiment.label,
      sentiment_score: sentiment.score,
      search_text: buildSearchText([text, translation?.text, r.author, r.product_id]),
      state: "processed",
      state_error: null,
      processed_at: new Date(),
    });
    await afterProcessed();
  }

  return {
    importJson: (reviews: unknown[]) => store(parseJsonRows(reviews)),
    importCsv: (csv: string) => store(parseCsvRows(csv)),
    async list(q: ReviewListQuery) {
      const { items, total } = await repo.list(q);
      return { items: items.map(toReviewDto), total };
    },
    async get(id: string) {
      const row = await repo.findById(id);
      if (!row) throw notFound("Review", id);
      return toReviewDto(row);
    },
    /** Job handler: records each failure on the review; the last attempt marks it failed. */
    async handle(payload: { reviewId: string }, job: { attempt: number }) {
      try {
        await process(payload.reviewId);
      } catch (err) {
        const last = job.attempt >= PROCESS_ATTEMPTS;
        await repo.update(payload.reviewId, { state_error: String((err as Error).message ?? err).slice(0, 1000), ...(last ? { state: "failed" as const } : {}) });
        if (!last) throw err;
      }
    },
    /** Queues analysis again for these reviews (their state goes back to queued first). */
    async requeue(ids: string[]) {
      await repo.markQueued(ids);
      for (const id of ids) await queue(id);
      return ids.length;
    },
    /** Queues reviews accepted but never analysed (after a crash between the insert and the job). */
    async resumePending() {
      const ids = await repo.idsInState(["queued"]);
      for (const id of ids) await queue(id);
      return ids.length;
    },
  };
}
export type ReviewsService = ReturnType<typeof createReviewsService>;
