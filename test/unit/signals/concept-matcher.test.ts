import { describe, expect, it } from "vitest";
import { findTerms } from "../../../src/modules/concepts/concept-matcher.js";
import { BUILTIN_CONCEPTS } from "../../../src/modules/concepts/concept-seeds.js";

const terms = (key: string, language: string) => BUILTIN_CONCEPTS.find((c) => c.key === key)!.terms[language]!;
const matched = (text: string, list: readonly string[]) => findTerms(text, list).map((m) => m.term);

describe("concept term matching", () => {
  it("finds a Vietnamese term with its diacritics and shows it in context", () => {
    const [hit] = findTerms("Chào anh, cho em xin giá sỉ cho đơn hàng 500 cái được không ạ?", terms("wholesale", "vi"));
    expect(hit).toMatchObject({ term: "giá sỉ", unaccented: false });
    expect(hit!.excerpt).toContain("giá sỉ cho đơn hàng");
  });

  it("keeps Vietnamese diacritics apart: 'bạn buồn' (friend is sad) is not 'bán buôn' (wholesale)", () => {
    expect(matched("Bạn buồn vì đơn hàng đến muộn.", ["bán buôn"])).toEqual([]);
    // Decomposed input (NFD) is the same text as precomposed.
    expect(matched("Tôi muốn mua bán buôn".normalize("NFD"), ["bán buôn"])).toEqual(["bán buôn"]);
  });

  it("accepts a term typed without diacritics only when the whole message has none", () => {
    expect(findTerms("cho em xin gia si voi a", ["giá sỉ"])).toEqual([expect.objectContaining({ term: "giá sỉ", unaccented: true })]);
    // One accented word means the writer uses diacritics: "gia si" then is not "giá sỉ".
    expect(matched("Gia sư của tôi nói gia si", ["giá sỉ"])).toEqual([]);
  });

  it("matches whole words only, case-insensitively, with * for any ending", () => {
    expect(matched("I would like a REFUND please", ["refund*"])).toEqual(["refund*"]);
    expect(matched("It was refunded twice", ["refund*"])).toEqual(["refund*"]);
    expect(matched("nonrefundable ticket", ["refund*"])).toEqual([]);
    expect(matched("Wholesalers welcome", ["wholesale"])).toEqual([]);
    expect(matched("a bulk   order of 500", ["bulk order"])).toEqual(["bulk order"]);
  });

  it("reads ё as е and does not confuse 'отменный' (excellent) with a cancellation", () => {
    expect(matched("Выставите счёт на оплату, пожалуйста", terms("invoice", "ru"))).toEqual(["счет на оплату", "выставите счет"]);
    expect(matched("Отменное качество, спасибо!", terms("cancel", "ru"))).toEqual([]);
    expect(matched("Прошу отменить заказ", terms("cancel", "ru"))).toEqual(["отменить"]);
  });

  it("matches Chinese and Japanese terms inside unspaced text, and Latin terms next to them", () => {
    expect(matched("请问批发价是多少？", terms("wholesale", "zh"))).toEqual(["批发", "批发价"]);
    expect(matched("注文をキャンセルしたいです", terms("cancel", "ja"))).toEqual(["キャンセル"]);
    expect(matched("需要VAT number发票", ["VAT number"])).toEqual(["VAT number"]);
  });

  it("reads Arabic with clitics and without harakat", () => {
    expect(matched("أريد الشراء بالجملة", terms("wholesale", "ar"))).toEqual(["بالجملة"]);
    expect(matched("أرجو إِلْغَاء الطلب", terms("cancel", "ar"))).toEqual(["إلغاء"]);
    expect(matched("أرسلوا لي الفاتورة", terms("invoice", "ar"))).toEqual(["فاتورة"]);
    // "جملة" alone is also "sentence": it is not in the list.
    expect(matched("هذه جملة طويلة", terms("wholesale", "ar"))).toEqual([]);
  });

  it("has human-written lists for the built-ins in the languages without an offline engine", () => {
    for (const c of BUILTIN_CONCEPTS) {
      for (const language of ["en", "vi", "fr", "de", "es", "pt", "ru", "zh", "ja", "ar"]) expect(c.terms[language]?.length, `${c.key} ${language}`).toBeGreaterThan(0);
    }
    expect(terms("wholesale", "vi")).toEqual(expect.arrayContaining(["bán buôn", "giá sỉ", "mua sỉ", "số lượng lớn"]));
  });
});
