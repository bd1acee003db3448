import type { Services } from "../../app.js";
import type { LanguageSkill, TicketPriority } from "../../modules/service/index.js";
import { isOpenAt } from "../../modules/service/index.js";
import { DEMO_ADMIN, DEMO_USERS } from "./demo-data.js";

// The service centre of the demo: four teams (Dakar, Cairo, Madrid, a machine-translation Global team),
// the demo users' languages, a few macros, and ~30 tickets routed by the real router — three weeks of
// history (replied and resolved at the times given, so SLA clocks and the service dashboard have data)
// plus tickets for the demo inbox conversations. Idempotent: what exists (by name / demo source) is skipped.

type Day = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
const weekdays = (days: string[], start: string, end: string) =>
  Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, days.includes(d) ? [{ start, end }] : []])) as Record<Day, Array<{ start: string; end: string }>>;
const MON_FRI = ["mon", "tue", "wed", "thu", "fri"];

const skill = (language: string, proficiency: LanguageSkill["proficiency"] = "native"): LanguageSkill => ({ language, proficiency });

const AGENT_LANGUAGES: Record<string, { languages: LanguageSkill[]; working: string }> = {
  [DEMO_ADMIN.email]: { languages: [skill("en")], working: "en" },
  "camille.laurent@mundo.example": { languages: [skill("fr"), skill("en", "fluent"), skill("es", "basic")], working: "fr" },
  "jonas.becker@mundo.example": { languages: [skill("de"), skill("en", "fluent"), skill("fr", "basic")], working: "de" },
  "layla.haddad@mundo.example": { languages: [skill("ar"), skill("fr", "fluent"), skill("en", "fluent")], working: "ar" },
  "li.na@mundo.example": { languages: [skill("zh"), skill("en", "fluent"), skill("ja", "basic")], working: "zh-CN" },
  "lucia.romero@mundo.example": { languages: [skill("es"), skill("ca"), skill("en", "fluent"), skill("pt", "fluent")], working: "es" },
  "ana.souza@mundo.example": { languages: [skill("pt"), skill("es", "fluent"), skill("en", "fluent")], working: "pt-BR" },
};

const TEAMS = [
  { name: "Dakar", languages: [skill("fr"), skill("wo")], timeZone: "Africa/Dakar", businessHours: weekdays(MON_FRI, "08:00", "17:00"), holidayCountry: "SN", members: ["camille.laurent@mundo.example", "layla.haddad@mundo.example"] },
  { name: "Cairo", languages: [skill("ar"), skill("fr", "fluent")], timeZone: "Africa/Cairo", businessHours: weekdays(["sun", "mon", "tue", "wed", "thu"], "09:00", "17:00"), holidayCountry: "EG", members: ["layla.haddad@mundo.example"] },
  { name: "Madrid", languages: [skill("es"), skill("ca"), skill("pt", "fluent")], timeZone: "Europe/Madrid", businessHours: weekdays(MON_FRI, "09:00", "18:00"), holidayCountry: "ES", members: ["lucia.romero@mundo.example", "ana.souza@mundo.example"] },
  { name: "Global", languages: [skill("en"), skill("de"), skill("zh", "fluent")], timeZone: "UTC", businessHours: weekdays([...MON_FRI, "sat", "sun"], "00:00", "24:00"), holidayCountry: null, mtAssisted: true, members: [DEMO_ADMIN.email, "jonas.becker@mundo.example", "li.na@mundo.example"] },
];

const MACROS = [
  { name: "Order delayed", body: "Hello {customerName}, thank you for your patience. Your order is on its way and should arrive within three days.", translateTo: ["es", "fr", "pt", "ar"] },
  { name: "Refund started", body: "Hello {customerName}, we have started your refund. You will see it on your account within five working days.", translateTo: ["es", "fr", "pt"] },
  { name: "Need order number", body: "Hello {customerName}, could you send us your order number so that we can check it?", translateTo: ["es", "fr", "ca", "it"] },
];
// Written by a person where no offline engine serves the pair (Arabic).
const HUMAN_VARIANTS: Record<string, Record<string, string>> = {
  "Order delayed": { ar: "مرحبًا {customerName}، شكرًا لصبرك. طلبك في الطريق ومن المفترض أن يصل خلال ثلاثة أيام." },
};

