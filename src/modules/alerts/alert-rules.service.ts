import { languageName, primaryTag } from "../../language/language-tags.js";
import { AppError, notFound } from "../../shared/app-error.js";
import type { ProcessedMessage } from "../messages/index.js";
import type { AlertsRepository, RulePatch } from "./alerts.repository.js";
import type { AlertRuleDto, CreateAlertRuleInput, UpdateAlertRuleInput } from "./alerts.schema.js";

export const DEFAULT_RULE_KEY = "default-negative";
/**
 * "Clearly negative": Mundo's sentiment scores run from −1 to 1 and label ≤ −0.05 negative; one strong
 * negative word alone scores about −0.6, a mild or negated one about −0.3. −0.5 keeps the first, not the second.
 */
export const DEFAULT_THRESHOLD = -0.5;

type RuleRow = Awaited<ReturnType<AlertsRepository["listRules"]>>[number];

const toDto = (r: RuleRow): AlertRuleDto => ({
  id: r.id,
  key: r.key,
  kind: r.kind,
  name: r.name,
  enabled: r.enabled,
  threshold: Number(r.threshold),
  language: r.language,
  tag: r.tag,
  minCount: r.min_count,
  windowDays: r.window_days,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

export function defaultRuleName(r: { kind: string; language?: string | null; tag?: string | null; minCount?: number | null; windowDays?: number | null }): string {
  if (r.kind === "negative-streak") return `${r.minCount} negative messages within ${r.windowDays} days from a customer tagged "${r.tag}"`;
  return r.language ? `Negative message in ${languageName(r.language)} (${r.language})` : "Every clearly negative inbound message";
}

export interface RuleHit {
  rule: RuleRow;
  reason: string;
}

const describeLanguage = (language: string) => (language === "und" ? "an undetermined language" : `${languageName(language)} (${language})`);

export function createAlertRules(repo: AlertsRepository) {
  async function load(id: string): Promise<RuleRow> {
    const row = await repo.findRule(id);
    if (!row) throw notFound("Alert rule", id);
    return row;
  }

  /** The rules a processed inbound message sets off, each with the reason people will read. */
  async function evaluate(m: ProcessedMessage): Promise<RuleHit[]> {
    if (m.sentiment.label !== "negative") return [];
    const hits: RuleHit[] = [];
    const score = m.sentiment.score.toFixed(2);
    for (const rule of await repo.enabledRules()) {
      const threshold = Number(rule.threshold);
      if (m.sentiment.score > threshold) continue;
      if (rule.kind === "negative-message") {
        if (rule.language && primaryTag(rule.language) !== primaryTag(m.language)) continue;
        hits.push({ rule, reason: `Clearly negative message (sentiment ${score}, at or below ${threshold}) in ${describeLanguage(m.language)}` });
        continue;
      }
      const { tag, min_count: minCount, window_days: days } = rule;
      if (!m.customerId || !tag || !minCount || !days) continue;
      if (!(await repo.customerHasTag(m.customerId, tag))) continue;
      const since = new Date(m.sentAt.getTime() - days * 86_400_000);
      // This message is not stored as negative yet (the pipeline writes it after the hooks): count it here.
      const count = (await repo.countNegatives(m.customerId, m.id, since, m.sentAt, threshold)) + 1;
      if (count < minCount) continue;
      // One open alert per streak: the next one comes after someone acknowledged this one.
      if (await repo.openAlertFor(rule.id, m.customerId, m.id)) continue;
      hits.push({ rule, reason: `${count} clearly negative messages within ${days} days from a customer tagged "${tag}" (latest in ${describeLanguage(m.language)})` });
    }
    return hits;
  }

  return {
    evaluate,
    async list() {
      return (await repo.listRules()).map(toDto);
    },
    async get(id: string) {
      return toDto(await load(id));
    },
    async create(input: CreateAlertRuleInput): Promise<AlertRuleDto> {
      const common = { kind: input.kind, enabled: input.enabled ?? true, threshold: input.threshold ?? DEFAULT_THRESHOLD };
      const row =
        input.kind === "negative-message"
          ? await repo.insertRule({ ...common, name: input.name ?? defaultRuleName(input), language: input.language ?? null })
          : await repo.insertRule({
              ...common,
              name: input.name ?? defaultRuleName(input),
              tag: input.tag,
              min_count: input.minCount,
              window_days: input.windowDays,
            });
      return toDto(await load(row!.id));
    },
    async update(id: string, patch: UpdateAlertRuleInput): Promise<AlertRuleDto> {
      const rule = await load(id);
      const streakOnly = patch.tag !== undefined || patch.minCount !== undefined || patch.windowDays !== undefined;
      if (rule.kind === "negative-message" && streakOnly) {
        throw new AppError("VALIDATION_FAILED", "tag, minCount and windowDays belong to negative-streak rules", patch.tag !== undefined ? "tag" : patch.minCount !== undefined ? "minCount" : "windowDays");
      }
      if (rule.kind === "negative-streak" && patch.language !== undefined) {
        throw new AppError("VALIDATION_FAILED", "language belongs to negative-message rules", "language");
      }
      if (rule.key === DEFAULT_RULE_KEY && patch.language) {
        throw new AppError("VALIDATION_FAILED", "the default rule covers every language; add a rule for one language instead", "language");
      }
      const set: RulePatch = {
        name: patch.name,
        enabled: patch.enabled,
        threshold: patch.threshold,
        language: patch.language,
        tag: patch.tag,
        min_count: patch.minCount,
        window_days: patch.windowDays,
      };
      await repo.updateRule(id, set);
      return toDto(await load(id));
    },
    async remove(id: string): Promise<void> {
      const rule = await load(id);
      if (rule.key === DEFAULT_RULE_KEY) throw new AppError("CONFLICT", "The default rule cannot be deleted; disable it instead");
      await repo.deleteRule(id);
    },
    /** The seeded rule: every clearly negative inbound message in any language. Idempotent. */
    async seedDefault(): Promise<void> {
      await repo.insertRule({ key: DEFAULT_RULE_KEY, kind: "negative-message", name: defaultRuleName({ kind: "negative-message" }), threshold: DEFAULT_THRESHOLD });
    },
  };
}
export type AlertRules = ReturnType<typeof createAlertRules>;
