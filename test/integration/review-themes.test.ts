import { createHmac } from "node:crypto";
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installErrorHandler } from "../../src/http/error-handler.js";
import { createRouter } from "../../src/http/route.js";
import { registerReviewsWebhook } from "../../src/modules/reviews/reviews-webhook.js";
import { OTHER_REVIEWS, reviewImportRows, SPANISH_BOX_REVIEWS } from "../support/review-fixtures.js";
import { createTestApp, type TestApp, translationConfig } from "../support/test-app.js";
import { waitFor } from "../support/wait-for.js";

const WEBHOOK_SECRET = "reviews-webhook-secret-for-tests";
const GERMAN = "Die Lieferung kam zwei Wochen zu spät und niemand hat geantwortet.";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ translation: translationConfig({ MUNDO_TRANSLATION_ENGINES: "apertium" }), webhooks: { webhookSecret: WEBHOOK_SECRET } });
});
afterAll(() => t.close());

/** Themes once every review is analysed and the themes include all of them. */
const settled = (reviews: number) =>
  waitFor(
    async () => {
      const res = await t.call("GET", "/api/v1/review-themes");
      const s = res.body.status;
      return s.upToDate && s.reviews === reviews ? res.body : undefined;
    },
    60_000,
    `themes over ${reviews} reviews`,
  );

const allReviews = async (query = "") => {
  const res = await t.call("GET", `/api/v1/reviews?limit=100${query}`);
  expect(res.status).toBe(200);
  return res.body as { items: any[]; total: number };
};

