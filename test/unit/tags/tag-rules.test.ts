import { describe, expect, it } from "vitest";
import type { CustomerFacts } from "../../../src/modules/tags/customer-facts.js";
import { memoryPopulation, quintile, rfmSummary } from "../../../src/modules/tags/rfm.js";
import { describeCondition, parseCondition, parseTemplate } from "../../../src/modules/tags/tag-condition.js";
import { applyRule, evaluateRules } from "../../../src/modules/tags/tag-evaluator.js";
import { createFieldReader } from "../../../src/modules/tags/tag-field-reader.js";
import { AppError } from "../../../src/shared/app-error.js";

function facts(over: Partial<CustomerFacts> = {}): CustomerFacts {
  return {
    id: "c1",
    name: "Camille",
    country: "FR",
    timeZone: "Europe/Paris",
    preferred: ["fr"],
    detected: new Map([["en", 2]]),
    channels: new Map([["chat", { count: 3, last: 2 }], ["email", { count: 1, last: 1 }]]),
    windows: new Map([[30, { total: 4, negative: 3, positive: 1 }]]),
    texts: [{ sentAt: Date.parse("2027-05-01T10:00:00Z"), text: "je veux un remboursement" }],
    purchases: { count: 7, total: 12400, ageDays: 3, firstAgeDays: 200 },
    rfm: { r: 5, f: 4, m: 5 },
    otherTags: new Map([["vip", "VIP"]]),
    ...over,
  };
}
const AT = new Date("2027-05-10T12:00:00Z");
const reader = (f: CustomerFacts, tags: () => Iterable<string> = () => []) => createFieldReader(f, { at: AT, baseCurrency: "EUR" }, tags);
const rule = (condition: unknown, tag: string, id = "r1") => ({ id, name: id, condition: parseCondition(condition), template: parseTemplate(tag) });
const fieldOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return err instanceof AppError ? err.field : String(err);
  }
  return null;
};

describe("tag conditions", () => {
  it("normalises values and names the path of a bad part", () => {
    expect(parseCondition({ any: [{ field: "language", op: "in", value: ["FR-ca", "fr"] }, { field: "country", op: "eq", value: "de" }] })).toEqual({
      any: [{ field: "language", op: "in", value: ["fr"] }, { field: "country", op: "eq", value: "DE" }],
    });
    expect(fieldOf(() => parseCondition({ all: [{ field: "country", op: "exists" }, { not: { field: "rfm.m", op: "between", value: [5, 1] } }] }))).toBe("condition.all.1.not.value");
    expect(fieldOf(() => parseCondition({ field: "country", op: "exists", value: "FR" }))).toBe("condition.value");
    expect(fieldOf(() => parseCondition({ field: "country", op: "exists", colour: 1 }))).toBe("condition.colour");
    expect(fieldOf(() => parseCondition({ all: [{ field: "country", op: "exists" }], any: [] }))).toBe("condition");
    let deep: unknown = { field: "country", op: "exists" };
    for (let i = 0; i < 7; i++) deep = { not: deep };
    expect(fieldOf(() => parseCondition(deep))).toMatch(/^condition(\.not)+$/);
    expect(describeCondition(parseCondition({ all: [{ field: "language", op: "in", value: ["fr"] }, { any: [{ field: "orders.count", op: "gte", value: 3 }, { field: "sentiment.negative", op: "gt", value: 1, days: 7 }] }] }))).toBe(
      "language in fr and (orders.count ≥ 3 or sentiment.negative (7 days) > 1)",
    );
  });

  it("parses templates: one list field expands, unknown fields are refused", () => {
    expect(parseTemplate("  lang:{language}  ")).toMatchObject({ text: "lang:{language}", expand: "language" });
    expect(parseTemplate("{country} buyer")).toMatchObject({ expand: null, placeholders: ["country"] });
    expect(fieldOf(() => parseTemplate("{language}/{region}"))).toBe("tag");
    expect(fieldOf(() => parseTemplate("x {messages.text}"))).toBe("tag");
    expect(fieldOf(() => parseTemplate("x {"))).toBe("tag");
  });
});

