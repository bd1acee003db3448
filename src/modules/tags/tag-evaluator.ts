import type { TagAssignment } from "./customer-tags.repository.js";
import { type Condition, describeCondition, isLeaf, type LeafCondition, requiredLeaves, type TagTemplate } from "./tag-condition.js";
import type { FieldReader, FieldValue } from "./tag-field-reader.js";
import type { FieldName } from "./tag-fields.js";

/** A rule ready to run: parsed condition and template. */
export interface EvaluableRule {
  id: string;
  name: string;
  condition: Condition;
  template: TagTemplate;
}

/** A tag a rule gives a customer, with why. `source` is `rule:<id>`, the customer_tags source it is stored under. */
export interface ComputedTag extends TagAssignment {
  source: string;
  evidence: Record<string, unknown>;
}

interface Reason {
  field: FieldName;
  text: string;
}

interface Outcome {
  ok: boolean;
  reasons: Reason[];
  evidence: Record<string, unknown>;
}

const NEGATIVE_OPS = new Set(["neq", "notIn", "notExists"]);

function leafHolds(leaf: LeafCondition, v: FieldValue): { ok: boolean; reasons: string[] } {
  const negative = NEGATIVE_OPS.has(leaf.op);
  const said = (ok: boolean, positive: string[]) => ({ ok, reasons: ok ? (negative ? [describeCondition(leaf)] : positive) : [] });
  if (v.kind === "text") {
    const m = v.match(leaf.value as string[]);
    return said(m.count > 0, [`${m.keywords.map((k) => `"${k}"`).join(", ")} in ${m.count} message${m.count === 1 ? "" : "s"} in the last ${v.days} days`]);
  }
  if (v.kind === "list") {
    const wanted = Array.isArray(leaf.value) ? leaf.value.map(String) : leaf.value === undefined ? [] : [String(leaf.value)];
    const hits = v.items.filter((i) => wanted.includes(i.value));
    switch (leaf.op) {
      case "in":
      case "eq":
        return said(hits.length > 0, hits.map((i) => i.reason));
      case "notIn":
        return said(hits.length === 0, []);
      case "exists":
        return said(v.items.length > 0, v.items.map((i) => i.reason));
      case "notExists":
        return said(v.items.length === 0, []);
      default:
        return said(false, []);
    }
  }
  const x = v.value;
  const c = leaf.value;
  let ok: boolean;
  if (x === null) ok = leaf.op === "notExists" || leaf.op === "neq" || leaf.op === "notIn";
  else {
    switch (leaf.op) {
      case "eq": ok = x === c; break;
      case "neq": ok = x !== c; break;
      case "in": ok = (c as unknown[]).includes(x); break;
      case "notIn": ok = !(c as unknown[]).includes(x); break;
      case "gt": ok = (x as number) > (c as number); break;
      case "gte": ok = (x as number) >= (c as number); break;
      case "lt": ok = (x as number) < (c as number); break;
      case "lte": ok = (x as number) <= (c as number); break;
      case "between": ok = (x as number) >= (c as number[])[0]! && (x as number) <= (c as number[])[1]!; break;
      case "exists": ok = true; break;
      case "notExists": ok = false; break;
      default: ok = false;
    }
  }
  return said(ok, [v.reason]);
}

export function evaluateCondition(c: Condition, read: FieldReader): Outcome {
  if (isLeaf(c)) {
    const v = read(c);
    const r = leafHolds(c, v);
    const evidence = v.kind !== "text" && v.evidence !== undefined ? { [c.field]: v.evidence } : v.kind === "scalar" ? { [c.field]: v.value } : {};
    return { ok: r.ok, reasons: r.reasons.map((text) => ({ field: c.field, text })), evidence };
  }
  if ("not" in c) {
    const inner = evaluateCondition(c.not, read);
    return { ok: !inner.ok, reasons: inner.ok ? [] : [{ field: "tag", text: `not (${describeCondition(c.not)})` }], evidence: inner.evidence };
  }
  if ("all" in c) {
    const out: Outcome = { ok: true, reasons: [], evidence: {} };
    for (const child of c.all) {
      const r = evaluateCondition(child, read);
      if (!r.ok) return { ok: false, reasons: [], evidence: {} };
      out.reasons.push(...r.reasons);
      Object.assign(out.evidence, r.evidence);
    }
    return out;
  }
  for (const child of c.any) {
    const r = evaluateCondition(child, read);
    if (r.ok) return r;
  }
  return { ok: false, reasons: [], evidence: {} };
}

