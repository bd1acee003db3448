import type { Router } from "../../http/route.js";
import { foldForSearch } from "../../shared/search-text.js";
import type { ModuleContext } from "../module-context.js";
import type { OrdersModule } from "../orders/index.js";
import { BUILTIN_RULES } from "./builtin-rules.js";
import { createFactsLoader } from "./customer-facts.js";
import { createCustomerTagsRepository } from "./customer-tags.repository.js";
import { BATCH_SIZE, createTagEngine } from "./tag-engine.js";
import type { ComputedTag } from "./tag-evaluator.js";
import { createEvaluationRuns } from "./tag-evaluation-runs.js";
import { registerTagRuleRoutes } from "./tag-rules.routes.js";
import { createTagRulesRepository } from "./tag-rules.repository.js";
import { createTagRulesService } from "./tag-rules.service.js";

export { type CustomerTag, type CustomerTagsRepository, createCustomerTagsRepository, type TagAssignment } from "./customer-tags.repository.js";
export { type Condition, describeCondition, type LeafCondition, parseCondition, type Scalar } from "./tag-condition.js";
export { FIELDS, type FieldName, type FieldType, type Op, OPS, OPS_BY_TYPE } from "./tag-fields.js";
export type { ComputedTag, EvaluableRule } from "./tag-evaluator.js";
export type { TagRuleDto, EvaluationRunDto } from "./tag-rules.schema.js";
export { regionGroupList, regionGroupsOf } from "./region-groups.js";
export { localDate, ramadanStatus, type RamadanStatus, upcomingHolidays, weekendOf } from "./cultural-calendar.js";

const REEVALUATE_JOB = "tags.reevaluate-customers";
// Up to this many customers are re-evaluated inside the request that stored their orders; more go to a job.
const INLINE_LIMIT = 20;

/**
 * The tag rule engine: rules are data (tag_rules), evaluated per customer from their profile, messages,
 * orders and the calendar; results are stored per rule in customer_tags (source `rule:<id>`).
 */
export function createTagsModule(ctx: ModuleContext, deps: { orders: OrdersModule }) {
  const customerTags = createCustomerTagsRepository(ctx.db);
  const repo = createTagRulesRepository(ctx.db);
  const facts = createFactsLoader(ctx.db, deps.orders);
  const engine = createTagEngine({ repo, facts, customerTags, orders: deps.orders, settings: ctx.settings, events: ctx.events });
  const runs = createEvaluationRuns({ repo, engine, jobs: ctx.jobs, settings: ctx.settings });
  const rules = createTagRulesService({ repo, engine, customerTags, changed: async () => void (await runs.start("rule-change", null)) });

  // Built-ins are inserted once per process, before anything evaluates.
  let ready: Promise<void> | null = null;
  const ensureReady = () =>
    (ready ??= repo.ensureBuiltins(BUILTIN_RULES, foldForSearch).catch((err: unknown) => {
      ready = null;
      throw err;
    }));

  async function queueReevaluation(customerIds: readonly string[]) {
    for (let i = 0; i < customerIds.length; i += BATCH_SIZE) {
      await ctx.jobs.send(REEVALUATE_JOB, { customerIds: customerIds.slice(i, i + BATCH_SIZE) }, { retryLimit: 3 });
    }
  }

  // New messages: the customer's languages, channels and sentiment changed. Runs inside the message job,
  // before its language and sentiment are stored, so the hook's data is counted in their place.
  ctx.messages.onProcessed(async (m) => {
    if (!m.customerId) return;
    await ensureReady();
    await engine.reevaluateMany([m.customerId], { pending: m });
  });

  // New orders: a few customers at once, in the request; an import's many in background jobs. If the
  // inline evaluation fails, the order is stored anyway and a job retries the tags.
  deps.orders.onStored(async (customerIds) => {
    if (customerIds.length > INLINE_LIMIT) return queueReevaluation(customerIds);
    try {
      await ensureReady();
      await engine.reevaluateMany(customerIds);
    } catch {
      await queueReevaluation(customerIds);
    }
  });

  return {
    customerTags,
    rules,
    runs,

    /** Every enabled rule's tags for one customer as of `at` (default now; calendar tags follow that date). Nothing is stored. */
    async evaluateCustomer(customerId: string, at?: Date): Promise<ComputedTag[]> {
      await ensureReady();
      return engine.evaluateCustomer(customerId, at);
    },

    /** Evaluates one customer as of now and stores the tags per rule source; emits customer.tags when they changed. */
    async reevaluate(customerId: string): Promise<{ changed: boolean }> {
      await ensureReady();
      return { changed: (await engine.reevaluateMany([customerId])).length > 0 };
    },

    /** Re-evaluates every customer now, in batches, in this call (the API's button queues a job instead). */
    async reevaluateAll(trigger: "manual" | "demo" | "nightly" = "manual") {
      await ensureReady();
      return runs.runInline(trigger);
    },

    registerRoutes(router: Router) {
      registerTagRuleRoutes(router, rules, runs);
    },

    async startWorkers() {
      await ensureReady();
      await runs.registerJobs();
      await ctx.jobs.work<{ customerIds: string[] }>(REEVALUATE_JOB, async ({ customerIds }) => {
        await engine.reevaluateMany(customerIds);
      });
      await runs.scheduleNightly();
    },
  };
}
export type TagsModule = ReturnType<typeof createTagsModule>;
