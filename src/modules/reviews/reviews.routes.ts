import type { Router } from "../../http/route.js";
import { listResponse, uuidParam } from "../../shared/validators.js";
import type { ReviewThemesService } from "./review-themes.service.js";
import {
  importBody,
  importResult,
  reclusterResult,
  reviewListQuery,
  reviewSchema,
  taxonomyBody,
  taxonomySchema,
  themeListResponse,
  themeSchema,
} from "./reviews.schema.js";
import type { ReviewsService } from "./reviews.service.js";

export function registerReviewRoutes(router: Router, reviews: ReviewsService, themes: ReviewThemesService): void {
  const tag = "reviews";
  router.route({
    method: "POST",
    url: "/api/v1/reviews/import",
    tag,
    summary:
      "Import reviews as JSON {reviews:[…]} or CSV {csv}; each row is checked on its own (errors per row), idempotent on (source, externalId); new reviews are analysed by a job, then themes are recomputed",
    access: "manager",
    body: importBody,
    response: importResult,
    handler: ({ body }) => (body.csv !== undefined ? reviews.importCsv(body.csv) : reviews.importJson(body.reviews ?? [])),
  });
  router.route({
    method: "GET",
    url: "/api/v1/reviews",
    tag,
    summary: "List reviews: search (original and translation), filter by theme (or none), language, rating, source, sentiment; sort by writtenAt, rating or createdAt",
    access: "agent",
    query: reviewListQuery,
    response: listResponse(reviewSchema),
    handler: ({ query }) => reviews.list(query),
  });
  router.route({
    method: "GET",
    url: "/api/v1/reviews/:id",
    tag,
    summary: "Get a review with its language, translation (or why there is none), sentiment and theme",
    access: "agent",
    params: uuidParam,
    response: reviewSchema,
    handler: ({ params }) => reviews.get(params.id),
  });
  router.route({
    method: "GET",
    url: "/api/v1/review-themes",
    tag,
    summary: "Themes across languages, largest first: keywords, languages with counts, weekly trend, average rating and sentiment, examples (original and translation); with the clustering status",
    access: "agent",
    response: themeListResponse,
    handler: () => themes.list(),
  });
  router.route({
    method: "GET",
    url: "/api/v1/review-themes/taxonomy",
    tag,
    summary: "The theme taxonomy of the working language (the built-in one until edited)",
    access: "agent",
    response: taxonomySchema,
    handler: () => themes.taxonomy(),
  });
  router.route({
    method: "PUT",
    url: "/api/v1/review-themes/taxonomy",
    tag,
    summary: "Replace the theme taxonomy of the working language; themes are recomputed",
    access: "manager",
    body: taxonomyBody,
    response: taxonomySchema,
    handler: async ({ body }) => {
      const saved = await themes.saveTaxonomy(body.entries);
      await themes.recluster();
      return saved;
    },
  });
  router.route({
    method: "POST",
    url: "/api/v1/review-themes/recluster",
    tag,
    summary: "Recompute the themes now; also sends failed and untranslated reviews back for analysis",
    access: "manager",
    response: reclusterResult,
    handler: () => themes.recluster(true),
  });
  router.route({
    method: "GET",
    url: "/api/v1/review-themes/:id",
    tag,
    summary: "One theme with up to 10 examples",
    access: "agent",
    params: uuidParam,
    response: themeSchema,
    handler: ({ params }) => themes.get(params.id),
  });
}