// Distinct reasons, leaving out one another reason already says ("5 orders" within the RFM summary).
const unique = (xs: string[]) => {
  const distinct = [...new Set(xs.filter(Boolean))];
  return distinct.filter((x) => !distinct.some((y) => y !== x && y.includes(x)));
};

/** The tags one rule gives a customer: none, one, or one per value of the template's list field. */
export function applyRule(rule: EvaluableRule, read: FieldReader, asOf: string): ComputedTag[] {
  const outcome = evaluateCondition(rule.condition, read);
  if (!outcome.ok) return [];
  const source = `rule:${rule.id}`;
  const evidence = (extra: Record<string, unknown> = {}) => ({ rule: { id: rule.id, name: rule.name }, asOf, condition: describeCondition(rule.condition), facts: outcome.evidence, ...extra });
  const scalars = new Map<string, string | null>();
  for (const p of rule.template.placeholders) {
    if (p === rule.template.expand) continue;
    const v = read({ field: p, days: daysFor(rule.condition, p) });
    scalars.set(p, v.kind === "scalar" && v.value !== null ? String(v.value) : v.kind === "list" ? (v.items.map((i) => i.label).join(", ") || null) : null);
  }
  if ([...scalars.values()].some((v) => v === null)) return [];
  const render = (expanded?: string) =>
    rule.template.text
      .replace(/\{([a-zA-Z.]+)\}/g, (_, f: string) => (f === rule.template.expand ? (expanded ?? "") : (scalars.get(f) ?? "")))
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, 100);

  if (!rule.template.expand) {
    return [{ name: render(), reason: unique(outcome.reasons.map((r) => r.text)).join("; "), source, evidence: evidence() }];
  }
  const field = rule.template.expand;
  const v = read({ field, days: daysFor(rule.condition, field) });
  if (v.kind !== "list") return [];
  const filters = requiredLeaves(rule.condition).filter((l) => l.field === field);
  const others = outcome.reasons.filter((r) => r.field !== field).map((r) => r.text);
  const byName = new Map<string, ComputedTag>();
  for (const item of v.items) {
    const single: FieldValue = { kind: "list", items: [item] };
    if (!filters.every((l) => leafHolds(l, single).ok)) continue;
    const name = render(item.label);
    if (name && !byName.has(name)) byName.set(name, { name, reason: unique([item.reason, ...others]).join("; "), source, evidence: evidence({ value: item.value }) });
  }
  return [...byName.values()];
}

function daysFor(c: Condition, field: FieldName): number | undefined {
  if (isLeaf(c)) return c.field === field ? c.days : undefined;
  const children = "all" in c ? c.all : "any" in c ? c.any : [c.not];
  for (const child of children) {
    const d = daysFor(child, field);
    if (d !== undefined) return d;
  }
  return undefined;
}

const usesTags = (c: Condition): boolean => (isLeaf(c) ? c.field === "tag" : "not" in c ? usesTags(c.not) : ("all" in c ? c.all : c.any).some(usesTags));

/**
 * Every rule's tags for one customer. Rules that test `tag` run after the others and again until nothing
 * changes (at most 4 rounds), so a portrait rule sees "high value" from the RFM rule in the same evaluation.
 */
export function evaluateRules(rules: readonly EvaluableRule[], makeReader: (currentTags: () => Iterable<string>) => FieldReader, asOf: string): ComputedTag[] {
  const results = new Map<string, ComputedTag[]>();
  const current = () => [...results.values()].flat().map((t) => t.name);
  const read = makeReader(current);
  const plain = rules.filter((r) => !usesTags(r.condition));
  const composite = rules.filter((r) => usesTags(r.condition));
  for (const rule of plain) results.set(rule.id, applyRule(rule, read, asOf));
  for (let round = 0; round < 4 && composite.length > 0; round++) {
    let changed = false;
    for (const rule of composite) {
      const next = applyRule(rule, read, asOf);
      const before = results.get(rule.id) ?? [];
      if (next.map((t) => t.name).join("\n") !== before.map((t) => t.name).join("\n")) changed = true;
      results.set(rule.id, next);
    }
    if (!changed) break;
  }
  return rules.flatMap((r) => results.get(r.id) ?? []);
}
