import { describe, expect, it } from "vitest";
import { textAnalyzer } from "../../../src/modules/reviews/review-text.js";

const stems = (lang: string, text: string) => textAnalyzer(lang).terms(text).map((t) => t.stem);

describe("review text analyzer", () => {
  it("lowercases, drops English stop words and stems inflections to one term", () => {
    expect(stems("en", "The BOXES arrived damaged and crushed")).toEqual(["box", "arriv", "damag", "crush"]);
    expect(stems("en", "box")).toEqual(stems("en", "boxes"));
    expect(stems("en", "packaging")).toEqual(stems("en", "package"));
    expect(stems("en", "It's not what I wanted, it was really too late")).toEqual(["want", "late"]);
  });

  it("keeps how a word was written, for labels", () => {
    expect(textAnalyzer("en").terms("Shipping was slow").map((t) => t.surface)).toEqual(["shipping", "slow"]);
    expect(textAnalyzer("es").terms("La caja llegó rota").map((t) => t.surface)).toEqual(["caja", "llegó", "rota"]);
  });

  it("folds accents and inflections in Spanish, French and German, and drops their stop words", () => {
    expect(stems("es", "La caja llegó rota")).toEqual(stems("es", "las cajas llegaron rotas"));
    expect(stems("es", "La caja llegó rota")).toHaveLength(3);
    expect(stems("fr", "L'emballage était abîmé")).toEqual(stems("fr", "emballages abîmés"));
    expect(stems("de", "Die Verpackung war kaputt")).toEqual(["verpack", "kaputt"]);
  });

  it("segments Japanese and Chinese, which have no spaces, into content words", () => {
    expect(stems("ja", "箱が壊れて届きました")).toEqual(["箱", "壊", "届"]);
    expect(stems("zh", "包装盒坏了")).toEqual(["包装", "盒", "坏"]);
  });

  it("ignores numbers and punctuation, and analyzes regional tags with their language", () => {
    expect(stems("en", "2 boxes!!! 100% ... 42")).toEqual(["box"]);
    expect(stems("en-GB", "Boxes")).toEqual(["box"]);
  });
});
