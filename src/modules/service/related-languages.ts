import { primaryTag } from "../../language/language-tags.js";

// Which team language can serve a customer writing another one, when no team speaks theirs. Two kinds,
// deliberately few; anything not listed goes to a machine-translation team instead:
// - "regional": the customer's language is spoken where the other is official too, so its speakers read
//   it (one direction only: a Spanish-speaking customer is not routed to a Catalan team). Tried first.
// - "close": written forms most readers of one understand in the other (both directions).
// Left out on purpose: uk→ru (Russian is not official in Ukraine; many customers would not welcome it),
// hi↔ur (spoken alike, written in different scripts), bg↔mk, af→nl (readable only with effort), and zh
// variants (zh-Hans and zh-Hant are one language here).

export type Relation = "close" | "regional";

const CLOSE: readonly (readonly string[])[] = [
  ["nb", "nn", "da", "sv"], // Scandinavian: mutually readable
  ["ms", "id"], // Malay / Indonesian
  ["cs", "sk"],
  ["hr", "bs", "sr"], // one pluricentric language (Intl reads Montenegrin "cnr" as sr-ME)
  ["gl", "pt"],
  ["es", "pt"], // largely readable each way in writing
];

// customer language → languages of the region, best first
const REGIONAL: Record<string, readonly string[]> = {
  ca: ["es"],
  gl: ["es"],
  eu: ["es", "fr"],
  ast: ["es"],
  an: ["es"],
  oc: ["fr", "ca"],
  br: ["fr"],
  co: ["fr"],
  cy: ["en"],
  ga: ["en"],
  gd: ["en"],
  fy: ["nl"],
  lb: ["de", "fr"],
  rm: ["de"],
  gsw: ["de"],
  be: ["ru"],
  kk: ["ru"],
  ky: ["ru"],
  tt: ["ru"],
  ba: ["ru"],
  qu: ["es"],
  gn: ["es"],
  ay: ["es"],
};

// Tags that name the same written language as another.
const ALIASES: Record<string, string> = { no: "nb", tl: "fil", in: "id", iw: "he", ji: "yi", sh: "sr", mo: "ro" };

/** The routing key of a language tag: primary subtag, with aliases folded (no → nb). */
export function routingLanguage(tag: string): string {
  const p = primaryTag(tag);
  return ALIASES[p] ?? p;
}

/** Languages whose team can serve a customer writing `tag`, in order of preference. */
export function relatedLanguages(tag: string): Array<{ language: string; relation: Relation }> {
  const lang = routingLanguage(tag);
  const out: Array<{ language: string; relation: Relation }> = [];
  const add = (language: string, relation: Relation) => {
    if (language !== lang && !out.some((o) => o.language === language)) out.push({ language, relation });
  };
  // Regional first: a Galician customer surely reads Spanish, and Portuguese only mostly.
  for (const other of REGIONAL[lang] ?? []) add(other, "regional");
  for (const group of CLOSE) if (group.includes(lang)) for (const other of group) add(other, "close");
  return out;
}

/** The whole table, for the README and the teams page. */
export function relatedLanguageTable(): Array<{ from: string; to: string; relation: Relation }> {
  const rows: Array<{ from: string; to: string; relation: Relation }> = [];
  const langs = new Set([...CLOSE.flat(), ...Object.keys(REGIONAL)]);
  for (const from of langs) for (const r of relatedLanguages(from)) rows.push({ from, to: r.language, relation: r.relation });
  return rows;
}
