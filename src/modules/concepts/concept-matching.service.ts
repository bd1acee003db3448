import { stripQuotesAndSignatures } from "../../language/detection/text-cleaning.js";
import { primaryTag } from "../../language/language-tags.js";
import type { EventBus } from "../../shared/event-bus.js";
import type { SettingsService } from "../settings/index.js";
import type { CustomerTagsRepository } from "../tags/index.js";
import { findTerms } from "./concept-matcher.js";
import { conceptSource, conceptTag } from "./concept-tags.js";
import type { ConceptsRepository, NewMatch } from "./concepts.repository.js";

/** What matching needs of a message: the pipeline's ProcessedMessage has it, and so has a stored row. */
export interface MatchableMessage {
  id: string;
  conversationId: string;
  customerId: string | null;
  /** The text without quoted replies and signatures (an agent's quoted answer must not tag the customer). */
  body: string;
  language: string;
  translation: { text: string; to: string } | null;
  sentAt: Date;
}

type ConceptWithLists = Awaited<ReturnType<ConceptsRepository["enabledWithTerms"]>>[number];

const termsFor = (concept: ConceptWithLists, language: string): string[] => {
  const wanted = primaryTag(language);
  return concept.lists.filter((l) => primaryTag(l.language) === wanted).flatMap((l) => l.terms.map((t) => t.text));
};

export function createConceptMatching(deps: {
  repo: ConceptsRepository;
  customerTags: CustomerTagsRepository;
  events: EventBus;
  settings: SettingsService;
}) {
  const { repo, customerTags, events, settings } = deps;

  /** Re-derives the concept's tag on one customer from their latest match (so a rescan never regresses it). */
  async function tagCustomer(concept: { id: string; tag: string }, customerId: string): Promise<void> {
    const latest = await repo.latestMatchOf(concept.id, customerId);
    if (!latest) return;
    const { timeZone } = await settings.get();
    await customerTags.replace(customerId, conceptSource(concept.id), [conceptTag(concept, latest, timeZone)]);
  }

  /**
   * Finds every enabled concept (or only `conceptId`) in the message: its language's list against the
   * original, the translation's language list against the translation. Idempotent: matches are unique and
   * the tag is re-derived from them.
   */
  async function matchMessage(m: MatchableMessage, conceptId?: string): Promise<number> {
    const concepts = await repo.enabledWithTerms(conceptId);
    let created = 0;
    let tagged = false;
    for (const concept of concepts) {
      const found: NewMatch[] = [];
      const base = { concept_id: concept.id, message_id: m.id, conversation_id: m.conversationId, customer_id: m.customerId, message_sent_at: m.sentAt };
      if (m.language !== "und") {
        for (const hit of findTerms(m.body, termsFor(concept, m.language))) {
          found.push({ ...base, language: m.language, term: hit.term, found_in: "original", excerpt: hit.excerpt });
        }
      }
      if (m.translation) {
        for (const hit of findTerms(m.translation.text, termsFor(concept, m.translation.to))) {
          found.push({ ...base, language: m.translation.to, term: hit.term, found_in: "translation", excerpt: hit.excerpt });
        }
      }
      if (found.length === 0) continue;
      for (const match of found) if (await repo.insertMatch(match)) created += 1;
      if (m.customerId) {
        await tagCustomer(concept, m.customerId);
        tagged = true;
      }
    }
    if (tagged && created > 0 && m.customerId) events.emit("customer.tags", { customerId: m.customerId });
    return created;
  }

  /** Matches stored inbound messages again, a batch at a time (new concepts or edited lists). */
  async function rescan(conceptId?: string): Promise<{ messages: number; matches: number }> {
    let after: string | null = null;
    let messages = 0;
    let matches = 0;
    for (;;) {
      const rows = await repo.processedMessagesAfter(after, 200);
      if (rows.length === 0) break;
      for (const r of rows) {
        const body = stripQuotesAndSignatures(r.original_text).trim() || r.original_text;
        matches += await matchMessage(
          {
            id: r.id,
            conversationId: r.conversation_id,
            customerId: r.customer_id,
            body,
            language: r.language ?? "und",
            translation: r.translation_text && r.translation_to ? { text: r.translation_text, to: r.translation_to } : null,
            sentAt: r.sent_at,
          },
          conceptId,
        );
      }
      messages += rows.length;
      after = rows[rows.length - 1]!.id;
      // PGlite runs queries without yielding: let requests through between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return { messages, matches };
  }

  return { matchMessage, rescan, tagCustomer };
}
export type ConceptMatching = ReturnType<typeof createConceptMatching>;
