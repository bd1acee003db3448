// Demo data for Mundo: users, companies and a few hundred customers from 30 countries.
// Names are written in the person's own script and name order, with an ASCII
// transliteration kept next to every piece that is not Latin so e-mail addresses can be built.
// Everything is deterministic: the same call always returns the same data.
//
// All domains end in .example (RFC 2606), including the look-alike webmail providers,
// so nothing here can ever reach a real mailbox.

import { type CountryCode, getExampleNumber, isValidPhoneNumber } from "libphonenumber-js";
import mobileExamples from "libphonenumber-js/mobile/examples";
import { COUNTRIES, type CountryTable, type Family, type Piece } from "./demo-countries.js";

export interface DemoCompany {
  name: string;
  domain: string;
  country: string /* ISO 3166 alpha-2 */;
}

export interface DemoCustomer {
  name: string;
  emails: string[];
  phones: string[];
  country: string;
  preferredLanguages: string[];
  companyDomain: string | null;
  consent: { email: boolean; sms: boolean; phone: boolean };
  tags: string[];
}

export interface DemoUser {
  email: string;
  name: string;
  role: "admin" | "manager" | "agent";
  password: string;
  uiLanguage: string;
}

// ---------------------------------------------------------------------------
// Users and companies
// ---------------------------------------------------------------------------

export const DEMO_PASSWORD = "mundo-demo-2026";

export const DEMO_ADMIN: DemoUser = {
  email: "admin@mundo.example",
  name: "Mundo Admin",
  role: "admin",
  password: DEMO_PASSWORD,
  uiLanguage: "en",
};

export const DEMO_USERS: DemoUser[] = [
  { email: "camille.laurent@mundo.example", name: "Camille Laurent", role: "manager", password: DEMO_PASSWORD, uiLanguage: "fr" },
  { email: "jonas.becker@mundo.example", name: "Jonas Becker", role: "manager", password: DEMO_PASSWORD, uiLanguage: "de" },
  { email: "layla.haddad@mundo.example", name: "ليلى حداد", role: "agent", password: DEMO_PASSWORD, uiLanguage: "ar" },
  { email: "li.na@mundo.example", name: "李娜", role: "agent", password: DEMO_PASSWORD, uiLanguage: "zh-CN" },
  { email: "lucia.romero@mundo.example", name: "Lucía Romero", role: "agent", password: DEMO_PASSWORD, uiLanguage: "es" },
  { email: "ana.souza@mundo.example", name: "Ana Souza", role: "agent", password: DEMO_PASSWORD, uiLanguage: "pt-BR" },
];

export const DEMO_COMPANIES: DemoCompany[] = [
  { name: "Blue Harbor Logistics, Inc.", domain: "blueharbor-logistics.example", country: "US" },
  { name: "Thornbury & Hale Ltd", domain: "thornbury-hale.example", country: "GB" },
  { name: "Grupo Sierra Alta S.A. de C.V.", domain: "sierra-alta.example", country: "MX" },
  { name: "Atelier Lumière SARL", domain: "atelier-lumiere.example", country: "FR" },
  { name: "Nordlicht Maschinenbau GmbH", domain: "nordlicht-maschinenbau.example", country: "DE" },
  { name: "Verde Vale Agronegócios Ltda.", domain: "verdevale.example", country: "BR" },
  { name: "Anadolu Gıda Sanayi A.Ş.", domain: "anadolu-gida.example", country: "TR" },
  { name: "ООО «Северный ветер»", domain: "severny-veter.example", country: "RU" },
  { name: "شركة الواحة للتجارة", domain: "alwaha-trading.example", country: "SA" },
  { name: "Gulf Pearl General Trading LLC", domain: "gulfpearl.example", country: "AE" },
  { name: "כרמל טכנולוגיות בע״מ", domain: "carmel-tech.example", country: "IL" },
  { name: "Ganga Textiles Pvt. Ltd.", domain: "ganga-textiles.example", country: "IN" },
  { name: "上海瑞丰贸易有限公司", domain: "ruifeng-trading.example", country: "CN" },
  { name: "株式会社さくら精機", domain: "sakura-seiki.example", country: "JP" },
  { name: "한빛전자 주식회사", domain: "hanbit-elec.example", country: "KR" },
];

// ---------------------------------------------------------------------------
// Name tables, one per country
// ---------------------------------------------------------------------------

/** A name piece: Latin text (ASCII derived by stripping accents) or [native, ASCII]. */
/** Companies with branches abroad: employers for customers from countries without a local company. */
const INTERNATIONAL_DOMAINS = new Set(["blueharbor-logistics.example", "thornbury-hale.example", "gulfpearl.example", "nordlicht-maschinenbau.example"]);
const INTERNATIONAL_COMPANIES = DEMO_COMPANIES.filter((c) => INTERNATIONAL_DOMAINS.has(c.domain));

const TAGS = [
  "vip", "wholesale", "retail", "newsletter", "trade-fair-2026", "lead", "partner",
  "distributor", "key-account", "webinar-2025", "referral", "reseller",
] as const;

// ---------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------

type Rng = () => number;

/** mulberry32 seeded from a string: small, fast, deterministic. */
function seededRng(seed: string): Rng {
  let a = 0;
  for (const ch of seed) a = Math.imul(a ^ ch.codePointAt(0)!, 2654435761) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error("demo-data: cannot pick from an empty list");
  return item;
}

const native = (p: Piece): string => (typeof p === "string" ? p : p[0]);

