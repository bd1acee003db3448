import type { Consent, Customer, CustomerInput } from "../api/types";

// The edit form keeps everything as text; these convert to and from the API shape.
export interface CustomerFormValues {
  name: string;
  emails: string;
  phones: string;
  country: string;
  preferredLanguages: string;
  timeZone: string;
  companyId: string;
  consent: Consent;
  tags: string;
  notes: string;
}

export function splitList(text: string): string[] {
  return text
    .split(/[,\n;]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

export function toFormValues(customer: Customer | null): CustomerFormValues {
  return {
    name: customer?.name ?? "",
    emails: customer?.emails.join("\n") ?? "",
    phones: customer?.phones.join("\n") ?? "",
    country: customer?.country ?? "",
    preferredLanguages: customer?.preferredLanguages.join(", ") ?? "",
    // Only an explicitly chosen zone belongs in the field; derived ones are shown as a hint instead.
    timeZone: customer && customer.timeZoneSource !== "country" && customer.timeZoneSource !== "phone"
      ? (customer.timeZone ?? "")
      : "",
    companyId: customer?.companyId ?? "",
    consent: customer?.consent ?? { email: false, sms: false, phone: false },
    tags: customer?.tags.join(", ") ?? "",
    notes: customer?.notes ?? "",
  };
}

export function toCustomerInput(values: CustomerFormValues): CustomerInput {
  const orNull = (text: string) => (text.trim() === "" ? null : text.trim());
  return {
    name: values.name.trim(),
    emails: splitList(values.emails),
    phones: splitList(values.phones),
    country: orNull(values.country),
    preferredLanguages: splitList(values.preferredLanguages),
    timeZone: orNull(values.timeZone),
    companyId: orNull(values.companyId),
    consent: values.consent,
    tags: splitList(values.tags),
    notes: values.notes.trim() === "" ? null : values.notes,
  };
}
