import type { ColumnType, Generated } from "kysely";

// jsonb columns are written as JSON text (the pg driver would turn JS arrays into PG array literals).
type Json<T> = ColumnType<T, string, string>;
type CreatedAt = ColumnType<Date, Date | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | undefined, Date>;

export type Role = "admin" | "manager" | "agent";

export interface UsersTable {
  id: Generated<string>;
  email: string;
  email_key: string;
  name: string;
  role: Role;
  password_hash: string;
  ui_language: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface AuthTokensTable {
  id: Generated<string>;
  user_id: string;
  kind: "session" | "api";
  name: string | null;
  token_hash: string;
  created_at: CreatedAt;
  last_used_at: Date | null;
  expires_at: Date | null;
}

export interface BusinessHours {
  [day: string]: Array<{ start: string; end: string }>;
}

export interface WorkspaceSettingsTable {
  id: number;
  working_language: string;
  base_currency: string;
  time_zone: string;
  business_hours: Json<BusinessHours>;
  public_url: string | null;
  updated_at: UpdatedAt;
}

export interface CompaniesTable {
  id: Generated<string>;
  name: string;
  name_key: string;
  domain: string | null;
  country: string | null;
  search_text: string;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface Consent {
  email: boolean;
  sms: boolean;
  phone: boolean;
}

export interface CustomersTable {
  id: Generated<string>;
  name: string;
  emails: Json<string[]>;
  phones: Json<string[]>;
  country: string | null;
  preferred_languages: Json<string[]>;
  time_zone: string | null;
  time_zone_source: "explicit" | "country" | "phone" | null;
  company_id: string | null;
  consent: Json<Consent>;
  tags: Json<string[]>;
  notes: string | null;
  search_text: string;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface CustomerIdentitiesTable {
  kind: "email" | "phone" | "handle";
  value: string;
  customer_id: string;
}

export interface JobsTable {
  id: Generated<string>;
  name: string;
  payload: Json<unknown>;
  state: Generated<"queued" | "active" | "completed" | "failed">;
  attempt: Generated<number>;
  max_attempts: number;
  retry_delay_ms: number;
  run_at: Date;
  singleton_key: string | null;
  last_error: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface TranslationMemoryTable {
  id: Generated<string>;
  source_lang: string;
  target_lang: string;
  format: "text" | "html";
  source_text: string;
  source_key: string;
  target_text: string;
  origin: "human" | "machine" | "import";
  approved: boolean;
  engine: string | null;
  pivot: string | null;
  hits: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface GlossaryTermsTable {
  id: Generated<string>;
  term: string;
  source_lang: string | null;
  kind: "keep" | "translate";
  translations: Json<Record<string, string>>;
  case_sensitive: boolean;
  note: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ConversationsTable {
  id: Generated<string>;
  customer_id: string | null;
  channel: string;
  thread_key: string | null;
  subject: string | null;
  status: Generated<"open" | "pending" | "closed">;
  assignee_id: string | null;
  language: string | null;
  last_message_at: Generated<Date>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface MessageSender {
  email?: string;
  phone?: string;
  handle?: string;
  name?: string;
}

export interface MessagesTable {
  id: Generated<string>;
  conversation_id: string;
  customer_id: string | null;
  channel: string;
  external_id: string;
  direction: "in" | "out";
  sender: ColumnType<MessageSender, string | undefined, string>;
  author_id: string | null;
  original_text: string;
  original_html: string | null;
  subject: string | null;
  language: string | null;
  language_confidence: number | null;
  translation_text: string | null;
  translation_to: string | null;
  translation_provenance: ColumnType<Record<string, unknown> | null, string | undefined, string>;
  translation_note: string | null;
  sentiment_label: string | null;
  sentiment_score: number | null;
  state: Generated<"received" | "processed" | "failed">;
  state_error: string | null;
  delivery: "pending" | "sent" | "failed" | null;
  delivery_error: string | null;
  metadata: ColumnType<Record<string, unknown>, string | undefined, string>;
  sent_at: Date;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface AttachmentsTable {
  id: Generated<string>;
  message_id: string;
  filename: string | null;
  content_type: string;
  size: number;
  content: Buffer;
  created_at: CreatedAt;
}

export interface DB {
  users: UsersTable;
  auth_tokens: AuthTokensTable;
  workspace_settings: WorkspaceSettingsTable;
  companies: CompaniesTable;
  customers: CustomersTable;
  customer_identities: CustomerIdentitiesTable;
  jobs: JobsTable;
  translation_memory: TranslationMemoryTable;
  glossary_terms: GlossaryTermsTable;
  conversations: ConversationsTable;
  messages: MessagesTable;
  attachments: AttachmentsTable;
}

// Calls (0005_calls.sql), merged into DB by declaration merging so this block only appends.
export interface CallsTable {
  id: Generated<string>;
  conversation_id: string;
  agent_id: string | null;
  agent_language: string;
  customer_language: string | null;
  customer_key_hash: string;
  status: Generated<"active" | "ended">;
  message_id: string | null;
  started_at: Generated<Date>;
  ended_at: Date | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface CallSegmentsTable {
  id: Generated<string>;
  call_id: string;
  speaker: "agent" | "customer";
  source: "text" | "audio";
  text: string;
  language: string;
  translation_text: string | null;
  translation_to: string | null;
  translation_provenance: ColumnType<Record<string, unknown> | null, string | undefined, string>;
  note: string | null;
  started_ms: number;
  duration_ms: number | null;
  created_at: CreatedAt;
}

export interface DB {
  calls: CallsTable;
  call_segments: CallSegmentsTable;
}

export interface ImportRowError {
  row: number;
  message: string;
}

export interface ImportsTable {
  id: Generated<string>;
  format: "csv" | "json";
  channel: string;
  status: Generated<"queued" | "running" | "completed" | "failed">;
  total: number;
  processed: Generated<number>;
  imported: Generated<number>;
  duplicates: Generated<number>;
  skipped: Generated<number>;
  failed: Generated<number>;
  errors: ColumnType<ImportRowError[], string | undefined, string>;
  rows: ColumnType<unknown[], string | undefined, string>;
  error: string | null;
  created_by: string | null;
  started_at: Date | null;
  finished_at: Date | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

// Declaration merging: the imports table joins the DB interface above.
export interface DB {
  imports: ImportsTable;
}

export interface CustomerTagsTable {
  customer_id: string;
  name: string;
  source: string;
  reason: string;
  evidence: ColumnType<Record<string, unknown>, string | undefined, string>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface OrdersTable {
  id: Generated<string>;
  customer_id: string;
  external_id: string | null;
  ordered_at: Date;
  // numeric comes back as a string from both drivers
  amount: ColumnType<string, string | number, string | number>;
  currency: string;
  amount_base: ColumnType<string, string | number, string | number>;
  fx_rate: ColumnType<string, string | number, string | number>;
  channel: string | null;
  created_at: CreatedAt;
}

export interface DB {
  customer_tags: CustomerTagsTable;
  orders: OrdersTable;
}

// Segments (0008_segments.sql).
export interface SegmentsTable {
  id: Generated<string>;
  name: string;
  name_key: string;
  description: string | null;
  filter: ColumnType<unknown, string, string>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface DB {
  segments: SegmentsTable;
}

// Keyword concepts and sentiment alerts (0009_signals.sql).
export interface ConceptTerm {
  text: string;
  origin: "human" | "machine";
  engine?: string;
  pivot?: string;
}

export interface ConceptsTable {
  id: Generated<string>;
  key: string | null;
  name: string;
  description: string | null;
  tag: string;
  language: string;
  enabled: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ConceptTermsTable {
  concept_id: string;
  language: string;
  terms: Json<ConceptTerm[]>;
  origin: "human" | "machine";
  updated_by: string | null;
  updated_at: UpdatedAt;
}

export interface ConceptMatchesTable {
  id: Generated<string>;
  concept_id: string;
  message_id: string;
  conversation_id: string | null;
  customer_id: string | null;
  language: string;
  term: string;
  found_in: "original" | "translation";
  excerpt: string;
  message_sent_at: Date;
  created_at: CreatedAt;
}

export interface AlertRulesTable {
  id: Generated<string>;
  key: string | null;
  kind: "negative-message" | "negative-streak";
  name: string;
  enabled: Generated<boolean>;
  threshold: Generated<number>;
  language: string | null;
  tag: string | null;
  min_count: number | null;
  window_days: number | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface AlertsTable {
  id: Generated<string>;
  kind: string;
  rule_id: string | null;
  customer_id: string | null;
  message_id: string | null;
  conversation_id: string | null;
  language: string | null;
  reason: string;
  snapshot: Json<Record<string, unknown>>;
  created_at: CreatedAt;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
}

export interface AlertSettingsTable {
  id: number;
  email_recipients: Json<string[]>;
  updated_at: UpdatedAt;
}

export interface AlertWebhooksTable {
  id: Generated<string>;
  url: string;
  secret: string;
  description: string | null;
  enabled: Generated<boolean>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface AlertDeliveriesTable {
  id: Generated<string>;
  alert_id: string;
  channel: "webhook" | "email";
  webhook_id: string | null;
  target_key: string;
  target: string;
  status: Generated<"pending" | "retrying" | "delivered" | "failed" | "skipped">;
  attempts: Generated<number>;
  last_error: string | null;
  response_code: number | null;
  delivered_at: Date | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface DB {
  concepts: ConceptsTable;
  concept_terms: ConceptTermsTable;
  concept_matches: ConceptMatchesTable;
  alert_rules: AlertRulesTable;
  alerts: AlertsTable;
  alert_settings: AlertSettingsTable;
  alert_webhooks: AlertWebhooksTable;
  alert_deliveries: AlertDeliveriesTable;
}

export interface ReviewThemesTable {
  id: Generated<string>;
  key: string;
  label: string;
  kind: "taxonomy" | "emergent";
  taxonomy_id: string | null;
  keywords: ColumnType<Array<{ term: string; weight: number }>, string | undefined, string>;
  review_count: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ReviewsTable {
  id: Generated<string>;
  source: string;
  external_id: string | null;
  dedupe_key: string;
  rating: number | null;
  original_text: string;
  author: string | null;
  customer_email: string | null;
  customer_id: string | null;
  product_id: string | null;
  written_at: ColumnType<Date, Date | undefined, Date>;
  state: Generated<"queued" | "processed" | "failed">;
  state_error: string | null;
  language: string | null;
  language_confidence: number | null;
  translation_status: "translated" | "not-needed" | "untranslated" | null;
  translation_text: string | null;
  translation_to: string | null;
  translation_provenance: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  translation_note: string | null;
  analysed_for: string | null;
  sentiment_label: string | null;
  sentiment_score: number | null;
  theme_id: string | null;
  theme_score: number | null;
  theme_terms: ColumnType<string[], string | undefined, string>;
  cluster_note: string | null;
  search_text: Generated<string>;
  processed_at: Date | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ReviewTaxonomiesTable {
  language: string;
  entries: ColumnType<Array<{ id: string; name: string; keywords: string[] }>, string, string>;
  updated_at: UpdatedAt;
}

export interface ReviewClusteringTable {
  id: number;
  clustered_at: Date;
  language: string;
  review_count: number;
  last_processed_at: Date | null;
}

export interface DB {
  reviews: ReviewsTable;
  review_themes: ReviewThemesTable;
  review_taxonomies: ReviewTaxonomiesTable;
  review_clustering: ReviewClusteringTable;
}

// Tag rules, evaluation runs, reference FX rates (0007_tag_rules.sql); orders gain the base currency they were converted into.
export interface TagRulesTable {
  id: Generated<string>;
  builtin_key: string | null;
  name: string;
  name_key: string;
  description: string | null;
  kind: "builtin" | "custom";
  enabled: Generated<boolean>;
  condition: ColumnType<unknown, string, string>;
  tag_template: string;
  position: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface TagEvaluationRunsTable {
  id: Generated<string>;
  trigger: "manual" | "rule-change" | "nightly" | "demo";
  status: Generated<"queued" | "running" | "completed" | "failed">;
  total: Generated<number>;
  processed: Generated<number>;
  changed: Generated<number>;
  error: string | null;
  requested_by: string | null;
  started_at: Date | null;
  finished_at: Date | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface FxRatesTable {
  currency: string;
  per_eur: ColumnType<string, string | number, string | number>;
  // a date column: drivers differ in how they return it, so read it with to_char(as_of, 'YYYY-MM-DD')
  as_of: ColumnType<unknown, string, string>;
  source: string;
  updated_at: UpdatedAt;
}

export interface OrdersTable {
  base_currency: string;
}

export interface DB {
  tag_rules: TagRulesTable;
  tag_evaluation_runs: TagEvaluationRunsTable;
  fx_rates: FxRatesTable;
}

// FAQ bot and CSAT/NPS surveys (#6), migration 0013.
export interface FaqBotSettingsTable {
  id: Generated<number>;
  enabled_chat: boolean;
  enabled_email: boolean;
  min_confidence: number;
  updated_at: UpdatedAt;
}

export type FaqBotDecisionKind = "answered" | "handoff" | "no_answer" | "skipped";

export interface FaqBotDecisionsTable {
  id: Generated<string>;
  message_id: string;
  conversation_id: string;
  customer_id: string | null;
  channel: string;
  language: string;
  query: string;
  translation_text: string | null;
  translation_to: string | null;
  state: Generated<"pending" | "done" | "failed">;
  decision: FaqBotDecisionKind | null;
  reason: string | null;
  confidence: number | null;
  kb_family_id: string | null;
  kb_version_id: string | null;
  machine_translated: Generated<boolean>;
  reply_language: string | null;
  reply_message_id: string | null;
  ticket_id: string | null;
  error: string | null;
  created_at: CreatedAt;
  decided_at: Date | null;
}

export interface SurveySettingsTable {
  id: Generated<number>;
  enabled: boolean;
  expires_days: number;
  updated_at: UpdatedAt;
}

export type SurveyDeliveryStatus = "pending" | "sent" | "skipped" | "failed";

export interface SurveysTable {
  id: Generated<string>;
  ticket_id: string;
  token: string;
  customer_id: string | null;
  conversation_id: string | null;
  team_id: string | null;
  language: string;
  text_source: "written" | "machine" | "english";
  text_note: string | null;
  email_status: Generated<SurveyDeliveryStatus>;
  email_note: string | null;
  email_to: string | null;
  chat_status: Generated<SurveyDeliveryStatus>;
  chat_note: string | null;
  chat_message_id: string | null;
  expires_at: Date;
  sent_at: Date | null;
  created_at: CreatedAt;
}

export interface SurveyResponsesTable {
  id: Generated<string>;
  survey_id: string;
  ticket_id: string;
  customer_id: string | null;
  team_id: string | null;
  language: string;
  csat: number;
  nps: number | null;
  comment: string | null;
  via: "page" | "api";
  created_at: CreatedAt;
}

export interface DB {
  faq_bot_settings: FaqBotSettingsTable;
  faq_bot_decisions: FaqBotDecisionsTable;
  survey_settings: SurveySettingsTable;
  surveys: SurveysTable;
  survey_responses: SurveyResponsesTable;
}

// Service centre: teams, agents, tickets, SLA, macros (0011_service.sql).
export interface SlaTargets {
  [priority: string]: { firstResponse: number; resolution: number };
}

export interface SlaPoliciesTable {
  id: Generated<string>;
  name: string;
  name_key: string;
  is_default: Generated<boolean>;
  targets: Json<SlaTargets>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface TeamLanguage {
  language: string;
  proficiency: "native" | "fluent" | "basic";
}

export interface TeamsTable {
  id: Generated<string>;
  name: string;
  name_key: string;
  languages: Json<TeamLanguage[]>;
  time_zone: string;
  business_hours: Json<BusinessHours>;
  holiday_country: string | null;
  holidays: Json<Array<{ date: string; name: string | null }>>;
  capacity_per_agent: number;
  mt_assisted: boolean;
  sla_policy_id: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface TeamMembersTable {
  team_id: string;
  user_id: string;
  created_at: CreatedAt;
}

export interface AgentProfilesTable {
  user_id: string;
  languages: Json<TeamLanguage[]>;
  working_language: string | null;
  updated_at: UpdatedAt;
}

export interface TicketsTable {
  id: Generated<string>;
  number: Generated<number>;
  subject: string;
  text: string;
  status: Generated<"new" | "open" | "pending" | "resolved" | "closed">;
  priority: Generated<"low" | "normal" | "high" | "urgent">;
  language: string | null;
  language_source: "given" | "detected" | "conversation" | "customer" | null;
  customer_id: string | null;
  conversation_id: string | null;
  team_id: string | null;
  assignee_id: string | null;
  tags: Json<string[]>;
  routing: Json<Record<string, unknown>>;
  source: string;
  source_reason: string | null;
  sla_policy_id: string | null;
  first_response_due_at: Date | null;
  first_response_at: Date | null;
  resolution_due_at: Date | null;
  resolved_at: Date | null;
  closed_at: Date | null;
  created_by: string | null;
  search_text: string;
  created_at: ColumnType<Date, Date | undefined, Date>;
  updated_at: UpdatedAt;
}

export interface TicketCommentsTable {
  id: Generated<string>;
  seq: Generated<number>;
  ticket_id: string;
  author_id: string | null;
  kind: "reply" | "note";
  body: string;
  translation: string | null;
  translation_to: string | null;
  message_id: string | null;
  created_at: ColumnType<Date, Date | undefined, never>;
}

export interface TicketEventsTable {
  id: Generated<string>;
  seq: Generated<number>;
  ticket_id: string;
  actor_id: string | null;
  kind: string;
  data: Json<Record<string, unknown>>;
  created_at: ColumnType<Date, Date | undefined, never>;
}

export interface MacrosTable {
  id: Generated<string>;
  name: string;
  name_key: string;
  language: string;
  body: string;
  search_text: string;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface MacroVariantsTable {
  macro_id: string;
  language: string;
  body: string;
  origin: "machine" | "human";
  provenance: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  stale: Generated<boolean>;
  updated_by: string | null;
  updated_at: UpdatedAt;
}

export interface DB {
  sla_policies: SlaPoliciesTable;
  teams: TeamsTable;
  team_members: TeamMembersTable;
  agent_profiles: AgentProfilesTable;
  tickets: TicketsTable;
  ticket_comments: TicketCommentsTable;
  ticket_events: TicketEventsTable;
  macros: MacrosTable;
  macro_variants: MacroVariantsTable;
}

export interface KbFamiliesTable {
  id: Generated<string>;
  title: string;
  slug: string;
  tags: Json<string[]>;
  search_text: string;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface KbVersionProvenance {
  engine: string;
  pivot?: string;
  sourceVersionId: string;
  sourceLanguage: string;
}

export interface KbVersionsTable {
  id: Generated<string>;
  family_id: string;
  language: string;
  title: string;
  body: string;
  kind: "text" | "pdf";
  origin: "human" | "machine";
  status: Generated<"draft" | "published">;
  provenance: Json<KbVersionProvenance | null>;
  ts_config: string;
  /** Always written as an SQL expression (to_tsvector with ts_config). */
  tsv: string;
  search_text: string;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface KbFilesTable {
  id: Generated<string>;
  version_id: string;
  filename: string;
  content_type: string;
  size: number;
  sha256: string;
  page_count: number;
  data: Buffer | Uint8Array;
  created_at: CreatedAt;
}

export interface DB {
  kb_families: KbFamiliesTable;
  kb_versions: KbVersionsTable;
  kb_files: KbFilesTable;
}
