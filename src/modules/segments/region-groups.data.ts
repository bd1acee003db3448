// Region groups for segments and profiles: one group per ISO 3166-1 country, close to the World Bank's
// regions but with Europe and Central Asia (with the Caucasus) apart, and Asia split three ways, which is how
// sales teams usually divide the map. Names are English; the web UI shows them in the viewer's language.
const GROUPS = {
  mena: { name: "Middle East & North Africa", countries: "AE BH DJ DZ EG EH IL IQ IR JO KW LB LY MA OM PS QA SA SY TN YE" },
  europe: {
    name: "Europe",
    countries:
      "AD AL AT AX BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM TR UA VA XK",
  },
  "central-asia": { name: "Central Asia & Caucasus", countries: "AM AZ GE KG KZ TJ TM UZ" },
  "north-america": { name: "North America", countries: "BM CA GL PM UM US" },
  "latin-america": {
    name: "Latin America & Caribbean",
    countries:
      "AG AI AR AW BB BL BO BQ BR BS BZ CL CO CR CU CW DM DO EC FK GD GF GP GT GY HN HT JM KN KY LC MF MQ MS MX NI PA PE PR PY SR SV SX TC TT UY VC VE VG VI",
  },
  "sub-saharan-africa": {
    name: "Sub-Saharan Africa",
    countries:
      "AO BF BI BJ BW CD CF CG CI CM CV ER ET GA GH GM GN GQ GW KE KM LR LS MG ML MR MU MW MZ NA NE NG RE RW SC SD SH SL SN SO SS ST SZ TD TG TZ UG YT ZA ZM ZW",
  },
  "south-asia": { name: "South Asia", countries: "AF BD BT IN IO LK MV NP PK" },
  "east-asia": { name: "East Asia", countries: "CN HK JP KP KR MN MO TW" },
  "southeast-asia": { name: "Southeast Asia", countries: "BN CC CX ID KH LA MM MY PH SG TH TL VN" },
  oceania: { name: "Oceania", countries: "AS AU CK FJ FM GU KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV VU WF WS" },
  antarctica: { name: "Antarctica & sub-Antarctic islands", countries: "AQ BV GS HM TF" },
} as const;

export type RegionId = keyof typeof GROUPS;
export const REGION_IDS = Object.keys(GROUPS) as [RegionId, ...RegionId[]];

const BY_COUNTRY = new Map<string, RegionId>();
for (const id of REGION_IDS) for (const code of GROUPS[id].countries.split(" ")) BY_COUNTRY.set(code, id);

export interface RegionGroup {
  id: RegionId;
  name: string;
}

/** The countries (ISO 3166-1 alpha-2) of a region group. */
export function regionCountries(id: RegionId): string[] {
  return GROUPS[id].countries.split(" ");
}

/** The region group of a country, or null for an unknown code. */
export function regionOf(country: string | null | undefined): RegionGroup | null {
  const id = country ? BY_COUNTRY.get(country.toUpperCase()) : undefined;
  return id ? { id, name: GROUPS[id].name } : null;
}

export function regionGroups(): RegionGroup[] {
  return REGION_IDS.map((id) => ({ id, name: GROUPS[id].name }));
}