const LATIN_EXTRAS: Record<string, string> = { ł: "l", ı: "i", ß: "ss", đ: "d", ø: "o", æ: "ae", œ: "oe" };

/** ASCII form for e-mail addresses: "Wiśniewska" -> "wisniewska", "van den Berg" -> "vandenberg". */
function ascii(p: Piece): string {
  const out = (typeof p === "string" ? p : p[1])
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[łıßđøæœ]/g, (c) => LATIN_EXTRAS[c] ?? "")
    .replace(/[^a-z0-9]/g, "");
  if (!out) throw new Error(`demo-data: no ASCII transliteration for "${native(p)}"`);
  return out;
}

function familyPiece(f: Family, female: boolean): Piece {
  return typeof f === "object" && "m" in f ? (female ? f.f : f.m) : f;
}

function formatName(order: CountryTable["order"], given: string, family: string): string {
  if (order === "given-family") return `${given} ${family}`;
  return order === "family-given" ? `${family} ${given}` : `${family}${given}`;
}

/** A mobile number for the country: its example number with the last four digits varied. */
function demoPhone(country: CountryCode, rng: Rng, taken: Set<string>): string {
  const example = getExampleNumber(country, mobileExamples);
  if (!example) throw new Error(`demo-data: no example phone number for ${country}`);
  for (let attempt = 0; attempt < 200; attempt++) {
    const phone = example.number.slice(0, -4) + String(Math.floor(rng() * 10_000)).padStart(4, "0");
    if (!taken.has(phone) && isValidPhoneNumber(phone)) {
      taken.add(phone);
      return phone;
    }
  }
  throw new Error(`demo-data: could not build a unique phone number for ${country}`);
}

function uniqueEmail(local: string, domain: string, taken: Set<string>): string {
  let email = `${local}@${domain}`;
  for (let n = 2; taken.has(email); n++) email = `${local}${n}@${domain}`;
  taken.add(email);
  return email;
}

/** "anna.nowak", "nowak.anna", "annanowak" or "anowak"; webmail addresses often get a number too. */
function localPart(rng: Rng, given: string, family: string, webmail: boolean): string {
  const base = pick(rng, [`${given}.${family}`, `${family}.${given}`, `${given}${family}`, `${given.charAt(0)}${family}`]);
  if (!webmail || rng() < 0.4) return base;
  const birthYear = 1970 + Math.floor(rng() * 36); // 1970-2005
  return `${base}${rng() < 0.5 ? String(birthYear).slice(2) : String(birthYear)}`;
}

function pickLanguages(rng: Rng, options: CountryTable["languages"]): string[] {
  const [first, ...rest] = options;
  const chosen = rest.length === 0 || rng() < 0.6 ? first : pick(rng, rest);
  return [...(chosen ?? ["en"])];
}

function pickTags(rng: Rng): string[] {
  const count = Math.floor(rng() * 4); // 0-3
  const tags = new Set<string>();
  while (tags.size < count) tags.add(pick(rng, TAGS));
  return [...tags];
}

export function demoCustomers(): DemoCustomer[] {
  const emails = new Set<string>();
  const phones = new Set<string>();
  const customers: DemoCustomer[] = [];

  for (const table of COUNTRIES) {
    const rng = seededRng(`mundo-demo:${table.country}`);
    const localCompanies = DEMO_COMPANIES.filter((c) => c.country === table.country);
    const names = new Set<string>();

    for (let attempts = 0; names.size < table.count; attempts++) {
      if (attempts > 1000) throw new Error(`demo-data: not enough name combinations for ${table.country}`);

      const female = rng() < 0.5;
      const given = pick(rng, female ? table.female : table.male);
      const family = familyPiece(pick(rng, table.family), female);
      let familyNative = native(family);
      if (table.twoFamilyNames) {
        const second = familyPiece(pick(rng, table.family), female);
        if (native(second) === familyNative) continue;
        familyNative += ` ${native(second)}`;
      }
      const name = formatName(table.order, native(given), familyNative);
      if (names.has(name) || ascii(given) === ascii(family)) continue;
      names.add(name);

      // ~60 % work for a company: one in their own country, else an international one.
      const company = rng() < 0.6 ? pick(rng, localCompanies.length > 0 ? localCompanies : INTERNATIONAL_COMPANIES) : null;
      const g = ascii(given);
      const f = ascii(family);
      const customerEmails: string[] = [];
      if (company && rng() < 0.8) customerEmails.push(uniqueEmail(localPart(rng, g, f, false), company.domain, emails));
      if (customerEmails.length === 0 || rng() < 0.2) {
        customerEmails.push(uniqueEmail(localPart(rng, g, f, true), pick(rng, table.mail), emails));
      }

      // ~80 % have a phone, a few of them a second one.
      const customerPhones: string[] = [];
      if (rng() < 0.8) {
        customerPhones.push(demoPhone(table.country, rng, phones));
        if (rng() < 0.15) customerPhones.push(demoPhone(table.country, rng, phones));
      }
      const hasPhone = customerPhones.length > 0;

      customers.push({
        name,
        emails: customerEmails,
        phones: customerPhones,
        country: table.country,
        preferredLanguages: pickLanguages(rng, table.languages),
        companyDomain: company?.domain ?? null,
        consent: { email: rng() < 0.7, sms: hasPhone && rng() < 0.4, phone: hasPhone && rng() < 0.5 },
        tags: pickTags(rng),
      });
    }
  }
  return customers;
}
