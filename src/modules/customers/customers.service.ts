import type { Kysely } from "kysely";
import type { Consent, DB } from "../../db/schema.js";
import { AppError, invalid, notFound } from "../../shared/app-error.js";
import { buildSearchText } from "../../shared/search-text.js";
import type { CompaniesService } from "../companies/index.js";
import { identityEmail, normaliseEmails, normalisePhones, phoneSearchKeys, resolveTimeZone, safePhone } from "./customer-contact.js";
import { type CustomerRow, createCustomersRepository, type Identity } from "./customers.repository.js";
import type { CustomerDto, CustomerInput, CustomerListQuery } from "./customers.schema.js";

const NO_CONSENT: Consent = { email: false, sms: false, phone: false };
const UNIQUE_VIOLATION = "23505";

export function toCustomerDto(r: CustomerRow): CustomerDto {
  return {
    id: r.id,
    name: r.name,
    emails: r.emails,
    phones: r.phones,
    country: r.country,
    preferredLanguages: r.preferred_languages,
    timeZone: r.time_zone,
    timeZoneSource: r.time_zone_source,
    companyId: r.company_id,
    company: r.company_id && r.company_name ? { id: r.company_id, name: r.company_name } : null,
    consent: { ...NO_CONSENT, ...r.consent },
    tags: r.tags,
    notes: r.notes,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

interface Resolved {
  name: string;
  emails: string[];
  phones: string[];
  country: string | null;
  preferredLanguages: string[];
  timeZone: string | null | undefined; // undefined: keep an explicit zone, else derive
  companyId: string | null;
  consent: Consent;
  tags: string[];
  notes: string | null;
}

export function createCustomersService(db: Kysely<DB>, companies: CompaniesService) {
  const repo = createCustomersRepository(db);

  async function get(id: string): Promise<CustomerDto> {
    const row = await repo.findById(id);
    if (!row) throw notFound("Customer", id);
    return toCustomerDto(row);
  }

  // Validates cross-field rules and builds the row + identities; shared by create and update.
  async function prepare(input: Resolved, current: CustomerRow | null) {
    if (input.companyId && input.companyId !== current?.company_id && !(await companies.exists(input.companyId))) {
      throw invalid("companyId", `company ${input.companyId} does not exist`);
    }
    const emails = normaliseEmails(input.emails);
    const phones = normalisePhones(input.phones, input.country);
    const identities: Identity[] = [
      ...[...new Set(emails.map(identityEmail))].map((value) => ({ kind: "email" as const, value })),
      ...phones.map((value) => ({ kind: "phone" as const, value })),
    ];
    const taken = await repo.takenIdentities(identities, current?.id);
    if (taken[0]) {
      const field = taken[0].kind === "email" ? "emails" : "phones";
      throw new AppError("CONFLICT", `${taken[0].value} already belongs to customer ${taken[0].customer_id}`, field);
    }
    const keepExplicit = input.timeZone === undefined && current?.time_zone_source === "explicit";
    const tz = keepExplicit
      ? { timeZone: current.time_zone, source: "explicit" as const }
      : resolveTimeZone(input.timeZone, input.country, phones);
    const row = {
      name: input.name,
      emails: JSON.stringify(emails),
      phones: JSON.stringify(phones),
      country: input.country,
      preferred_languages: JSON.stringify([...new Set(input.preferredLanguages)]),
      time_zone: tz.timeZone,
      time_zone_source: tz.source,
      company_id: input.companyId,
      consent: JSON.stringify(input.consent),
      tags: JSON.stringify([...new Set(input.tags)]),
      notes: input.notes,
      search_text: buildSearchText([input.name, ...emails, ...phones, ...phones.flatMap(phoneSearchKeys), ...input.tags]),
    };
    return { row, identities };
  }

  // A concurrent writer can still take an email between check and insert: the unique key decides.
  async function guardRace<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      if ((err as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new AppError("CONFLICT", "An email or phone of this customer was just taken by another customer");
      }
      throw err;
    }
  }

  return {
    get,
    async list(q: CustomerListQuery) {
      const { items, total } = await repo.list(q);
      return { items: items.map(toCustomerDto), total };
    },
    async create(input: CustomerInput & { name: string }): Promise<CustomerDto> {
      const { row, identities } = await prepare(
        {
          name: input.name,
          emails: input.emails ?? [],
          phones: input.phones ?? [],
          country: input.country ?? null,
          preferredLanguages: input.preferredLanguages ?? [],
          timeZone: input.timeZone ?? null,
          companyId: input.companyId ?? null,
          consent: { ...NO_CONSENT, ...input.consent },
          tags: input.tags ?? [],
          notes: input.notes ?? null,
        },
        null,
      );
      const id = await guardRace(() => repo.insert(row, identities));
      return get(id);
    },
    async update(id: string, patch: CustomerInput): Promise<CustomerDto> {
      const current = await repo.findById(id);
      if (!current) throw notFound("Customer", id);
      const { row, identities } = await prepare(
        {
          name: patch.name ?? current.name,
          emails: patch.emails ?? current.emails,
          phones: patch.phones ?? current.phones,
          country: patch.country === undefined ? current.country : patch.country,
          preferredLanguages: patch.preferredLanguages ?? current.preferred_languages,
          timeZone: patch.timeZone,
          companyId: patch.companyId === undefined ? current.company_id : patch.companyId,
          consent: { ...NO_CONSENT, ...current.consent, ...patch.consent },
          tags: patch.tags ?? current.tags,
          notes: patch.notes === undefined ? current.notes : patch.notes,
        },
        current,
      );
      await guardRace(() => repo.update(id, row, identities));
      return get(id);
    },
    async remove(id: string) {
      const result = await repo.delete(id);
      if (Number(result.numDeletedRows) === 0) throw notFound("Customer", id);
    },

    /**
     * The customer an inbound contact belongs to (by email, phone or channel handle), created when none
     * matches. Contact details that don't validate (a malformed phone) are left out rather than refused.
     */
    async matchOrCreate(contact: { email?: string; phone?: string; handle?: string; name?: string }): Promise<{ id: string; created: boolean }> {
      const phone = contact.phone ? safePhone(contact.phone) : null;
      const email = contact.email && /^[^\s@]+@[^\s@]+$/.test(contact.email) ? contact.email.trim() : null;
      const wanted: Identity[] = [
        ...(email ? [{ kind: "email" as const, value: identityEmail(email) }] : []),
        ...(phone ? [{ kind: "phone" as const, value: phone }] : []),
        ...(contact.handle ? [{ kind: "handle" as const, value: contact.handle }] : []),
      ];
      const [found] = await repo.takenIdentities(wanted);
      if (found) return { id: found.customer_id, created: false };
      const name = contact.name?.trim() || email?.split("@")[0] || phone || contact.handle || "Unknown";
      try {
        const created = await this.create({ name: name.slice(0, 200), emails: email ? [email] : [], phones: phone ? [phone] : [] });
        if (contact.handle) await repo.addIdentity(created.id, { kind: "handle", value: contact.handle });
        return { id: created.id, created: true };
      } catch (err) {
        // Another message from the same contact won the race: use its customer.
        if (err instanceof AppError && err.code === "CONFLICT") {
          const [winner] = await repo.takenIdentities(wanted);
          if (winner) return { id: winner.customer_id, created: false };
        }
        throw err;
      }
    },

    /** Records a language seen in the customer's messages as their preference when they have none yet. */
    async noteLanguage(id: string, language: string) {
      if (language !== "und") await repo.setLanguageIfNone(id, language);
    },
  };
}
export type CustomersService = ReturnType<typeof createCustomersService>;
