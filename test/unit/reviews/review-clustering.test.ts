import { describe, expect, it } from "vitest";
import { agglomerate, centroid, clusterReviews, cosine, tfidfVectors } from "../../../src/modules/reviews/review-clustering.js";
import { defaultTaxonomy } from "../../../src/modules/reviews/review-taxonomy.js";
import { textAnalyzer } from "../../../src/modules/reviews/review-text.js";

const en = textAnalyzer("en");
const docs = (texts: string[]) => texts.map((text, i) => ({ id: `r${i}`, text }));
const themeOf = (result: ReturnType<typeof clusterReviews>, id: string) => result.themes.find((t) => t.members.some((m) => m.id === id));

describe("TF-IDF", () => {
  it("weighs a rare term above a common one and normalises each vector", () => {
    const [a] = tfidfVectors([["box", "late"], ["box"], ["box", "price"]]);
    expect(a!.get("late")!).toBeGreaterThan(a!.get("box")!);
    const norm = Math.sqrt([...a!.values()].reduce((s, w) => s + w * w, 0));
    expect(norm).toBeCloseTo(1, 10);
  });

  it("gives cosine 1 for the same words, 0 for none in common", () => {
    const [a, b, c] = tfidfVectors([["box", "crush"], ["crush", "box"], ["price"]]);
    expect(cosine(a!, b!)).toBeCloseTo(1, 10);
    expect(cosine(a!, c!)).toBe(0);
    expect(cosine(centroid([a!, b!]), a!)).toBeCloseTo(1, 10);
  });
});

describe("agglomerative clustering", () => {
  it("merges similar vectors and stops at the threshold", () => {
    const vectors = tfidfVectors([
      ["battery", "die"],
      ["battery", "die", "hour"],
      ["battery", "life", "die"],
      ["app", "crash"],
      ["app", "crash", "update"],
      ["colour", "lovely"],
    ]);
    const groups = agglomerate(vectors, 0.25).map((g) => [...g].sort());
    expect(groups).toEqual(expect.arrayContaining([[0, 1, 2], [3, 4], [5]]));
    expect(groups).toHaveLength(3);
    // A threshold above every similarity leaves singletons.
    expect(agglomerate(vectors, 1.01)).toHaveLength(6);
  });
});

describe("clusterReviews", () => {
  const taxonomy = defaultTaxonomy("en");

  it("seeds by taxonomy keywords: a box that arrived broken is packaging, not delivery", () => {
    const result = clusterReviews(
      docs(["The box arrived broken", "The box arrived in pieces", "Delivery arrived two weeks late", "The courier was slow"]),
      taxonomy,
      en,
    );
    expect(themeOf(result, "r0")?.key).toBe("taxonomy:packaging");
    expect(themeOf(result, "r1")?.key).toBe("taxonomy:packaging");
    expect(themeOf(result, "r2")?.key).toBe("taxonomy:delivery");
    expect(themeOf(result, "r3")?.key).toBe("taxonomy:delivery");
    const packaging = result.themes.find((t) => t.key === "taxonomy:packaging")!;
    expect(packaging.label).toBe("Damaged packaging");
    expect(packaging.keywords[0]!.term).toBe("box");
    expect(packaging.members.find((m) => m.id === "r0")!.terms).toEqual(expect.arrayContaining(["box", "broken"]));
  });

  it("attaches a review without keywords to the seeded theme it resembles", () => {
    const result = clusterReviews(
      docs(["Crushed box, the mug inside cracked", "Box crushed and mug cracked", "Mug cracked inside, very sad", "Great price"]),
      taxonomy,
      en,
    );
    const packaging = themeOf(result, "r2");
    expect(packaging?.key).toBe("taxonomy:packaging");
    expect(packaging!.members.find((m) => m.id === "r2")!.terms).toEqual(expect.arrayContaining(["mug", "cracked"]));
    expect(themeOf(result, "r3")?.key).toBe("taxonomy:price");
  });

  it("forms emergent themes labelled by their top terms, and leaves loners unthemed", () => {
    const result = clusterReviews(
      docs(["Battery dies after two hours", "The battery dies so fast", "Battery life is poor and it dies", "Lovely colour", "Box crushed"]),
      taxonomy,
      en,
    );
    const battery = themeOf(result, "r0")!;
    expect(battery.kind).toBe("emergent");
    expect(battery.taxonomyId).toBeNull();
    expect(battery.members.map((m) => m.id).sort()).toEqual(["r0", "r1", "r2"]);
    expect(battery.label.split(", ").slice(0, 2).sort()).toEqual(["battery", "dies"]);
    expect(battery.key).toMatch(/^emergent:/);
    expect(result.unthemed).toEqual(["r3"]);
  });

  it("is deterministic: the same input gives the same themes and keys", () => {
    const input = docs(["Battery dies fast", "battery dies", "Late delivery", "box crushed", "crushed box again"]);
    expect(clusterReviews(input, taxonomy, en)).toEqual(clusterReviews(input, taxonomy, en));
  });

  it("clusters without a taxonomy, and copes with empty input and stop-word-only text", () => {
    const result = clusterReviews(docs(["box crushed", "crushed box", "it was the"]), [], en);
    expect(result.themes).toHaveLength(1);
    expect(result.themes[0]!.kind).toBe("emergent");
    expect(result.unthemed).toEqual(["r2"]);
    expect(clusterReviews([], taxonomy, en)).toEqual({ themes: [], unthemed: [] });
  });

  it("matches taxonomy keywords in the working language's own stems (Spanish)", () => {
    const es = textAnalyzer("es");
    const result = clusterReviews(docs(["Las cajas llegaron aplastadas", "El envío tardó semanas"]), defaultTaxonomy("es"), es);
    expect(themeOf(result, "r0")?.key).toBe("taxonomy:packaging");
    expect(themeOf(result, "r1")?.key).toBe("taxonomy:delivery");
  });
});
