// Region and culture groups for tags (`region:MENA`). Unlike a partition of the map, groups overlap the
// way sales and marketing teams use them: a German customer is in DACH and EU. Keys are stable tag values.
const GROUPS: Record<string, { name: string; countries: string }> = {
  MENA: { name: "Middle East & North Africa (with Turkey, as MENAT)", countries: "AE BH DZ EG IL IQ IR JO KW LB LY MA OM PS QA SA SY TN TR YE" },
  GCC: { name: "Gulf Cooperation Council", countries: "AE BH KW OM QA SA" },
  LATAM: { name: "Latin America", countries: "AR BO BR CL CO CR CU DO EC GT HN HT MX NI PA PE PR PY SV UY VE" },
  DACH: { name: "Germany, Austria, Switzerland", countries: "AT CH DE LI" },
  BENELUX: { name: "Belgium, Netherlands, Luxembourg", countries: "BE LU NL" },
  NORDICS: { name: "Nordic countries", countries: "DK FI FO GL IS NO SE" },
  EU: { name: "European Union", countries: "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK" },
  CEE: { name: "Central & Eastern Europe", countries: "AL BA BG CZ EE HR HU LT LV MD ME MK PL RO RS SI SK UA XK" },
  EECA: { name: "Eastern Europe & Central Asia", countries: "AM AZ BY GE KG KZ MD RU TJ TM UA UZ" },
  SEA: { name: "Southeast Asia", countries: "BN ID KH LA MM MY PH SG TH TL VN" },
  "EAST-ASIA": { name: "East Asia", countries: "CN HK JP KP KR MN MO TW" },
  "SOUTH-ASIA": { name: "South Asia", countries: "AF BD BT IN LK MV NP PK" },
  "NORTH-AMERICA": { name: "North America", countries: "CA US" },
  ANZ: { name: "Australia & New Zealand", countries: "AU NZ" },
  SSA: {
    name: "Sub-Saharan Africa",
    countries:
      "AO BF BI BJ BW CD CF CG CI CM CV DJ ER ET GA GH GM GN GQ GW KE KM LR LS MG ML MR MU MW MZ NA NE NG RW SC SD SL SN SO SS ST SZ TD TG TZ UG ZA ZM ZW",
  },
};

export const REGION_GROUP_KEYS = Object.keys(GROUPS);

const BY_COUNTRY = new Map<string, string[]>();
for (const [key, g] of Object.entries(GROUPS)) {
  for (const code of g.countries.split(" ")) BY_COUNTRY.set(code, [...(BY_COUNTRY.get(code) ?? []), key]);
}

/** The groups a country (ISO 3166-1 alpha-2) belongs to, e.g. DE → [DACH, EU]; [] when none. */
export function regionGroupsOf(country: string | null | undefined): string[] {
  return country ? (BY_COUNTRY.get(country.toUpperCase()) ?? []) : [];
}

export function regionGroupName(key: string): string | null {
  return GROUPS[key]?.name ?? null;
}

export function regionGroupList(): Array<{ key: string; name: string; countries: string[] }> {
  return Object.entries(GROUPS).map(([key, g]) => ({ key, name: g.name, countries: g.countries.split(" ") }));
}
