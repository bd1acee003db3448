import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { Router } from "../../http/route.js";
import { AppError } from "../../shared/app-error.js";
import { parseJson, rawBody, verifySignature } from "../webhooks/index.js";
import { importResult, MAX_IMPORT_REVIEWS, reviewInput } from "./reviews.schema.js";
import type { ReviewsService } from "./reviews.service.js";

export const REVIEWS_WEBHOOK_URL = "/api/v1/webhooks/reviews";

/**
 * POST /api/v1/webhooks/reviews: reviews pushed by a store or review platform, signed like the generic
 * webhook (X-Mundo-Signature: sha256=<HMAC-SHA256 of the raw body with MUNDO_WEBHOOK_SECRET>). The body is
 * one review or {reviews:[…]}. It is registered in its own scope so the raw bytes are kept for the HMAC;
 * being a static path, it wins over /api/v1/webhooks/:source.
 */
export async function registerReviewsWebhook(app: FastifyInstance, router: Router, reviews: ReviewsService, secret: string | undefined) {
  router.describe({
    method: "POST",
    url: REVIEWS_WEBHOOK_URL,
    tag: "webhooks",
    summary:
      "Reviews from a store or review platform, signed with X-Mundo-Signature (HMAC-SHA256 of the raw body with MUNDO_WEBHOOK_SECRET); one review or {reviews:[…]}; idempotent on (source, externalId)",
    access: "public",
    body: z.union([reviewInput, z.object({ reviews: z.array(reviewInput).max(MAX_IMPORT_REVIEWS) })]),
    response: importResult,
  });
  await app.register(async (scope) => {
    scope.removeContentTypeParser("application/json");
    scope.addContentTypeParser("application/json", { parseAs: "buffer" }, (_req, body, done) => done(null, body));
    scope.post(REVIEWS_WEBHOOK_URL, async (req) => {
      if (!secret) throw new AppError("UNAVAILABLE", "Review webhooks are not accepted: set MUNDO_WEBHOOK_SECRET on the server to enable them");
      const raw = rawBody(req);
      if (!verifySignature(raw, req.headers["x-mundo-signature"], secret)) {
        throw new AppError("UNAUTHENTICATED", "X-Mundo-Signature is missing or is not the HMAC-SHA256 of the body with MUNDO_WEBHOOK_SECRET");
      }
      const payload = parseJson(raw);
      if (payload && typeof payload === "object" && !Array.isArray(payload) && "reviews" in payload) {
        const list = (payload as { reviews: unknown }).reviews;
        if (!Array.isArray(list)) throw new AppError("VALIDATION_FAILED", "reviews: must be an array of reviews", "reviews");
        if (list.length > MAX_IMPORT_REVIEWS) throw new AppError("VALIDATION_FAILED", `reviews: at most ${MAX_IMPORT_REVIEWS} per delivery`, "reviews");
        return reviews.importJson(list);
      }
      return reviews.importJson([payload]);
    });
  });
}
