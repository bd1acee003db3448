import { AppError, invalid, notFound } from "../../shared/app-error.js";
import { BUILTIN_RULES } from "./builtin-rules.js";
import { foldForSearch } from "../../shared/search-text.js";
import type { CustomerTagsRepository } from "./customer-tags.repository.js";
import { regionGroupList, REGION_GROUP_KEYS } from "./region-groups.js";
import { type Condition, describeCondition, parseCondition, parseTemplate } from "./tag-condition.js";
import { type TagEngine, toEvaluable } from "./tag-engine.js";
import { FIELD_NAMES, fieldSpec, OPS_BY_TYPE } from "./tag-fields.js";
import type { TagRuleRow, TagRulesRepository } from "./tag-rules.repository.js";
import type { CreateTagRuleInput, PreviewInput, TagRuleDto, UpdateTagRuleInput } from "./tag-rules.schema.js";

const KNOWN_VALUES: Partial<Record<string, string[]>> = {
  region: REGION_GROUP_KEYS,
  "calendar.weekend": ["sat-sun", "fri-sat", "thu-fri", "fri", "sun"],
};

const BUILTIN_TEXT = new Map(BUILTIN_RULES.map((r) => [r.key, r]));

function toDto(r: TagRuleRow, counts: Map<string, number>): TagRuleDto {
  const builtin = r.builtin_key ? BUILTIN_TEXT.get(r.builtin_key) : undefined;
  return {
    id: r.id,
    key: r.builtin_key,
    name: r.name,
    description: r.description,
    kind: r.kind,
    enabled: r.enabled,
    condition: r.condition,
    tag: r.tag_template,
    matchCount: counts.get(r.id) ?? 0,
    textIsDefault: Boolean(builtin && builtin.name === r.name && builtin.description === r.description),
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

function checkCondition(value: unknown): Condition {
  if (value === undefined || value === null) throw invalid("condition", "required");
  return parseCondition(value);
}

/** CRUD of tag rules and previews. `changed` runs after a change that can alter stored tags (queues a re-evaluation). */
export function createTagRulesService(deps: { repo: TagRulesRepository; engine: TagEngine; customerTags: CustomerTagsRepository; changed: () => Promise<void> }) {
  const { repo, engine, customerTags } = deps;

  async function get(id: string): Promise<TagRuleDto> {
    const row = await repo.findById(id);
    if (!row) throw notFound("Tag rule", id);
    return toDto(row, await repo.matchCounts());
  }

  async function assertNameFree(name: string, exceptId?: string) {
    const existing = await repo.findByNameKey(foldForSearch(name));
    if (existing && existing.id !== exceptId) throw new AppError("CONFLICT", `A tag rule named "${existing.name}" already exists`, "name");
  }

  return {
    get,
    async list() {
      const [rows, counts] = await Promise.all([repo.list(), repo.matchCounts()]);
      return { items: rows.map((r) => toDto(r, counts)), total: rows.length };
    },

    fields() {
      return {
        fields: FIELD_NAMES.map((name) => {
          const spec = fieldSpec(name);
          return { name, type: spec.type, description: spec.description, ops: [...OPS_BY_TYPE[spec.type]], windowDays: spec.windowDays ?? null, maxWindowDays: spec.maxWindowDays ?? null, values: KNOWN_VALUES[name] ?? null };
        }),
        regionGroups: regionGroupList(),
      };
    },

    async create(input: CreateTagRuleInput): Promise<TagRuleDto> {
      const condition = checkCondition(input.condition);
      const template = parseTemplate(input.tag);
      await assertNameFree(input.name);
      const row = await repo.insert({
        name: input.name,
        name_key: foldForSearch(input.name),
        description: input.description ?? null,
        kind: "custom",
        enabled: input.enabled ?? true,
        condition: JSON.stringify(condition),
        tag_template: template.text,
      });
      await deps.changed();
      return get(row.id);
    },

    async update(id: string, patch: UpdateTagRuleInput): Promise<TagRuleDto> {
      const current = await repo.findById(id);
      if (!current) throw notFound("Tag rule", id);
      const condition = patch.condition === undefined ? undefined : checkCondition(patch.condition);
      const template = patch.tag === undefined ? undefined : parseTemplate(patch.tag);
      if (patch.name !== undefined) await assertNameFree(patch.name, id);
      await repo.update(id, {
        name: patch.name,
        name_key: patch.name === undefined ? undefined : foldForSearch(patch.name),
        description: patch.description,
        enabled: patch.enabled,
        condition: condition ? JSON.stringify(condition) : undefined,
        tag_template: template?.text,
      });
      // A disabled rule's tags go at once; other changes reach customers through the queued re-evaluation.
      if (patch.enabled === false) await customerTags.removeSource(`rule:${id}`);
      await deps.changed();
      return get(id);
    },

    async remove(id: string): Promise<void> {
      const current = await repo.findById(id);
      if (!current) throw notFound("Tag rule", id);
      if (current.kind === "builtin") throw new AppError("CONFLICT", `"${current.name}" is a built-in rule: disable it instead of deleting it`);
      await repo.delete(id);
      await customerTags.removeSource(`rule:${id}`);
    },

    async preview(input: PreviewInput) {
      if ((input.condition === undefined) === (input.ruleId === undefined)) throw invalid("condition", "send either a condition (with an optional tag) or a ruleId");
      if (input.ruleId) {
        const row = await repo.findById(input.ruleId);
        if (!row) throw invalid("ruleId", `tag rule ${input.ruleId} does not exist`);
        return engine.preview(toEvaluable(row), row.id);
      }
      const condition = checkCondition(input.condition);
      const template = parseTemplate(input.tag ?? describeCondition(condition).replace(/[{}]/g, "").slice(0, 100));
      return engine.preview({ id: "preview", name: "preview", condition, template }, null);
    },
  };
}
export type TagRulesService = ReturnType<typeof createTagRulesService>;
