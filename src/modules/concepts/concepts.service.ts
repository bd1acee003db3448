import type { Kysely } from "kysely";
import type { ConceptTerm, DB } from "../../db/schema.js";
import type { TranslationGateway } from "../../language/translation/translation-gateway.js";
import { primaryTag } from "../../language/language-tags.js";
import { AppError, notFound } from "../../shared/app-error.js";
import type { EventBus } from "../../shared/event-bus.js";
import type { SettingsService } from "../settings/index.js";
import type { CustomerTagsRepository } from "../tags/index.js";
import type { ConceptMatching } from "./concept-matching.service.js";
import { normalizeForMatch } from "./concept-matcher.js";
import { BUILTIN_CONCEPTS } from "./concept-seeds.js";
import { conceptSource } from "./concept-tags.js";
import { createConceptsRepository, type ConceptsRepository } from "./concepts.repository.js";
import type {
  ConceptDto,
  ConceptListQuery,
  CreateConceptInput,
  MatchDto,
  MatchListQuery,
  TermListDto,
  UpdateConceptInput,
} from "./concepts.schema.js";

type Row = NonNullable<Awaited<ReturnType<ConceptsRepository["findById"]>>>;
type TermRow = Awaited<ReturnType<ConceptsRepository["termsOf"]>>[number];

const toTermList = (t: TermRow): TermListDto => ({
  language: t.language,
  origin: t.origin,
  terms: t.terms,
  updatedAt: t.updated_at.toISOString(),
});

