import type { IntlShape } from "react-intl";
import type { Concept } from "../../../api/concepts.api";

const BUILTIN_NAMES = {
  wholesale: "concepts.builtin.wholesale",
  refund: "concepts.builtin.refund",
  cancel: "concepts.builtin.cancel",
  invoice: "concepts.builtin.invoice",
} as const;

/** Built-in concepts are named in the UI language; added ones as their author wrote them. */
export function conceptName(intl: IntlShape, concept: Pick<Concept, "key" | "name">): string {
  const id = concept.key ? BUILTIN_NAMES[concept.key as keyof typeof BUILTIN_NAMES] : undefined;
  return id ? intl.formatMessage({ id }) : concept.name;
}

/** One term per line (commas also separate), trimmed, empty ones dropped. */
export function splitTerms(text: string): string[] {
  return text
    .split(/[\n,،、，]+/)
    .map((t) => t.trim())
    .filter(Boolean);
}
