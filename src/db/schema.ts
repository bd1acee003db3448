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