// History: country of a demo customer, what they wrote, and how it went (hours after creation).
interface HistoryTicket {
  country: string;
  subject: string;
  text: string;
  priority?: TicketPriority;
  daysAgo: number;
  hour: number; // UTC hour of creation
  /** Move the creation back to when this team is open, so the history shows it taking work. */
  openIn?: string;
  replyAfterH?: number;
  resolveAfterH?: number;
  reply?: string;
}
const HISTORY: HistoryTicket[] = [
  { country: "SN", openIn: "Dakar", subject: "Commande en retard", text: "Bonjour, ma commande de la semaine dernière n'est toujours pas arrivée à Dakar.", daysAgo: 20, hour: 9, replyAfterH: 1, resolveAfterH: 26, reply: "Your order is on its way; it should arrive within three days." },
  { country: "FR", openIn: "Dakar", subject: "Facture erronée", text: "Bonjour, le montant de ma facture ne correspond pas à ma commande. Pouvez-vous corriger ?", daysAgo: 18, hour: 10, replyAfterH: 2, resolveAfterH: 8, reply: "We have corrected the invoice and sent you the new one." },
  { country: "EG", openIn: "Cairo", subject: "تأخر الشحنة", text: "مرحبا، طلبي متأخر منذ أسبوع. متى سيصل؟", daysAgo: 17, hour: 8, replyAfterH: 3, resolveAfterH: 30 },
  { country: "SA", openIn: "Cairo", subject: "استرجاع المبلغ", text: "أريد استرجاع المبلغ لأن المنتج وصل تالفا.", priority: "high", daysAgo: 16, hour: 11, replyAfterH: 1, resolveAfterH: 6 },
  { country: "MX", openIn: "Madrid", subject: "Producto dañado", text: "Hola, el producto llegó dañado. ¿Me pueden enviar uno nuevo?", priority: "high", daysAgo: 15, hour: 15, replyAfterH: 1, resolveAfterH: 20, reply: "We are sending you a new one today." },
  { country: "ES", openIn: "Madrid", subject: "Cambio de dirección", text: "Buenos días, ¿puedo cambiar la dirección de entrega de mi pedido?", daysAgo: 14, hour: 8, replyAfterH: 2, resolveAfterH: 3, reply: "Yes, we have changed the address." },
  { country: "BR", openIn: "Madrid", subject: "Cor azul", text: "Olá! Vocês têm este modelo na cor azul? Quero comprar dois.", priority: "low", daysAgo: 13, hour: 13, replyAfterH: 5, resolveAfterH: 50, reply: "Yes, the blue model is in stock." },
  { country: "DE", subject: "Rechnung als PDF", text: "Guten Tag, bitte senden Sie mir die Rechnung als PDF. Danke!", daysAgo: 12, hour: 9, replyAfterH: 1, resolveAfterH: 2 },
  { country: "JP", subject: "配送について", text: "注文した商品がまだ届いていません。確認していただけますか。", daysAgo: 11, hour: 1, replyAfterH: 6, resolveAfterH: 30 },
  { country: "RU", subject: "Двойное списание", text: "Здравствуйте, с моей карты списали деньги дважды. Прошу вернуть.", priority: "urgent", daysAgo: 10, hour: 7, replyAfterH: 2, resolveAfterH: 9 },
  { country: "IT", subject: "Spedizione", text: "Buongiorno, la spedizione è in ritardo. Potete verificare?", daysAgo: 8, hour: 12, replyAfterH: 4, reply: "We are checking with the carrier." },
  { country: "CN", subject: "退货", text: "你好，我想退货，请问流程是什么？", daysAgo: 6, hour: 3, replyAfterH: 2 },
  { country: "MA", subject: "Livraison", text: "Bonjour, est-ce que vous livrez à Casablanca ? Merci.", priority: "low", daysAgo: 5, hour: 10, replyAfterH: 1, reply: "Yes, we deliver to Casablanca." },
  { country: "US", subject: "Wrong size", text: "Hi, I received the wrong size. Can I exchange it for a medium?", daysAgo: 4, hour: 16, replyAfterH: 1, resolveAfterH: 4, reply: "Of course, we are sending a medium today." },
  { country: "VN", subject: "Giá bán buôn", text: "Xin chào, cho tôi hỏi giá bán buôn cho 200 chiếc được không?", daysAgo: 3, hour: 4 },
  { country: "AE", subject: "طلب عاجل", text: "مرحبا، أحتاج الطلب قبل يوم الجمعة. هل هذا ممكن؟", priority: "urgent", daysAgo: 2, hour: 6 },
  { country: "SN", openIn: "Dakar", subject: "Remboursement", text: "Bonjour, je n'ai toujours pas reçu mon remboursement.", priority: "high", daysAgo: 1, hour: 18 },
  { country: "ES", openIn: "Madrid", subject: "Factura", text: "Bon dia, podeu enviar-me la factura de la meva comanda, si us plau?", daysAgo: 1, hour: 9, replyAfterH: 1, reply: "Here is your invoice." },
];

