import { notFound } from "../../shared/app-error.js";
import type { EventBus } from "../../shared/event-bus.js";
import type { ProcessedMessage } from "../messages/index.js";
import type { OrdersModule } from "../orders/index.js";
import type { SettingsService } from "../settings/index.js";
import { localDate } from "./cultural-calendar.js";
import type { CustomerFacts, FactsLoader } from "./customer-facts.js";
import { needsOf } from "./customer-facts.js";
import type { CustomerTagsRepository } from "./customer-tags.repository.js";
import type { MemoryPopulation } from "./rfm.js";
import { parseCondition, parseTemplate } from "./tag-condition.js";
import { type ComputedTag, type EvaluableRule, evaluateRules } from "./tag-evaluator.js";
import { createFieldReader } from "./tag-field-reader.js";
import type { TagRuleRow, TagRulesRepository } from "./tag-rules.repository.js";

export const BATCH_SIZE = 200;
const SAMPLE_SIZE = 10;

// PGlite runs each statement to completion: let other requests in between batches.
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export function toEvaluable(row: Pick<TagRuleRow, "id" | "name" | "condition" | "tag_template">): EvaluableRule {
  return { id: row.id, name: row.name, condition: parseCondition(row.condition), template: parseTemplate(row.tag_template) };
}

const sameTags = (a: ReadonlyArray<{ name: string; reason: string }>, b: ReadonlyArray<{ name: string; reason: string }>) => {
  const key = (xs: ReadonlyArray<{ name: string; reason: string }>) => xs.map((t) => `${t.name}\u0000${t.reason}`).sort().join("\u0001");
  return key(a) === key(b);
};

export function createTagEngine(deps: {
  repo: TagRulesRepository;
  facts: FactsLoader;
  customerTags: CustomerTagsRepository;
  orders: OrdersModule;
  settings: SettingsService;
  events: EventBus;
}) {
  const { repo, facts, customerTags, settings, events } = deps;

  async function rules() {
    const rows = await repo.list();
    return { all: rows, enabled: rows.filter((r) => r.enabled).map(toEvaluable) };
  }

  /** Evaluates `ruleSet` for a batch of customers as of `at`. */
  async function evaluateBatch(ids: readonly string[], at: Date, ruleSet: readonly EvaluableRule[], opts: { population?: MemoryPopulation; pending?: ProcessedMessage } = {}) {
    const [s, base] = await Promise.all([settings.get(), deps.orders.stats.base()]);
    const loaded = await facts.load(ids, at, needsOf(ruleSet.map((r) => r.condition)), { base, workspaceTimeZone: s.timeZone, ...opts });
    const out = new Map<string, { facts: CustomerFacts; tags: ComputedTag[] }>();
    for (const f of loaded.values()) {
      const reader = (current: () => Iterable<string>) => createFieldReader(f, { at, baseCurrency: s.baseCurrency }, current);
      out.set(f.id, { facts: f, tags: evaluateRules(ruleSet, reader, localDate(at, f.timeZone)) });
    }
    return out;
  }

  /** Stores computed tags per rule source, writing only sources that changed. Returns customers whose tags changed. */
  async function store(results: Map<string, { tags: ComputedTag[] }>, allRules: readonly TagRuleRow[]): Promise<string[]> {
    const ids = [...results.keys()];
    const stored = await repo.storedRuleTags(ids);
    const changed: string[] = [];
    for (const id of ids) {
      const computed = results.get(id)!.tags;
      const before = stored.get(id) ?? new Map();
      const sources = new Set<string>([...allRules.map((r) => `rule:${r.id}`), ...before.keys()]);
      let any = false;
      for (const source of sources) {
        const next = computed.filter((t) => t.source === source);
        if (sameTags(before.get(source) ?? [], next)) continue;
        await customerTags.replace(id, source, next);
        any = true;
      }
      if (any) changed.push(id);
    }
    for (const id of changed) events.emit("customer.tags", { customerId: id });
    return changed;
  }

  async function reevaluateMany(ids: readonly string[], opts: { pending?: ProcessedMessage } = {}): Promise<string[]> {
    const at = new Date();
    const { all, enabled } = await rules();
    // Ranking a few customers is cheaper in SQL; many at once, against the population held in memory.
    const population = ids.length > 20 ? await facts.population(at, await deps.orders.stats.base()) : undefined;
    const results = await evaluateBatch(ids, at, enabled, { ...opts, population });
    return store(results, all);
  }

  return {
    /** All enabled rules' tags for one customer as of `at` (default now); nothing is stored. */
    async evaluateCustomer(customerId: string, at: Date = new Date()): Promise<ComputedTag[]> {
      const { enabled } = await rules();
      const result = (await evaluateBatch([customerId], at, enabled)).get(customerId);
      if (!result) throw notFound("Customer", customerId);
      return result.tags;
    },

    reevaluateMany,

    /** Re-evaluates everyone as of now in batches; `progress` after each batch. Returns totals. */
    async reevaluateAll(progress?: (p: { total: number; processed: number; changed: number }) => Promise<void>) {
      const at = new Date();
      const { all, enabled } = await rules();
      const base = await deps.orders.stats.base();
      const population = await facts.population(at, base);
      const total = await repo.countCustomers();
      let processed = 0;
      let changed = 0;
      let after: string | null = null;
      for (;;) {
        const ids = await repo.customerPage(after, BATCH_SIZE);
        if (ids.length === 0) break;
        changed += (await store(await evaluateBatch(ids, at, enabled, { population }), all)).length;
        processed += ids.length;
        after = ids[ids.length - 1]!;
        await progress?.({ total: Math.max(total, processed), processed, changed });
        await yieldToEventLoop();
      }
      return { total: processed, changed };
    },

    /**
     * How many customers `candidate` tags now, evaluated over every customer in batches together with the
     * other enabled rules (so conditions on `tag` see their tags). `replaces` leaves that stored rule out.
     */
    async preview(candidate: EvaluableRule, replaces: string | null) {
      const at = new Date();
      const { enabled } = await rules();
      const ruleSet = [...enabled.filter((r) => r.id !== replaces && r.id !== candidate.id), candidate];
      const population = await facts.population(at, await deps.orders.stats.base());
      const source = `rule:${candidate.id}`;
      let matches = 0;
      let total = 0;
      const sample: Array<{ customerId: string; name: string; tags: Array<{ name: string; reason: string }> }> = [];
      let after: string | null = null;
      for (;;) {
        const ids = await repo.customerPage(after, BATCH_SIZE);
        if (ids.length === 0) break;
        for (const [id, r] of await evaluateBatch(ids, at, ruleSet, { population })) {
          const mine = r.tags.filter((t) => t.source === source);
          if (mine.length === 0) continue;
          matches++;
          if (sample.length < SAMPLE_SIZE) sample.push({ customerId: id, name: r.facts.name, tags: mine.map((t) => ({ name: t.name, reason: t.reason })) });
        }
        total += ids.length;
        after = ids[ids.length - 1]!;
        await yieldToEventLoop();
      }
      return { matches, total, sample };
    },
  };
}
export type TagEngine = ReturnType<typeof createTagEngine>;
