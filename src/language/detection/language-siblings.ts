// Close relatives that lid.176's compressed model tends to swallow into the larger one (Afrikaans read as
// Dutch, Belarusian as Russian, Bokmål as Danish, Malay as Indonesian, …). When fastText's best guess is
// one of these, franc also weighs the relatives, even if fastText did not rank them.
const GROUPS: readonly (readonly string[])[] = [
  ["nl", "af", "fy"],
  ["ru", "uk", "be"],
  ["bg", "mk", "sr"],
  ["da", "nb", "nn", "sv"],
  ["id", "ms"],
  ["hr", "bs", "sr-Latn", "sl"],
  ["cs", "sk"],
  ["es", "gl", "ca", "pt", "ast"],
  ["ca", "oc"],
  ["hi", "mr", "ne", "mai", "bho"],
  ["tr", "az"],
  ["kk", "ky", "tt"],
  ["fi", "et"],
  ["lv", "lt"],
  ["de", "lb", "gsw"],
  ["fil", "ceb", "ilo"],
  ["fa", "ur", "ps"],
];

const SIBLINGS = new Map<string, string[]>();
for (const group of GROUPS) {
  for (const tag of group) {
    const known = SIBLINGS.get(tag) ?? [];
    for (const other of group) if (other !== tag && !known.includes(other)) known.push(other);
    SIBLINGS.set(tag, known);
  }
}

/** The close relatives of a language that fastText confuses with it, or none. */
export const siblingsOf = (tag: string): readonly string[] => SIBLINGS.get(tag) ?? [];

/** Every language that has relatives listed. */
export const allSiblings = (): string[] => [...SIBLINGS.keys()];
