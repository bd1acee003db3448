import { localDate } from "../../shared/wall-clock.js";
import type { TagAssignment } from "../tags/index.js";

export const conceptSource = (conceptId: string) => `concept:${conceptId}`;

export interface MatchEvidence {
  term: string;
  language: string;
  found_in: "original" | "translation";
  message_id: string;
  conversation_id: string | null;
  excerpt: string;
  message_sent_at: Date;
}


/** The tag a concept puts on a customer, with a reason a person can check against the message. */
export function conceptTag(concept: { tag: string }, match: MatchEvidence, timeZone: string): TagAssignment {
  const where = match.found_in === "original" ? "a message" : "the translation of a message";
  return {
    name: concept.tag,
    reason: `matched "${match.term}" (${match.language}) in ${where} on ${localDate(match.message_sent_at, timeZone)}`,
    evidence: {
      term: match.term,
      language: match.language,
      messageId: match.message_id,
      conversationId: match.conversation_id,
      where: match.found_in,
      excerpt: match.excerpt,
    },
  };
}
