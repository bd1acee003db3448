import { canonicalTag, primaryTag } from "../../language/language-tags.js";
import { detectHandoff, type HandoffMatch } from "./handoff-detector.js";

/** A knowledge-base search hit, as kb.search returns it (only the fields the bot reads). */
export interface KbCandidate {
  familyId: string;
  title: string;
  versions: { id: string; language: string; title: string; status?: "draft" | "published"; url?: string | null }[];
  /** The version the search matched best. */
  matched?: { versionId: string };
  confidence: number;
}

type KbVersionRef = KbCandidate["versions"][number];

export type BotPlan =
  | { kind: "handoff"; match: HandoffMatch }
  /**
   * `version` is the published article in the customer's language, or null when `source` (a published
   * version in another language, preferably the one the search matched) must be machine-translated.
   */
  | { kind: "answer"; candidate: KbCandidate; version: KbVersionRef | null; source: KbVersionRef; confidence: number }
  | { kind: "no_answer"; reason: string; confidence: number | null; familyId: string | null };

/** The version written in `language`: the exact tag first (pt-BR), else the same primary language (es-MX → es). */
export function versionFor<V extends { language: string }>(versions: readonly V[], language: string): V | null {
  const exact = canonicalTag(language);
  return versions.find((v) => canonicalTag(v.language) === exact) ?? versions.find((v) => primaryTag(v.language) === primaryTag(language)) ?? null;
}

/**
 * What the bot does with one inbound message: a request for a person wins; else the best knowledge-base
 * article when its confidence reaches the threshold; else nothing (an agent answers). Pure: the caller
 * searched the knowledge base and acts on the plan.
 */
export function planReply(
  message: { text: string; language: string; translation?: { text: string; to: string } | null },
  candidates: readonly KbCandidate[],
  minConfidence: number,
): BotPlan {
  const handoff = detectHandoff(message);
  if (handoff) return { kind: "handoff", match: handoff };
  const best = [...candidates].sort((a, b) => b.confidence - a.confidence)[0];
  if (!best) return { kind: "no_answer", reason: "no knowledge-base article matches", confidence: null, familyId: null };
  if (best.confidence < minConfidence) {
    return {
      kind: "no_answer",
      reason: `best match "${best.title}" has confidence ${best.confidence.toFixed(2)}, below the threshold ${minConfidence.toFixed(2)}`,
      confidence: best.confidence,
      familyId: best.familyId,
    };
  }
  // Only published articles reach customers; drafts (human or machine) wait for an editor.
  const published = best.versions.filter((v) => v.status !== "draft");
  const source = published.find((v) => v.id === best.matched?.versionId) ?? published[0];
  if (!source) {
    return { kind: "no_answer", reason: `"${best.title}" matches but has no published version`, confidence: best.confidence, familyId: best.familyId };
  }
  return { kind: "answer", candidate: best, version: versionFor(published, message.language), source, confidence: best.confidence };
}

/** A short excerpt of an article body: plain text, whole sentences up to about `max` characters. */
export function excerptOf(body: string, max = 320): string {
  const text = body
    .replace(/<[^>]*>/g, " ")
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/[*_`]{1,3}/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (Array.from(text).length <= max) return text;
  const segmenter = new Intl.Segmenter(undefined, { granularity: "sentence" });
  let out = "";
  for (const { segment } of segmenter.segment(text)) {
    if (Array.from(out + segment).length > max) break;
    out += segment;
  }
  out = out.trim();
  return out || `${Array.from(text).slice(0, max - 1).join("").trimEnd()}…`;
}