const HOUR = 3_600_000;

/** Seeds the service centre once; returns what it created. */
export async function seedDemoService(services: Services): Promise<{ teams: number; macros: number; tickets: number }> {
  const service = services.service;
  const users = new Map<string, { id: string; name: string }>();
  for (const u of [DEMO_ADMIN, ...DEMO_USERS]) {
    const row = await services.users.repo.findByEmail(u.email);
    if (row) users.set(u.email, { id: row.id, name: row.name });
  }
  const system = users.get(DEMO_ADMIN.email) ?? null;
  if (!system) return { teams: 0, macros: 0, tickets: 0 };
  for (const [email, a] of Object.entries(AGENT_LANGUAGES)) {
    const user = users.get(email);
    if (user) await service.agents.setLanguages(user.id, { languages: a.languages, workingLanguage: a.working }, null);
  }

  const existing = new Set((await service.teams.list()).items.map((t) => t.name));
  let teams = 0;
  for (const { members, ...team } of TEAMS) {
    if (existing.has(team.name)) continue;
    await service.teams.create({ ...team, members: members.map((m) => users.get(m)?.id).filter((id): id is string => Boolean(id)) });
    teams++;
  }

  const macroNames = new Set((await service.macros.list({ limit: 100, offset: 0 })).items.map((m) => m.name));
  let macros = 0;
  for (const m of MACROS) {
    if (macroNames.has(m.name)) continue;
    const created = await service.macros.create({ name: m.name, body: m.body, language: "en", translateTo: m.translateTo }, system.id);
    for (const [lang, body] of Object.entries(HUMAN_VARIANTS[m.name] ?? {})) await service.macros.putVariant(created.id, lang, body, system.id);
    macros++;
  }

  const teamIds = new Map((await service.teams.list()).items.map((t) => [t.name, t.id]));
  let tickets = 0;
  const already = await service.tickets.list({ q: undefined, limit: 1, offset: 0 });
  if (already.total === 0) {
    const now = Date.now();
    const byCountry = new Map<string, number>();
    for (const h of HISTORY) {
      const nth = byCountry.get(h.country) ?? 0;
      byCountry.set(h.country, nth + 1);
      const customer = (await services.customers.list({ country: h.country, limit: 5, offset: 0 })).items[nth % 5];
      if (!customer) continue;
      const day = new Date(now - h.daysAgo * 24 * HOUR);
      let at = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), h.hour, 17));
      const team = h.openIn ? teamIds.get(h.openIn) : undefined;
      if (team) {
        const calendar = await service.teams.calendar(team);
        for (let i = 0; i < 24 * 7 && !isOpenAt(at, calendar); i++) at = new Date(at.getTime() - HOUR);
      }
      const ticket = await service.tickets.create({ customerId: customer.id, subject: h.subject, text: h.text, priority: h.priority }, { actor: null, source: "demo", at });
      tickets++;
      const agent = ticket.assignee ?? system;
      if (h.replyAfterH !== undefined) {
        await service.tickets.reply(ticket.id, agent, { text: h.reply ?? "Thank you, we are looking into it.", status: "pending" }, { at: new Date(at.getTime() + h.replyAfterH * HOUR) });
      }
      if (h.resolveAfterH !== undefined) {
        await service.tickets.update(ticket.id, { status: "resolved" }, agent, { at: new Date(at.getTime() + h.resolveAfterH * HOUR) });
      }
    }
    // The demo inbox's conversations become tickets now, routed by today's hours and load.
    const conversations = await services.messages.conversations.list({ limit: 50, offset: 0 });
    for (const c of conversations.items) {
      if (c.customerId) {
        await service.tickets.createFromConversation(c.id, { reason: "opened from the demo inbox" }, { actor: null, source: "conversation" });
        tickets++;
      }
    }
  }
  return { teams, macros, tickets };
}
