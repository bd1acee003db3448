import { primaryTag } from "../../language/language-tags.js";
import { notFound } from "../../shared/app-error.js";
import type { ModuleContext } from "../module-context.js";
import { type ClusterInput, clusterReviews, type TaxonomyEntry } from "./review-clustering.js";
import { defaultTaxonomy } from "./review-taxonomy.js";
import { textAnalyzer } from "./review-text.js";
import type { Assignment, ExampleRow, ReviewThemesRepository } from "./review-themes.repository.js";
import type { ReviewsRepository } from "./reviews.repository.js";
import type { ClusteringStatus, ReclusterResult, TaxonomyDto, ThemeDto } from "./reviews.schema.js";

const MAX_TREND_WEEKS = 26;
const DAY_MS = 86_400_000;

// Weeks from `first` to `last` (both "YYYY-MM-DD" Mondays), capped to the most recent ones.
function weekRange(first: string, last: string): string[] {
  const end = Date.parse(`${last}T00:00:00Z`);
  const start = Math.max(Date.parse(`${first}T00:00:00Z`), end - (MAX_TREND_WEEKS - 1) * 7 * DAY_MS);
  const weeks: string[] = [];
  for (let t = start; t <= end; t += 7 * DAY_MS) weeks.push(new Date(t).toISOString().slice(0, 10));
  return weeks;
}

const toExample = (e: ExampleRow) => ({
  id: e.id,
  language: e.language,
  text: e.original_text,
  translation: e.translation_text !== null && e.translation_to !== null ? { text: e.translation_text, to: e.translation_to } : null,
  rating: e.rating,
  sentiment: e.sentiment_label,
  source: e.source,
  writtenAt: new Date(e.written_at).toISOString(),
  terms: e.theme_terms ?? [],
});

