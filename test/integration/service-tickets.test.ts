import Holidays from "date-holidays";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, translationConfig } from "../support/test-app.js";
import { waitFor } from "../support/wait-for.js";

// Routing by language, hours and load, and SLA clocks in business time, through the API. "Now" is the
// service module's clock, set per case to instants built with Intl in the teams' own zones.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ translation: translationConfig({ MUNDO_TRANSLATION_ENGINES: "apertium" }) });
});
afterAll(async () => {
  t.services.service.useClock(null);
  await t.close();
});

/** The instant the wall clock in `timeZone` reads `date` `time`, found by asking Intl (no offsets assumed). */
function wall(date: string, time: string, timeZone: string): Date {
  const f = new Intl.DateTimeFormat("en-CA", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });
  const base = Date.parse(`${date}T${time}:00Z`);
  for (let minutes = -14 * 60; minutes <= 14 * 60; minutes += 15) {
    const at = new Date(base - minutes * 60_000);
    const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, x.value]));
    if (`${p.year}-${p.month}-${p.day}` === date && `${p.hour}:${p.minute}` === time) return at;
  }
  throw new Error(`${date} ${time} does not exist in ${timeZone}`);
}

const ZONES: Record<string, string> = { EG: "Africa/Cairo", AE: "Asia/Dubai", SN: "Africa/Dakar" };
const isHoliday = (date: string, country: string) =>
  (new Holidays(country).isHoliday(wall(date, "12:00", ZONES[country]!)) || []).some((h) => h.type === "public" || h.type === "bank");
const dayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
const plusDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The first date from `from` on that satisfies `ok`. */
function findDate(from: string, ok: (date: string) => boolean): string {
  for (let d = from, i = 0; i < 800; i++, d = plusDays(d, 1)) if (ok(d)) return d;
  throw new Error("no such date");
}

// A Tuesday that is a working day in Egypt, the UAE and Senegal (and so is the Wednesday after it).
const TUESDAY = findDate("2027-01-01", (d) => dayOf(d) === 2 && ["EG", "AE", "SN"].every((c) => !isHoliday(d, c) && !isHoliday(plusDays(d, 1), c)));
const WEDNESDAY = plusDays(TUESDAY, 1);

const weekdays = (days: string[], start: string, end: string) =>
  Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, days.includes(d) ? [{ start, end }] : []]));
const ALWAYS = weekdays(["mon", "tue", "wed", "thu", "fri", "sat", "sun"], "00:00", "24:00");

async function agent(name: string, languages: unknown[]) {
  const user = await t.services.users.create({ email: `${name.toLowerCase().replace(/\W+/g, ".")}@service.example`, name, password: "agent-password-1", role: "agent" });
  const res = await t.call("PUT", `/api/v1/users/${user.id}/languages`, { languages });
  expect(res.status).toBe(200);
  return user.id;
}