describe("review themes across languages (Apertium)", () => {
  let packagingId: string;

  it("imports JSON reviews once per (source, externalId), with an error per bad row", async () => {
    const rows = [...reviewImportRows(), { externalId: "de-1", source: "google", rating: 1, text: GERMAN }];
    const first = await t.call("POST", "/api/v1/reviews/import", { reviews: [...rows, { source: "google", rating: 9, text: "x" }, { source: "google" }] });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ received: 36, imported: 34, duplicates: 0, failed: 2 });
    expect(first.body.errors).toEqual([
      { row: 35, field: "rating", message: expect.stringMatching(/^row 35: rating .*5/) },
      { row: 36, field: "text", message: expect.stringMatching(/^row 36: text/) },
    ]);
    const again = await t.call("POST", "/api/v1/reviews/import", { reviews: rows });
    expect(again.body).toMatchObject({ received: 34, imported: 0, duplicates: 34, failed: 0 });
  });

  it("groups the 20 Spanish broken-box reviews into one packaging theme with Spanish originals", async () => {
    const { items: themes, status } = await settled(34);
    expect(status).toMatchObject({ workingLanguage: "en", pending: 0, failed: 0 });
    const withBoxes = themes.filter((th: any) => th.languages.some((l: any) => l.language === "es") && /packag/i.test(th.label));
    expect(withBoxes).toHaveLength(1);
    const packaging = withBoxes[0];
    packagingId = packaging.id;
    expect(packaging).toMatchObject({ kind: "taxonomy", taxonomyId: "packaging", count: 20, languages: [{ language: "es", count: 20 }] });
    expect(packaging.keywords.slice(0, 4).map((k: any) => k.term)).toContain("box");
    expect(packaging.examples.length).toBeGreaterThan(0);
    for (const ex of packaging.examples) {
      expect(ex.language).toBe("es");
      expect(SPANISH_BOX_REVIEWS).toContain(ex.text);
      expect(ex.translation).toMatchObject({ to: "en", text: expect.stringMatching(/box|package|wrapping/i) });
    }
    expect(packaging.averageRating).toBe(1.5);
    expect(packaging.trend.reduce((n: number, w: any) => n + w.count, 0)).toBe(20);
    expect(packaging.trend.every((w: any) => /^\d{4}-\d{2}-\d{2}$/.test(w.week) && new Date(`${w.week}T12:00:00Z`).getUTCDay() === 1)).toBe(true);

    // Exactly the 20 Spanish box reviews are in it, and no other review.
    const members = await allReviews(`&theme=${packagingId}`);
    expect(members.total).toBe(20);
    expect(members.items.map((r) => r.text).sort()).toEqual([...SPANISH_BOX_REVIEWS].sort());
    const everyone = await allReviews();
    for (const r of everyone.items.filter((x) => !SPANISH_BOX_REVIEWS.includes(x.text))) expect(r.theme?.id).not.toBe(packagingId);
  });

  it("puts the other subjects in their own themes, French through the Spanish pivot", async () => {
    const everyone = await allReviews();
    const byText = new Map(everyone.items.map((r) => [r.text, r]));
    for (const other of OTHER_REVIEWS) {
      const r = byText.get(other.text);
      expect(r.language).toBe(other.language);
      if (other.language !== "en") expect(r.translation).toMatchObject({ to: "en", provenance: { engine: "apertium" } });
    }
    const livraison = byText.get("La livraison a pris trois semaines, beaucoup trop lent.");
    expect(livraison.translation.provenance.pivot).toBe("es");
    const deliveryThemes = new Set(OTHER_REVIEWS.filter((o) => o.subject === "delivery").map((o) => byText.get(o.text).theme?.label));
    expect([...deliveryThemes]).toEqual(["Delivery"]);
    const quality = OTHER_REVIEWS.filter((o) => o.subject === "quality").map((o) => byText.get(o.text).theme?.label);
    expect(new Set(quality)).toEqual(new Set(["Quality"]));
  });

  it("never fakes a translation: German (no offline engine) is listed as not clustered, with the reason", async () => {
    const { items } = await allReviews("&language=de");
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      text: GERMAN,
      translation: null,
      translationStatus: "untranslated",
      translationNote: expect.stringContaining("de→en"),
      theme: null,
      clusterNote: "not clustered: no translation engine for de",
    });
    const { status } = (await t.call("GET", "/api/v1/review-themes")).body;
    expect(status.notClustered).toEqual([{ reason: "not clustered: no translation engine for de", count: 1 }]);
  });

  it("filters and searches reviews in the original and the translation", async () => {
    expect((await allReviews("&q=aplastada")).total).toBe(4);
    const crushed = await allReviews("&q=crushed");
    expect(crushed.total).toBe(4);
    expect(crushed.items.every((r) => r.language === "es")).toBe(true);
    expect((await allReviews("&language=fr")).total).toBe(3);
    expect((await allReviews(`&theme=${packagingId}&rating=1`)).total).toBe(10);
    const sorted = (await t.call("GET", "/api/v1/reviews?sort=rating&limit=3")).body;
    expect(sorted.items.map((r: any) => r.rating)).toEqual([1, 1, 1]);
    const highest = (await t.call("GET", "/api/v1/reviews?sort=-rating&limit=3")).body;
    expect(highest.items.map((r: any) => r.rating)).toEqual([5, 5, 5]);
    const page = await t.call("GET", "/api/v1/reviews?limit=5&offset=30");
    expect(page.body.items).toHaveLength(4);
    expect(page.body.total).toBe(34);
    expect((await t.call("GET", "/api/v1/reviews?rating=6")).status).toBe(400);
  });

  it("serves one theme with up to ten examples", async () => {
    const res = await t.call("GET", `/api/v1/review-themes/${packagingId}`);
    expect(res.status).toBe(200);
    expect(res.body.examples).toHaveLength(10);
    expect(res.body.examples.every((e: any) => e.language === "es" && e.terms.length > 0)).toBe(true);
    expect((await t.call("GET", "/api/v1/review-themes/00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });

  it("renames themes from an edited taxonomy and keeps the theme's id", async () => {
    const current = await t.call("GET", "/api/v1/review-themes/taxonomy");
    expect(current.body).toMatchObject({ language: "en", isDefault: true });
    const entries = current.body.entries.map((e: any) => (e.id === "packaging" ? { ...e, name: "Boxes arrive damaged" } : e));
    const saved = await t.call("PUT", "/api/v1/review-themes/taxonomy", { entries });
    expect(saved.status).toBe(200);
    expect(saved.body.isDefault).toBe(false);
    const theme = (await t.call("GET", `/api/v1/review-themes/${packagingId}`)).body;
    expect(theme).toMatchObject({ label: "Boxes arrive damaged", count: 20 });
    const dup = await t.call("PUT", "/api/v1/review-themes/taxonomy", { entries: [entries[0], entries[0]] });
    expect(dup.status).toBe(400);
  });

  it("imports CSV with per-row errors, and only managers may import", async () => {
    const csv = [
      "external_id,source,rating,text,author,created_at",
      'csv-1,app-store,2,"The app keeps crashing, please fix it",Ann,2026-01-05',
      "csv-2,app-store,seven,Bad rating,Bob,2026-01-05",
      "csv-3,app-store,4",
      "csv-4,app-store,5,Fine,Cy,not-a-date",
    ].join("\n");
    const res = await t.call("POST", "/api/v1/reviews/import", { csv });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ received: 4, imported: 1, failed: 3 });
    expect(res.body.errors.map((e: any) => [e.row, e.field])).toEqual([
      [2, "rating"],
      [3, undefined],
      [4, "createdAt"],
    ]);
    const badHeader = await t.call("POST", "/api/v1/reviews/import", { csv: "id,body\n1,x" });
    expect(badHeader.status).toBe(400);
    expect(badHeader.body.error.field).toBe("csv");
    const agent = await t.tokenFor("agent");
    expect((await t.call("POST", "/api/v1/reviews/import", { csv }, agent)).status).toBe(403);
    expect((await t.call("GET", "/api/v1/review-themes", undefined, agent)).status).toBe(200);
    await settled(35);
  });

  it("takes signed reviews from the webhook, idempotently, and refuses bad signatures", async () => {
    const body = JSON.stringify({ reviews: [{ externalId: "wh-1", source: "trustpilot", rating: 2, text: "La caja llegó rota otra vez." }] });
    const sign = (b: string) => `sha256=${createHmac("sha256", WEBHOOK_SECRET).update(b).digest("hex")}`;
    const post = (b: string, signature: string) =>
      t.app.inject({ method: "POST", url: "/api/v1/webhooks/reviews", payload: b, headers: { "content-type": "application/json", "x-mundo-signature": signature } });
    const bad = await post(body, sign(`${body} `));
    expect(bad.statusCode).toBe(401);
    const ok = await post(body, sign(body));
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ imported: 1, duplicates: 0 });
    expect((await post(body, sign(body))).json()).toMatchObject({ imported: 0, duplicates: 1 });
    const { items } = await settled(36);
    const packaging = items.find((th: any) => th.id === packagingId);
    expect(packaging.count).toBe(21);
  });

  it("answers 503 naming the variable when no webhook secret is set", async () => {
    const bare = Fastify();
    installErrorHandler(bare);
    await registerReviewsWebhook(bare, createRouter(bare, async () => null), t.services.reviews.reviews, undefined);
    const res = await bare.inject({ method: "POST", url: "/api/v1/webhooks/reviews", payload: "{}", headers: { "content-type": "application/json" } });
    await bare.close();
    expect(res.statusCode).toBe(503);
    expect(res.json().error.message).toContain("MUNDO_WEBHOOK_SECRET");
  });

  it("reclusters on demand", async () => {
    const res = await t.call("POST", "/api/v1/review-themes/recluster");
    expect(res.status).toBe(200);
    // The German review goes back for analysis (an engine may exist now) and is again not clustered.
    expect(res.body).toMatchObject({ themed: expect.any(Number), notClustered: 1, requeued: 1 });
    const { status } = await settled(36);
    expect(status.notClustered).toEqual([{ reason: "not clustered: no translation engine for de", count: 1 }]);
  });
});
