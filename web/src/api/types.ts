// Shapes of the Mundo REST API (v1) as the UI consumes them.
export type Role = "admin" | "manager" | "agent";

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  uiLanguage: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface ListParams {
  q?: string;
  sort?: string;
  limit?: number;
  offset?: number;
}

export interface Consent {
  email: boolean;
  sms: boolean;
  phone: boolean;
}

export interface Customer {
  id: string;
  name: string;
  emails: string[];
  phones: string[];
  country: string | null;
  preferredLanguages: string[];
  timeZone: string | null;
  // Not in the minimal contract; newer servers say where the zone came from.
  timeZoneSource?: "explicit" | "country" | "phone" | null;
  companyId: string | null;
  company: { id: string; name: string } | null;
  consent: Consent;
  tags: string[];
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export type CustomerInput = Omit<Customer, "id" | "company" | "timeZoneSource" | "createdAt" | "updatedAt">;

export interface CustomerListParams extends ListParams {
  country?: string;
  companyId?: string;
}

export interface Company {
  id: string;
  name: string;
  domain: string | null;
  country: string | null;
  createdAt: string;
  updatedAt: string;
}

export type CompanyInput = Pick<Company, "name" | "domain" | "country">;

export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
export const WEEKDAYS: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

export interface Interval {
  start: string;
  end: string;
}

export type BusinessHours = Record<Weekday, Interval[]>;

export interface Settings {
  workingLanguage: string;
  baseCurrency: string;
  timeZone: string;
  businessHours: BusinessHours;
  /** Address customers and webhook receivers reach this Mundo at; null: the server's own. */
  publicUrl: string | null;
}

export interface ApiToken {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface CreatedApiToken {
  id: string;
  name: string;
  createdAt: string;
  token: string;
}

export interface NewUser {
  email: string;
  name: string;
  password: string;
  role: Role;
}

// ---- Language layer ----

export interface LanguagePair {
  from: string;
  to: string;
}

export interface TranslationEngineStatus {
  id: string;
  status: "up" | "down";
  // Runs on this machine: no customer text leaves it.
  offline: boolean;
  error?: string;
  pairs: LanguagePair[];
}

export interface PivotPair extends LanguagePair {
  via: string;
  engines: string[];
}

export interface EnginesReport {
  engines: TranslationEngineStatus[];
  pivots: PivotPair[];
}

export interface LanguageGuess {
  language: string;
  confidence: number;
}

export interface Detection extends LanguageGuess {
  alternatives: LanguageGuess[];
  mixed?: { language: string; share: number }[];
}

export type TextFormat = "text" | "html";

export interface Provenance {
  engine: string;
  pivot?: string;
  tmMatch?: "exact" | "fuzzy";
  score: number | null;
  approved?: boolean;
}

export interface Translation {
  text?: string;
  from: string;
  to: string;
  provenance?: Provenance;
  error?: { code: "TRANSLATION_UNAVAILABLE"; message: string };
}

export interface TranslateInput {
  text: string;
  to: string;
  from?: string;
  format: TextFormat;
}

export type SentimentLabel = "negative" | "neutral" | "positive" | "unknown";

export interface Sentiment {
  label: SentimentLabel;
  // -1 … 1; 0 when unknown.
  score: number;
  language: string;
  method: "lexicon" | "pivot" | "none";
  reason?: string;
}

export type MemoryOrigin = "human" | "machine" | "import";

export interface MemoryEntry {
  id: string;
  sourceLanguage: string;
  targetLanguage: string;
  format: TextFormat;
  source: string;
  target: string;
  origin: MemoryOrigin;
  approved: boolean;
  engine: string | null;
  pivot: string | null;
  hits: number;
  createdAt: string;
  updatedAt: string;
}

export interface MemoryListParams {
  from?: string;
  to?: string;
  q?: string;
  origin?: MemoryOrigin | "";
  limit?: number;
  offset?: number;
}

export interface MemoryInput {
  sourceLanguage: string;
  targetLanguage: string;
  source: string;
  target: string;
}

export type GlossaryKind = "keep" | "translate";

export interface GlossaryTerm {
  id: string;
  term: string;
  // null: matches in every source language.
  sourceLanguage: string | null;
  kind: GlossaryKind;
  // Target language → forced translation.
  translations: Record<string, string>;
  caseSensitive: boolean;
  note: string | null;
  updatedAt: string;
}

export type GlossaryInput = Omit<GlossaryTerm, "id" | "updatedAt">;