const toDto = (r: Row, lists: TermRow[]): ConceptDto => ({
  id: r.id,
  key: r.key,
  name: r.name,
  description: r.description,
  tag: r.tag,
  language: r.language,
  enabled: r.enabled,
  // The concept's own language first, then the others alphabetically.
  termLists: lists
    .filter((l) => l.concept_id === r.id)
    .sort((a, b) => Number(b.language === r.language) - Number(a.language === r.language) || a.language.localeCompare(b.language))
    .map(toTermList),
  matchCount: Number(r.match_count ?? 0),
  customerCount: Number(r.customer_count ?? 0),
  lastMatchAt: r.last_match_at ? new Date(r.last_match_at).toISOString() : null,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

/** One entry per distinct term (compared as the matcher compares them), in the order given. */
export function uniqueTerms(texts: readonly string[], origin: "human" | "machine"): ConceptTerm[] {
  const seen = new Set<string>();
  const out: ConceptTerm[] = [];
  for (const raw of texts) {
    const text = raw.trim().replace(/\s+/g, " ");
    const key = normalizeForMatch(text).text;
    if (!text || seen.has(key)) continue;
    seen.add(key);
    out.push({ text, origin });
  }
  return out;
}

export function createConceptsService(deps: {
  db: Kysely<DB>;
  gateway: TranslationGateway;
  settings: SettingsService;
  customerTags: CustomerTagsRepository;
  events: EventBus;
  matching: ConceptMatching;
}) {
  const repo = createConceptsRepository(deps.db);

  async function load(id: string): Promise<Row> {
    const row = await repo.findById(id);
    if (!row) throw notFound("Concept", id);
    return row;
  }

  async function get(id: string): Promise<ConceptDto> {
    const row = await load(id);
    return toDto(row, await repo.termsOf([id]));
  }

  /** Makes the concept's tags follow its matches: every matched customer tagged, or none when disabled. */
  async function retag(id: string): Promise<void> {
    const row = await load(id);
    const latest = await repo.latestMatchPerCustomer(id);
    if (!row.enabled) await deps.customerTags.removeSource(conceptSource(id));
    else for (const m of latest) await deps.matching.tagCustomer(row, m.customer_id!);
    for (const m of latest) deps.events.emit("customer.tags", { customerId: m.customer_id! });
  }

  return {
    repo,
    get,
    retag,

    async list(q: ConceptListQuery) {
      const { items, total } = await repo.list(q);
      const lists = await repo.termsOf(items.map((i) => i.id));
      return { items: items.map((r) => toDto(r, lists)), total };
    },

    async create(input: CreateConceptInput, userId: string | null): Promise<ConceptDto> {
      const language = input.language ?? (await deps.settings.get()).workingLanguage;
      const id = await deps.db.transaction().execute(async (trx) => {
        const tx = createConceptsRepository(trx);
        const { id } = await tx.insert({
          name: input.name,
          description: input.description ?? null,
          tag: input.tag,
          language,
          enabled: input.enabled ?? true,
        });
        await tx.putTerms(id, language, uniqueTerms(input.terms, "human"), "human", userId);
        return id;
      });
      return get(id);
    },

    async update(id: string, patch: UpdateConceptInput, userId: string | null): Promise<ConceptDto> {
      const before = await load(id);
      await repo.update(id, { name: patch.name, description: patch.description, tag: patch.tag, enabled: patch.enabled });
      if (patch.terms) await repo.putTerms(id, before.language, uniqueTerms(patch.terms, "human"), "human", userId);
      const tagChanged = patch.tag !== undefined && patch.tag !== before.tag;
      const enabledChanged = patch.enabled !== undefined && patch.enabled !== before.enabled;
      if (tagChanged || enabledChanged) await retag(id);
      return get(id);
    },

    async remove(id: string): Promise<void> {
      const row = await load(id);
      if (row.key) {
        throw new AppError("CONFLICT", `"${row.name}" is a built-in concept: disable it instead of deleting it`);
      }
      const latest = await repo.latestMatchPerCustomer(id);
      await deps.customerTags.removeSource(conceptSource(id));
      await repo.delete(id);
      for (const m of latest) deps.events.emit("customer.tags", { customerId: m.customer_id! });
    },

    /** Saves a language's list as written by a person; an empty list removes it (not the concept's own). */
    async putTerms(id: string, language: string, terms: string[], userId: string | null): Promise<ConceptDto> {
      const row = await load(id);
      const own = language === row.language;
      if (terms.length === 0) {
        if (own) throw new AppError("VALIDATION_FAILED", `terms: the concept's own language (${row.language}) needs at least one term`, "terms");
        await repo.deleteTerms(id, language);
      } else {
        await repo.putTerms(id, language, uniqueTerms(terms, "human"), "human", userId);
      }
      await repo.touch(id);
      return get(id);
    },

    /**
     * Drafts term lists by translating the concept's own terms. A language no engine serves is reported
     * unavailable (nothing is stored); a list a person wrote is kept unless `overwrite`.
     */
    async translate(id: string, languages: string[], overwrite: boolean, userId: string | null) {
      const row = await load(id);
      const lists = await repo.termsOf([id]);
      const source = lists.find((l) => l.language === row.language);
      // "refund*" is a pattern, not a word: the engine gets "refund".
      const texts = [...new Set((source?.terms ?? []).map((t) => t.text.replace(/\*$/, "").trim()).filter(Boolean))];
      if (texts.length === 0) throw new AppError("CONFLICT", `The concept has no terms in its own language (${row.language}) to translate`);
      const results = [];
      for (const language of [...new Set(languages)]) {
        if (primaryTag(language) === primaryTag(row.language)) {
          results.push({ language, status: "same-language" as const, message: `${language} is the concept's own language` });
          continue;
        }
        const existing = lists.find((l) => l.language === language);
        if (existing?.origin === "human" && !overwrite) {
          results.push({ language, status: "kept-human" as const, message: "A person wrote this list; it was kept", terms: existing.terms });
          continue;
        }
        const translated = await deps.gateway.translate({ texts, from: row.language, to: language });
        const terms: ConceptTerm[] = [];
        const seen = new Set<string>();
        const failed: { term: string; error: string }[] = [];
        translated.forEach((r, i) => {
          if (!("text" in r)) {
            failed.push({ term: texts[i]!, error: r.error.message });
            return;
          }
          const text = r.text.trim().replace(/\s+/g, " ");
          const key = normalizeForMatch(text).text;
          if (!text || seen.has(key)) return;
          seen.add(key);
          terms.push({ text, origin: "machine", engine: r.provenance.engine, ...(r.provenance.pivot ? { pivot: r.provenance.pivot } : {}) });
        });
        if (terms.length === 0) {
          results.push({ language, status: "unavailable" as const, message: failed[0]?.error ?? `No engine translates ${row.language}→${language}`, failed });
          continue;
        }
        await repo.putTerms(id, language, terms, "machine", userId);
        results.push({ language, status: failed.length > 0 ? ("partial" as const) : ("drafted" as const), terms, ...(failed.length ? { failed, message: failed[0]!.error } : {}) });
      }
      await repo.touch(id);
      return { results, concept: await get(id) };
    },

    async matches(id: string, q: MatchListQuery): Promise<{ items: MatchDto[]; total: number }> {
      await load(id);
      const { items, total } = await repo.listMatches(id, q);
      return {
        items: items.map((m) => ({
          id: m.id,
          conceptId: m.concept_id,
          messageId: m.message_id,
          conversationId: m.conversation_id,
          customer: m.customer_id ? { id: m.customer_id, name: m.customer_name ?? "" } : null,
          language: m.language,
          term: m.term,
          where: m.found_in,
          excerpt: m.excerpt,
          messageSentAt: m.message_sent_at.toISOString(),
          createdAt: m.created_at.toISOString(),
        })),
        total,
      };
    },

    /** Adds the built-in concepts that are missing, with their human-written lists. Idempotent. */
    async seedBuiltins(): Promise<void> {
      for (const c of BUILTIN_CONCEPTS) {
        await deps.db.transaction().execute(async (trx) => {
          const tx = createConceptsRepository(trx);
          const inserted = await tx.insertBuiltin({ key: c.key, name: c.name, description: c.description, tag: c.tag, language: c.language });
          // Only a fresh concept gets its lists: a list someone removed stays removed across restarts.
          if (!inserted) return;
          for (const [language, terms] of Object.entries(c.terms)) await tx.seedTerms(inserted.id, language, uniqueTerms(terms, "human"));
        });
      }
    },
  };
}
export type ConceptsService = ReturnType<typeof createConceptsService>;