async function customer(name: string, preferredLanguages: string[] = []) {
  const res = await t.call("POST", "/api/v1/customers", { name, preferredLanguages });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

async function ticketAt(at: Date, body: Record<string, unknown>) {
  t.services.service.useClock(() => at);
  const res = await t.call("POST", "/api/v1/tickets", body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

describe("routing by language, business hours and load", () => {
  const ids: Record<string, string> = {};
  let client: string;

  beforeAll(async () => {
    ids.awa = await agent("Awa Diop", ["fr", "wo"]);
    ids.moussa = await agent("Moussa Ndiaye", [{ language: "fr", proficiency: "fluent" }, "wo"]);
    ids.layla = await agent("Layla Haddad", ["ar", { language: "en", proficiency: "fluent" }]);
    ids.omar = await agent("Omar Saleh", ["ar"]);
    ids.ken = await agent("Ken Mori", ["en", { language: "ja", proficiency: "basic" }]);
    const create = async (body: Record<string, unknown>) => {
      const res = await t.call("POST", "/api/v1/teams", body);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body;
    };
    const dakar = await create({ name: "Dakar", languages: ["fr", { language: "wo", proficiency: "native" }], timeZone: "Africa/Dakar", businessHours: weekdays(["mon", "tue", "wed", "thu", "fri"], "09:00", "17:00"), holidayCountry: "SN", members: [ids.awa, ids.moussa] });
    const cairo = await create({ name: "Cairo", languages: ["ar"], timeZone: "Africa/Cairo", businessHours: weekdays(["sun", "mon", "tue", "wed", "thu"], "09:00", "17:00"), holidayCountry: "EG", members: [ids.layla] });
    const global = await create({ name: "Global", languages: ["en"], timeZone: "UTC", businessHours: ALWAYS, mtAssisted: true, members: [ids.ken] });
    Object.assign(ids, { dakar: dakar.id, cairo: cairo.id, global: global.id });
    expect(dakar).toMatchObject({ languages: [{ language: "fr", proficiency: "native" }, { language: "wo", proficiency: "native" }], holidayCountry: "SN", capacityPerAgent: 10 });
    expect(dakar.members.map((m: { name: string }) => m.name)).toEqual(["Awa Diop", "Moussa Ndiaye"]);
    client = await customer("Fatou Sall");
  });

  it("sends French to the Dakar team (native) and balances its agents by open tickets", async () => {
    const at = wall(TUESDAY, "11:00", "Africa/Dakar");
    const first = await ticketAt(at, { customerId: client, subject: "Commande", text: "Bonjour, ma commande n'est toujours pas arrivée à Dakar. Pouvez-vous vérifier ?" });
    expect(first).toMatchObject({ language: "fr", languageSource: "detected", teamId: ids.dakar, status: "new" });
    expect(first.routing.reason).toMatch(/^fr → Dakar \(French native\) → (Awa Diop|Moussa Ndiaye), 0 open tickets$/);
    expect(first.routing.team).toMatchObject({ name: "Dakar", match: "exact", proficiency: "native", open: true });
    const second = await ticketAt(at, { customerId: client, subject: "Facture", text: "Je voudrais recevoir la facture de ma dernière commande, s'il vous plaît." });
    expect(second.teamId).toBe(ids.dakar);
    // The other agent: the first one now has a ticket open.
    expect([first.assigneeId, second.assigneeId].sort()).toEqual([ids.awa, ids.moussa].sort());
    const dakar = (await t.call("GET", `/api/v1/teams/${ids.dakar}`)).body;
    expect(dakar.openTickets).toBe(2);
    expect(dakar.members.map((m: { openTickets: number }) => m.openTickets)).toEqual([1, 1]);
  });

  it("sends Arabic to Cairo inside its hours, and to the machine-translation team outside them", async () => {
    const inside = await ticketAt(wall(TUESDAY, "10:00", "Africa/Cairo"), { customerId: client, subject: "الطلب", text: "مرحبا، لم يصل طلبي بعد. هل يمكنكم التحقق من حالة الشحن؟" });
    expect(inside).toMatchObject({ language: "ar", teamId: ids.cairo, assigneeId: ids.layla });
    expect(inside.routing.reason).toBe("ar → Cairo (Arabic native) → Layla Haddad, 0 open tickets");

    const evening = wall(TUESDAY, "20:00", "Africa/Cairo");
    const outside = await ticketAt(evening, { customerId: client, subject: "الفاتورة", text: "أريد نسخة من الفاتورة الأخيرة من فضلكم، شكرا لكم." });
    expect(outside).toMatchObject({ language: "ar", teamId: ids.global, assigneeId: ids.ken });
    expect(outside.routing.reason).toBe("ar → Cairo closed (opens Wed 09:00 Africa/Cairo) → Global (machine translation) → Ken Mori, 0 open tickets");
    expect(outside.routing.skipped).toEqual([
      expect.objectContaining({ id: ids.cairo, why: "hours", opensAt: wall(WEDNESDAY, "09:00", "Africa/Cairo").toISOString(), opensAtLocal: "09:00", timeZone: "Africa/Cairo" }),
    ]);
    expect(outside.routing.team).toMatchObject({ id: ids.global, match: "mt", open: true });
  });

  it("sends Japanese, which no team speaks, to the machine-translation team", async () => {
    const ja = await ticketAt(wall(TUESDAY, "10:00", "Asia/Tokyo"), { customerId: client, subject: "納期", text: "先週注文した商品の納期を教えていただけますか。よろしくお願いいたします。" });
    expect(ja).toMatchObject({ language: "ja", teamId: ids.global });
    expect(ja.routing.reason).toBe("ja → Global (machine translation) → Ken Mori, 1 open ticket");
  });

  it("with a second Arabic team: Cairo closed → Dubai when open, else the machine-translation team", async () => {
    const dubai = await t.call("POST", "/api/v1/teams", {
      name: "Dubai",
      languages: [{ language: "ar", proficiency: "fluent" }, "en"],
      timeZone: "Asia/Dubai",
      businessHours: weekdays(["mon", "tue", "wed", "thu", "fri"], "09:00", "17:00"),
      holidayCountry: "AE",
      members: [ids.omar],
    });
    expect(dubai.status).toBe(201);
    const text = "السلام عليكم، هل يمكن تغيير عنوان التوصيل قبل الشحن؟";

    // Inside Cairo hours the native team still wins over the fluent one.
    const noon = await ticketAt(wall(TUESDAY, "12:00", "Africa/Cairo"), { customerId: client, subject: "العنوان", text });
    expect(noon.teamId).toBe(ids.cairo);

    // 08:00 in Cairo is 09:00 or 10:00 in Dubai (depending on Egypt's DST): Dubai is open.
    const morning = wall(TUESDAY, "08:00", "Africa/Cairo");
    const early = await ticketAt(morning, { customerId: client, subject: "العنوان", text });
    expect(early).toMatchObject({ teamId: dubai.body.id, assigneeId: ids.omar });
    expect(early.routing.reason).toBe("ar → Cairo closed (opens 09:00 Africa/Cairo) → Dubai (Arabic fluent) → Omar Saleh, 0 open tickets");

    // 20:00 in Cairo: both closed.
    const late = await ticketAt(wall(TUESDAY, "20:00", "Africa/Cairo"), { customerId: client, subject: "العنوان", text });
    expect(late.teamId).toBe(ids.global);
    expect(late.routing.skipped.map((s: { name: string }) => s.name)).toEqual(["Cairo", "Dubai"]);
    expect(late.routing.reason).toMatch(/^ar → Cairo closed \(opens Wed 09:00 Africa\/Cairo\) → Dubai closed \(opens Wed 09:00 Asia\/Dubai\) → Global \(machine translation\)/);
  });

  it("treats Cairo's public holidays (from date-holidays) as closed", async () => {
    // An Egyptian public holiday on a Monday–Thursday that is a working day in Dubai.
    const holiday = findDate("2027-01-01", (d) => [1, 2, 3, 4].includes(dayOf(d)) && isHoliday(d, "EG") && !isHoliday(d, "AE"));
    const name = (new Holidays("EG", { languages: "en" }).isHoliday(wall(holiday, "12:00", "Africa/Cairo")) as Array<{ name: string }>)[0]!.name;
    const res = await ticketAt(wall(holiday, "11:00", "Africa/Cairo"), { customerId: client, subject: "سؤال", text: "مرحبا، متى سيصل طلبي؟ شكرا جزيلا لكم." });
    expect(res.routing.skipped[0]).toMatchObject({ name: "Cairo", why: "holiday" });
    expect(res.routing.skipped[0].holiday).toContain(name);
    expect(res.routing.team.name).toBe("Dubai");
    expect(res.routing.reason).toContain(`Cairo closed for ${res.routing.skipped[0].holiday}`);
    const team = (await t.call("GET", `/api/v1/teams/${ids.cairo}`)).body;
    expect(team.status).toMatchObject({ open: false, closedReason: "holiday" });
  });

  it("falls back to the customer's preferred language when the text says too little, and to related languages", async () => {
    const arabicSpeaker = await customer("Nour", ["ar"]);
    const hi = await ticketAt(wall(TUESDAY, "10:00", "Africa/Cairo"), { customerId: arabicSpeaker, subject: "Hi", text: "Hi" });
    expect(hi).toMatchObject({ language: "ar", languageSource: "customer", teamId: ids.cairo });

    // Wolof is served by Dakar directly; Occitan has no team, but its speakers read French (related).
    const oc = await t.call("POST", "/api/v1/tickets/route-preview", { language: "oc" });
    t.services.service.useClock(() => wall(TUESDAY, "11:00", "Africa/Dakar"));
    const preview = await t.call("POST", "/api/v1/tickets/route-preview", { language: "oc" });
    expect(oc.status).toBe(200);
    expect(preview.body.team).toMatchObject({ name: "Dakar", match: "related", language: "fr", relation: "regional" });
    expect(preview.body.reason).toMatch(/^oc → Dakar \(French native, related to Occitan\)/);
  });

  it("lists and filters tickets, and refuses bad input clearly", async () => {
    const ar = await t.call("GET", "/api/v1/tickets?language=ar&sort=-createdAt&limit=2");
    expect(ar.body.total).toBeGreaterThanOrEqual(6);
    expect(ar.body.items).toHaveLength(2);
    expect(ar.body.items.every((i: { language: string }) => i.language === "ar")).toBe(true);
    const byTeam = await t.call("GET", `/api/v1/tickets?teamId=${ids.dakar}&status=active`);
    expect(byTeam.body.total).toBe(2);
    const search = await t.call("GET", "/api/v1/tickets?q=facture");
    expect(search.body.items.map((i: { subject: string }) => i.subject)).toEqual(["Facture"]);
    const byNumber = await t.call("GET", `/api/v1/tickets?q=%23${search.body.items[0].number}`);
    expect(byNumber.body.items[0].subject).toBe("Facture");

    const none = await t.call("POST", "/api/v1/tickets", { subject: "x", text: "y" });
    expect(none.status).toBe(400);
    expect(none.body.error.field).toBe("customerId");
    const unknown = "00000000-0000-4000-8000-000000000000";
    const noConversation = await t.call("POST", "/api/v1/tickets", { conversationId: unknown });
    expect(noConversation.status).toBe(400);
    expect(noConversation.body.error.field).toBe("conversationId");
    expect((await t.call("POST", `/api/v1/conversations/${unknown}/ticket`)).status).toBe(404);
    expect((await t.call("GET", `/api/v1/tickets/${unknown}`)).status).toBe(404);
    const badLang = await t.call("POST", "/api/v1/teams", { name: "Bad", languages: [{ language: "fr", proficiency: "expert" }], timeZone: "UTC" });
    expect(badLang.status).toBe(400);
    expect(badLang.body.error.field).toBe("languages.0");
    const badZone = await t.call("POST", "/api/v1/teams", { name: "Bad", languages: ["fr"], timeZone: "Mars/Olympus" });
    expect(badZone.body.error.field).toBe("timeZone");
    const dup = await t.call("POST", "/api/v1/teams", { name: "dakar", languages: ["fr"], timeZone: "UTC" });
    expect(dup.status).toBe(409);
    const agentToken = await t.tokenFor("agent");
    expect((await t.call("POST", "/api/v1/teams", { name: "Mine", timeZone: "UTC" }, agentToken)).status).toBe(403);
    expect((await t.call("PUT", `/api/v1/users/${ids.awa}/languages`, { languages: ["fr"] }, agentToken)).status).toBe(403);
  });
});

describe("SLA clocks in business time", () => {
  let team: string;
  let client: string;
  // A Friday whose weekend and Monday are ordinary working time in Senegal, and one whose Monday is a
  // public holiday there — both found by asking date-holidays.
  const friday = findDate("2027-01-01", (d) => dayOf(d) === 5 && !isHoliday(d, "SN") && !isHoliday(plusDays(d, 3), "SN"));
  const holidayMonday = findDate("2027-01-01", (d) => dayOf(d) === 1 && isHoliday(d, "SN") && !isHoliday(plusDays(d, -3), "SN") && !isHoliday(plusDays(d, 1), "SN"));

  beforeAll(async () => {
    const res = await t.call("POST", "/api/v1/teams", {
      name: "Dakar SLA",
      languages: ["wo"],
      timeZone: "Africa/Dakar",
      businessHours: weekdays(["mon", "tue", "wed", "thu", "fri"], "09:00", "17:00"),
      holidayCountry: "SN",
    });
    team = res.body.id;
    client = await customer("Mamadou Fall", ["wo"]);
  });

  it("a ticket on Friday 16:00 with a 4-hour first-response target is due Monday 12:00", async () => {
    const policy = (await t.call("GET", "/api/v1/sla-policies")).body.items[0];
    expect(policy).toMatchObject({ isDefault: true, targets: { normal: { firstResponse: 240 } } });
    const ticket = await ticketAt(wall(friday, "16:00", "Africa/Dakar"), { customerId: client, subject: "Jërëjëf", text: "Salaam aleekum, sama commande dafa yàgg.", language: "wo", teamId: team });
    expect(ticket.routing).toMatchObject({ mode: "manual", team: { id: team } });
    expect(ticket.sla.firstResponse).toMatchObject({ targetMinutes: 240, dueAt: wall(plusDays(friday, 3), "12:00", "Africa/Dakar").toISOString(), at: null, breached: false });
    // 2 days of 8 business hours and 3 hours more: resolution target 1440 min = 3 days of 8 h.
    expect(ticket.sla.resolution.dueAt).toBe(wall(plusDays(friday, 5), "16:00", "Africa/Dakar").toISOString());
    expect(ticket.sla).toMatchObject({ paused: false, timeZone: "Africa/Dakar" });
    expect(ticket.sla.firstResponse.remainingMinutes).toBe(240);

    // Saturday: paused, nothing consumed; resumes Monday 09:00.
    t.services.service.useClock(() => wall(plusDays(friday, 1), "10:00", "Africa/Dakar"));
    const saturday = (await t.call("GET", `/api/v1/tickets/${ticket.id}`)).body;
    expect(saturday.sla).toMatchObject({ paused: true, pausedReason: "hours", resumesAt: wall(plusDays(friday, 3), "09:00", "Africa/Dakar").toISOString() });
    expect(saturday.sla.firstResponse.remainingMinutes).toBe(180);

    // Monday 13:00: overdue by an hour of business time; a reply then is a late first response.
    const late = wall(plusDays(friday, 3), "13:00", "Africa/Dakar");
    t.services.service.useClock(() => late);
    const monday = (await t.call("GET", `/api/v1/tickets/${ticket.id}`)).body;
    expect(monday.sla.firstResponse).toMatchObject({ breached: true, remainingMinutes: -60 });
    expect((await t.call("GET", "/api/v1/tickets?breached=true")).body.items.map((i: { id: string }) => i.id)).toContain(ticket.id);
    const replied = await t.call("POST", `/api/v1/tickets/${ticket.id}/reply`, { text: "We are on it.", translation: "Nu ngi ci kaw." });
    expect(replied.body).toMatchObject({ status: "open", firstResponseAt: late.toISOString() });
    expect(replied.body.sla.firstResponse).toMatchObject({ at: late.toISOString(), breached: true, remainingMinutes: null });
  });

  it("a holiday Monday (from date-holidays) pushes the due time a day", async () => {
    const fri = plusDays(holidayMonday, -3);
    const ticket = await ticketAt(wall(fri, "16:00", "Africa/Dakar"), { customerId: client, subject: "Holiday", text: "Salaam aleekum.", language: "wo", teamId: team });
    expect(ticket.sla.firstResponse.dueAt).toBe(wall(plusDays(holidayMonday, 1), "12:00", "Africa/Dakar").toISOString());
    t.services.service.useClock(() => wall(holidayMonday, "10:00", "Africa/Dakar"));
    const onHoliday = (await t.call("GET", `/api/v1/tickets/${ticket.id}`)).body;
    expect(onHoliday.sla).toMatchObject({ paused: true, pausedReason: "holiday" });
    const holidays = (await t.call("GET", `/api/v1/teams/${team}/holidays?year=${holidayMonday.slice(0, 4)}`)).body;
    expect(holidays.items.map((h: { date: string }) => h.date)).toContain(holidayMonday);
  });

  it("raising the priority moves the due times; resolving records the resolution and emits the previous status", async () => {
    const created = wall(friday, "10:00", "Africa/Dakar");
    const ticket = await ticketAt(created, { customerId: client, subject: "Urgent", text: "Salaam aleekum, dafa jamp.", language: "wo", teamId: team });
    const seen: Array<{ status: string; previousStatus?: string }> = [];
    const off = t.services.events.on("ticket.updated", (e) => seen.push({ status: e.ticket.status, previousStatus: e.previousStatus }));
    t.services.service.useClock(() => wall(friday, "10:10", "Africa/Dakar"));
    const urgent = (await t.call("PATCH", `/api/v1/tickets/${ticket.id}`, { priority: "urgent", tags: ["vip", "vip", "late"] })).body;
    expect(urgent.sla.firstResponse).toMatchObject({ targetMinutes: 30, dueAt: wall(friday, "10:30", "Africa/Dakar").toISOString() });
    expect(urgent.tags).toEqual(["vip", "late"]);
    const resolvedAt = wall(friday, "11:00", "Africa/Dakar");
    t.services.service.useClock(() => resolvedAt);
    const resolved = (await t.call("PATCH", `/api/v1/tickets/${ticket.id}`, { status: "resolved" })).body;
    expect(resolved).toMatchObject({ status: "resolved", resolvedAt: resolvedAt.toISOString() });
    expect(resolved.sla.resolution).toMatchObject({ at: resolvedAt.toISOString(), breached: false });
    expect(resolved.sla.paused).toBe(false);
    off();
    expect(seen.at(-1)).toEqual({ status: "resolved", previousStatus: "new" });
    const activity = (await t.call("GET", `/api/v1/tickets/${ticket.id}/activity`)).body;
    expect(activity.events.map((e: { kind: string }) => e.kind)).toEqual(["created", "priority", "tags", "status"]);
  });
});

describe("tickets from conversations, replies and macros", () => {
  let conversationId: string;

  it("makes a ticket of an inbox conversation once, routed in the conversation's language", async () => {
    t.services.service.useClock(null);
    const msg = await t.call("POST", "/api/v1/messages", { channel: "api", externalId: "svc-1", customer: { email: "lucia@example.es", name: "Lucía" }, text: "Hola, mi pedido llegó roto. ¿Pueden enviarme otro?" });
    await waitFor(async () => ((await t.call("GET", `/api/v1/messages/${msg.body.id}`)).body.state === "processed" ? true : undefined), 30_000, "message processed");
    conversationId = msg.body.conversationId;
    const first = await t.call("POST", `/api/v1/conversations/${conversationId}/ticket`, { reason: "asked for a replacement" });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ conversationId, language: "es", languageSource: "conversation", source: "conversation", sourceReason: "asked for a replacement", text: "Hola, mi pedido llegó roto. ¿Pueden enviarme otro?" });
    const again = await t.call("POST", `/api/v1/conversations/${conversationId}/ticket`);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    const viaService = await t.services.service.tickets.createFromConversation(conversationId, { reason: "bot gave up" });
    expect(viaService.id).toBe(first.body.id);
    const direct = await t.call("POST", "/api/v1/tickets", { conversationId, subject: "Again", text: "Again" });
    expect(direct.status).toBe(409);
    expect(direct.body.error.message).toContain(`#${first.body.number}`);

    // Concurrent hand-offs (a retried bot hook, a double click) end with one ticket.
    const other = await t.call("POST", "/api/v1/messages", { channel: "api", externalId: "svc-2", customer: { email: "joao@example.pt", name: "João" }, text: "Olá, a encomenda chegou partida." });
    const opened = await Promise.all([1, 2, 3].map(() => t.services.service.tickets.createFromConversation(other.body.conversationId, { reason: "race" })));
    expect(new Set(opened.map((o) => o.id)).size).toBe(1);
    expect((await t.call("GET", `/api/v1/tickets?conversationId=${other.body.conversationId}`)).body.total).toBe(1);
  });

  it("replies through the conversation in the customer's language; the first reply is the first response", async () => {
    const ticket = (await t.call("GET", `/api/v1/tickets?conversationId=${conversationId}`)).body.items[0];
    const res = await t.call("POST", `/api/v1/tickets/${ticket.id}/reply`, { text: "We will send a new one today.", status: "pending" });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ status: "pending" });
    expect(res.body.firstResponseAt).not.toBeNull();
    const messages = (await t.call("GET", `/api/v1/conversations/${conversationId}/messages`)).body.items;
    const out = messages.find((m: { direction: string }) => m.direction === "out");
    expect(out).toMatchObject({ original: { text: "We will send a new one today." }, translation: { to: "es", provenance: { engine: "apertium" } } });
    const note = await t.call("POST", `/api/v1/tickets/${ticket.id}/reply`, { text: "Customer is a reseller.", internal: true });
    expect(note.body.firstResponseAt).toBe(res.body.firstResponseAt);
    const activity = (await t.call("GET", `/api/v1/tickets/${ticket.id}/activity`)).body;
    expect(activity.comments.map((c: { kind: string; messageId: string | null }) => [c.kind, Boolean(c.messageId)])).toEqual([["reply", true], ["note", false]]);
  });

  it("drafts macro variants through the gateway and says which languages it cannot translate", async () => {
    const created = await t.call("POST", "/api/v1/macros", { name: "Replacement", body: "Hello {customerName}, we are sending you a replacement today.", translateTo: ["es", "ar"] });
    expect(created.status).toBe(201);
    expect(created.body.language).toBe("en");
    const es = created.body.variants.find((v: { language: string }) => v.language === "es");
    expect(es).toMatchObject({ origin: "machine", provenance: { engine: "apertium" }, stale: false });
    expect(es.body).toContain("{customerName}");
    expect(created.body.variants.find((v: { language: string }) => v.language === "ar")).toBeUndefined();
    const tr = await t.call("POST", `/api/v1/macros/${created.body.id}/translate`, { languages: ["ar", "es", "en"] });
    expect(tr.body.results).toEqual([
      expect.objectContaining({ language: "ar", status: "unavailable" }),
      expect.objectContaining({ language: "es", status: "translated" }),
      expect.objectContaining({ language: "en", status: "source" }),
    ]);
    expect(tr.body.results[0].message).toMatch(/ar/);
    const put = await t.call("PUT", `/api/v1/macros/${created.body.id}/variants/ar`, { body: "مرحبا {customerName}، سنرسل لك بديلا اليوم." });
    expect(put.body.variants.find((v: { language: string }) => v.language === "ar")).toMatchObject({ origin: "human" });
    const kept = await t.call("POST", `/api/v1/macros/${created.body.id}/translate`, { languages: ["ar"] });
    expect(kept.body.results[0].status).toBe("kept");
    const edited = await t.call("PATCH", `/api/v1/macros/${created.body.id}`, { body: "Hello {customerName}, a replacement leaves today." });
    expect(edited.body.variants.every((v: { stale: boolean }) => v.stale)).toBe(true);
    const listed = await t.call("GET", "/api/v1/macros?language=ar&q=replacement");
    expect(listed.body.items.map((m: { name: string }) => m.name)).toEqual(["Replacement"]);
  });
});