export function createReviewThemesService(
  ctx: ModuleContext,
  deps: { repo: ReviewThemesRepository; reviews: ReviewsRepository; requeue: (ids: string[]) => Promise<number> },
) {
  const { repo, reviews, requeue } = deps;
  let running: Promise<unknown> = Promise.resolve();

  async function taxonomyFor(language: string): Promise<{ entries: TaxonomyEntry[]; isDefault: boolean }> {
    const stored = await repo.taxonomy(language);
    return stored ? { entries: stored.entries, isDefault: false } : { entries: defaultTaxonomy(language), isDefault: true };
  }

  /**
   * Recomputes every theme from the analysed reviews. `manual` also sends back for analysis the reviews
   * that failed or had no translation (an engine may have been configured since).
   */
  async function runRecluster(manual: boolean): Promise<ReclusterResult> {
    const working = primaryTag((await ctx.settings.get()).workingLanguage);
    const clusteredAt = new Date();
    const rows = await reviews.processed();
    // Reviews committed after this read are not in this run: the status compares what it saw with what is there.
    const inputs: ClusterInput[] = [];
    const assignments: Assignment[] = [];
    const again: string[] = manual ? await reviews.idsInState(["failed", "queued"]) : [];
    for (const r of rows) {
      const lang = r.language && r.language !== "und" ? primaryTag(r.language) : null;
      if (r.analysed_for && primaryTag(r.analysed_for) !== working) {
        again.push(r.id); // analysed for a previous working language
        continue;
      }
      if (r.translation_status === "translated" && r.translation_text && r.translation_to && primaryTag(r.translation_to) === working) {
        inputs.push({ id: r.id, text: r.translation_text });
      } else if (lang === working) {
        inputs.push({ id: r.id, text: r.original_text });
      } else {
        const note = lang ? `not clustered: no translation engine for ${lang}` : "not clustered: no language detected";
        assignments.push({ id: r.id, themeKey: null, score: null, terms: [], note });
        if (manual && lang) again.push(r.id);
      }
    }
    const { entries } = await taxonomyFor(working);
    const result = clusterReviews(inputs, entries, textAnalyzer(working));
    for (const t of result.themes) {
      for (const m of t.members) assignments.push({ id: m.id, themeKey: t.key, score: m.score, terms: m.terms, note: null });
    }
    for (const id of result.unthemed) assignments.push({ id, themeKey: null, score: null, terms: [], note: null });
    const lastProcessedAt = rows.reduce<Date | null>((max, r) => (r.processed_at && (!max || r.processed_at > max) ? r.processed_at : max), null);
    await repo.apply(result.themes, assignments, { clusteredAt, language: working, seen: rows.length, lastProcessedAt });
    const requeued = again.length > 0 ? await requeue(again) : 0;
    return {
      themes: result.themes.length,
      themed: result.themes.reduce((n, t) => n + t.members.length, 0),
      unthemed: result.unthemed.length,
      notClustered: assignments.filter((a) => a.note !== null).length,
      requeued,
    };
  }

  /** One recluster at a time in this process (the database lock covers other processes). */
  function recluster(manual = false): Promise<ReclusterResult> {
    const next = running.then(() => runRecluster(manual));
    running = next.catch(() => undefined);
    return next;
  }

  async function status(): Promise<ClusteringStatus> {
    const { states, notes, run, languages } = await repo.status();
    const last = states.last_processed ? new Date(states.last_processed).getTime() : null;
    const clusteredAt = run ? new Date(run.clustered_at) : null;
    const pending = Number(states.queued);
    const processed = Number(states.processed);
    // Up to date when the last run saw exactly the analysed reviews there are now: as many, and the latest one.
    const seenAll = run
      ? run.review_count === processed && (run.last_processed_at ? new Date(run.last_processed_at).getTime() : null) === last
      : processed === 0;
    return {
      workingLanguage: (await ctx.settings.get()).workingLanguage,
      reviews: Number(states.n),
      pending,
      failed: Number(states.failed),
      themed: Number(states.themed),
      unthemed: Number(states.unthemed),
      notClustered: notes.map((n) => ({ reason: n.cluster_note!, count: Number(n.n) })),
      languages: languages.map((l) => ({ language: l.language ?? "und", count: Number(l.n) })),
      clusteredAt: clusteredAt?.toISOString() ?? null,
      upToDate: pending === 0 && seenAll,
    };
  }

  async function describe(themeIds: string[], examplesPerTheme: number) {
    const timeZone = (await ctx.settings.get()).timeZone;
    const [{ totals, languages }, weekly, examples] = await Promise.all([
      repo.stats(themeIds),
      repo.weekly(themeIds, timeZone),
      repo.examples(themeIds, examplesPerTheme),
    ]);
    const weeks = weekly.map((w) => w.week).sort();
    const range = weeks.length > 0 ? weekRange(weeks[0]!, weeks[weeks.length - 1]!) : [];
    return (id: string) => {
      const t = totals.find((x) => x.theme_id === id);
      const counts = new Map(weekly.filter((w) => w.theme_id === id).map((w) => [w.week, Number(w.n)]));
      return {
        count: Number(t?.n ?? 0),
        languages: languages
          .filter((l) => l.theme_id === id)
          .map((l) => ({ language: l.language, count: Number(l.n) }))
          .sort((a, b) => b.count - a.count || a.language.localeCompare(b.language)),
        averageRating: t?.avg_rating == null ? null : Math.round(Number(t.avg_rating) * 100) / 100,
        averageSentiment: t?.avg_sentiment == null ? null : Math.round(Number(t.avg_sentiment) * 1000) / 1000,
        sentiment: {
          positive: Number(t?.positive ?? 0),
          neutral: Number(t?.neutral ?? 0),
          negative: Number(t?.negative ?? 0),
          unknown: Number(t?.n ?? 0) - Number(t?.positive ?? 0) - Number(t?.neutral ?? 0) - Number(t?.negative ?? 0),
        },
        trend: range.map((week) => ({ week, count: counts.get(week) ?? 0 })),
        examples: examples.filter((e) => e.theme_id === id).map(toExample),
      };
    };
  }

  type ThemeRow = Awaited<ReturnType<ReviewThemesRepository["list"]>>[number];
  const base = (t: ThemeRow) => ({
    id: t.id,
    key: t.key,
    label: t.label,
    kind: t.kind,
    taxonomyId: t.taxonomy_id,
    keywords: t.keywords,
    updatedAt: t.updated_at.toISOString(),
  });

  return {
    recluster,
    status,
    async list(): Promise<{ items: ThemeDto[]; total: number; status: ClusteringStatus }> {
      const rows = await repo.list();
      const details = await describe(
        rows.map((r) => r.id),
        3,
      );
      const items = rows.map((r) => ({ ...base(r), ...details(r.id) }));
      return { items, total: items.length, status: await status() };
    },
    async get(id: string): Promise<ThemeDto> {
      const row = await repo.findById(id);
      if (!row) throw notFound("Theme", id);
      return { ...base(row), ...(await describe([id], 10))(id) };
    },
    async taxonomy(): Promise<TaxonomyDto> {
      const language = primaryTag((await ctx.settings.get()).workingLanguage);
      return { language, ...(await taxonomyFor(language)) };
    },
    async saveTaxonomy(entries: TaxonomyEntry[]): Promise<TaxonomyDto> {
      const language = primaryTag((await ctx.settings.get()).workingLanguage);
      await repo.saveTaxonomy(language, entries);
      return { language, isDefault: false, entries };
    },
  };
}
export type ReviewThemesService = ReturnType<typeof createReviewThemesService>;
