import { describe, expect, it } from "vitest";
import { buildSearchText, foldForSearch, likeContains } from "../../src/shared/search-text.js";

describe("foldForSearch", () => {
  it("drops Vietnamese tone marks and letter diacritics, including the stroke of đ", () => {
    expect(foldForSearch("Nguyễn Thị Ánh")).toBe("nguyen thi anh");
    expect(foldForSearch("Trần Quốc Bảo")).toBe("tran quoc bao");
    // People type "dang" and "do" for Đặng and Đỗ; đ carries a stroke, not a combining mark.
    expect(foldForSearch("Đặng Đỗ")).toBe("dang do");
    expect(foldForSearch("đặng")).toBe(foldForSearch("DANG"));
  });

  it("folds other stroke letters NFKD keeps whole (Polish ł, Danish ø)", () => {
    expect(foldForSearch("Łódź")).toBe("lodz");
    expect(foldForSearch("Søren Ødegård")).toBe("soren odegard");
  });

  it("lowercases Cyrillic and Greek, and folds ё to е", () => {
    expect(foldForSearch("ИВАН Петров")).toBe("иван петров");
    expect(foldForSearch("Иван")).toBe(foldForSearch("иван"));
    expect(foldForSearch("Фёдор")).toBe("федор");
    expect(foldForSearch("ΑΘΗΝΑ")).toBe(foldForSearch("αθηνα"));
  });

  it("keeps Devanagari vowel signs and viramas (they are marks, but not diacritics)", () => {
    const priya = "प्रिया शर्मा";
    const folded = foldForSearch(priya);
    expect(folded).toBe(priya.normalize("NFC"));
    expect(folded).toContain("\u094d"); // virama
    expect(folded).toContain("\u093f"); // vowel sign i
    expect(foldForSearch("สมชาย ใจดี")).toBe("สมชาย ใจดี");
  });

  it("recomposes Hangul syllables after decomposing them", () => {
    const folded = foldForSearch("김민수 서울");
    expect(folded).toBe("김민수 서울");
    expect([...folded]).toHaveLength(6);
  });

  it("maps full-width forms to ASCII and collapses whitespace of any kind", () => {
    expect(foldForSearch("ＡＢＣ　１２３")).toBe("abc 123");
    expect(foldForSearch("  Ｍｕｎｄｏ\t\n CRM  ")).toBe("mundo crm");
    expect(foldForSearch("株式会社　山田")).toBe("株式会社 山田");
  });

  it("is idempotent", () => {
    for (const s of ["Nguyễn Đặng", "ＡＢＣ", "Фёдор", "प्रिया", "김민수"]) {
      expect(foldForSearch(foldForSearch(s))).toBe(foldForSearch(s));
    }
  });
});

describe("buildSearchText", () => {
  it("joins the present parts and folds them", () => {
    expect(buildSearchText(["Émile Zola", null, undefined, "", "ZOLA@example.fr"])).toBe("emile zola zola@example.fr");
    expect(buildSearchText([])).toBe("");
  });
});

describe("likeContains", () => {
  it("wraps the folded query in % wildcards", () => {
    expect(likeContains("  Émile ")).toBe("%emile%");
  });

  it("escapes LIKE wildcards and the escape character so they match literally", () => {
    expect(likeContains("100%")).toBe("%100\\%%");
    expect(likeContains("a_b")).toBe("%a\\_b%");
    expect(likeContains("c:\\dir")).toBe("%c:\\\\dir%");
    expect(likeContains("%_")).toBe("%\\%\\_%");
  });
});