describe("tag evaluation", () => {
  it("gives one tag per value of the template's list field, filtered by the condition, with each value's reason", () => {
    const tags = applyRule(rule({ field: "language", op: "exists" }, "lang:{language}"), reader(facts()), "2027-05-10");
    expect(tags.map((t) => [t.name, t.reason])).toEqual([
      ["lang:fr", "preferred language fr"],
      ["lang:en", "detected in 2 messages"],
    ]);
    expect(tags[0]).toMatchObject({ source: "rule:r1", evidence: { asOf: "2027-05-10", value: "fr", facts: { language: { preferred: ["fr"], detected: { en: 2 } } } } });
    const filtered = applyRule(rule({ field: "language", op: "in", value: ["fr", "de"] }, "lang:{language}"), reader(facts()), "x");
    expect(filtered.map((t) => t.name)).toEqual(["lang:fr"]);
    // notIn holds for the customer only when none of their languages is listed.
    expect(applyRule(rule({ field: "language", op: "notIn", value: ["en"] }, "lang:{language}"), reader(facts()), "x")).toEqual([]);
  });

  it("explains RFM, sentiment, keyword and channel conditions in words", () => {
    const [t] = applyRule(
      rule({ all: [{ field: "rfm.m", op: "gte", value: 4 }, { field: "sentiment.negative", op: "gte", value: 2 }, { field: "messages.text", op: "contains", value: ["Remboursement", "refund"] }, { field: "channel.preferred", op: "eq", value: "chat" }] }, "unhappy big spender"),
      reader(facts()),
      "x",
    );
    expect(t!.reason).toBe('R5 F4 M5: 7 orders, 12,400 EUR, last 3 days ago; 3 negative messages in the last 30 days; "Remboursement" in 1 message in the last 90 days; most messages via chat (3 of 4)');
  });

  it("handles any/not, customers without orders and absent values", () => {
    const none = facts({ purchases: null, rfm: null, country: null });
    const read = reader(none);
    expect(applyRule(rule({ field: "orders.lastAgeDays", op: "notExists" }, "never ordered"), read, "x")[0]?.reason).toBe("orders.lastAgeDays is unknown");
    expect(applyRule(rule({ field: "orders.lastAgeDays", op: "gte", value: 0 }, "x"), read, "x")).toEqual([]);
    expect(applyRule(rule({ any: [{ field: "country", op: "eq", value: "FR" }, { field: "tag", op: "in", value: ["vip"] }] }, "x"), read, "x")[0]?.reason).toBe("tagged VIP");
    expect(applyRule(rule({ not: { field: "rfm.m", op: "gte", value: 4 } }, "x"), read, "x")[0]?.reason).toBe("not (rfm.m ≥ 4)");
    expect(applyRule(rule({ field: "country", op: "exists" }, "{country} buyer"), read, "x")).toEqual([]);
  });

  it("runs rules that test tags after the rules that make them", () => {
    const rules = [
      rule({ all: [{ field: "tag", op: "in", value: ["High Value"] }, { field: "language", op: "in", value: ["fr"] }] }, "French VIP", "portrait"),
      rule({ field: "rfm.m", op: "eq", value: 5 }, "high value", "hv"),
    ];
    const out = evaluateRules(rules, (current) => reader(facts(), current), "x");
    expect(out.map((t) => t.name)).toEqual(["French VIP", "high value"]);
    expect(out[0]!.reason).toBe("tagged high value; preferred language fr");
  });
});

describe("RFM scores", () => {
  it("scores quintiles by mid-rank, ties sharing a score", () => {
    expect(quintile({ below: 0, equal: 1 }, 1)).toBe(5);
    expect(quintile({ below: 0, equal: 10 }, 10)).toBe(3);
    expect(quintile({ below: 0, equal: 1 }, 10)).toBe(1);
    expect(quintile({ below: 9, equal: 1 }, 10)).toBe(5);
    expect(quintile({ below: 4, equal: 1 }, 10)).toBe(3);
  });

  it("ranks in memory exactly as counting would", () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({ count: (i % 5) + 1, total: ((i * 37) % 11) * 10.5, ageDays: (i * 13) % 17 }));
    const pop = memoryPopulation(rows);
    for (const v of rows) {
      const r = pop.rank(v);
      expect(r.recency).toEqual({ below: rows.filter((x) => x.ageDays > v.ageDays).length, equal: rows.filter((x) => x.ageDays === v.ageDays).length });
      expect(r.frequency).toEqual({ below: rows.filter((x) => x.count < v.count).length, equal: rows.filter((x) => x.count === v.count).length });
      expect(r.monetary).toEqual({ below: rows.filter((x) => x.total < v.total).length, equal: rows.filter((x) => x.total === v.total).length });
    }
  });

  it("summarises in one line", () => {
    expect(rfmSummary({ r: 5, f: 4, m: 5 }, { count: 7, total: 12400, ageDays: 3 }, "EUR")).toBe("R5 F4 M5: 7 orders, 12,400 EUR, last 3 days ago");
    expect(rfmSummary(null, { count: 1, total: 19.99, ageDays: 0 }, "JPY")).toBe("1 order, 19.99 JPY, last today");
  });
});
