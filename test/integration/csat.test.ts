import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmailSender } from "../../src/modules/email/index.js";
import { startCaptureSmtp } from "../support/mail-servers.js";
import { createTestApp, type TestApp, translationConfig } from "../support/test-app.js";
import { waitFor } from "../support/wait-for.js";

// CSAT/NPS end to end: resolving tickets sends surveys in the customers' languages to a real SMTP server;
// customers answer on the public page (form post) and through the JSON API; the service metrics show the
// answers per language and per team.

const PUBLIC_URL = "https://support.mundo.test";
const ALWAYS = Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, [{ start: "00:00", end: "24:00" }]]));

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startCaptureSmtp>>;
let spainTeam: string;

beforeAll(async () => {
  smtp = await startCaptureSmtp();
  t = await createTestApp({
    translation: translationConfig({ MUNDO_TRANSLATION_ENGINES: "apertium" }),
    mailer: createEmailSender({ transport: { host: "127.0.0.1", port: smtp.port, secure: false, ignoreTLS: true }, from: "Mundo <mundo@test.example>" }),
  });
  const team = await t.call("POST", "/api/v1/teams", { name: "Soporte España", languages: [{ language: "es", proficiency: "native" }], timeZone: "Europe/Madrid", businessHours: ALWAYS });
  expect(team.status).toBe(201);
  spainTeam = team.body.id;
  // Survey links use the workspace's public address.
  expect((await t.call("PATCH", "/api/v1/settings", { publicUrl: `${PUBLIC_URL}/` })).body).toMatchObject({ publicUrl: PUBLIC_URL });
  expect((await t.call("GET", "/api/v1/surveys/settings")).body).toMatchObject({ enabled: true, expiresDays: 30 });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

async function customer(name: string, email: string | null, preferredLanguages: string[]) {
  const res = await t.call("POST", "/api/v1/customers", { name, preferredLanguages, ...(email ? { emails: [email] } : {}) });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

/** A ticket in `language`, resolved; returns its id once its survey is sent. */
async function resolvedTicket(customerId: string, subject: string, language: string) {
  const created = await t.call("POST", "/api/v1/tickets", { customerId, subject, text: `${subject}.`, language });
  expect(created.status).toBe(201);
  const resolved = await t.call("PATCH", `/api/v1/tickets/${created.body.id}`, { status: "resolved" });
  expect(resolved.body.status).toBe("resolved");
  const survey = await waitFor(async () => {
    const res = await t.call("GET", `/api/v1/surveys?ticketId=${created.body.id}`);
    const s = res.body.items[0];
    return s && s.email.status !== "pending" && s.chat.status !== "pending" ? s : undefined;
  }, 30_000, `survey of ${subject}`);
  return { ticketId: created.body.id as string, survey };
}

const mailTo = (address: string) => waitFor(async () => smtp.received.find((m) => m.envelopeTo.includes(address)), 20_000, `mail to ${address}`);
const tokenIn = (text: string) => /\/survey\/([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? "";

const tickets: Record<string, { ticketId: string; survey: any; token: string }> = {};

describe("surveys after resolved tickets", () => {
  it("emails a Spanish survey in Spanish, with one-click ratings, to a real SMTP server", async () => {
    const maria = await customer("María López", "maria@example.es", ["es"]);
    const { ticketId, survey } = await resolvedTicket(maria, "Reembolso del pedido <b>4711</b>", "es");
    expect(survey).toMatchObject({ language: "es", textSource: "written", email: { status: "sent", to: "maria@example.es" }, chat: { status: "skipped" }, response: null, teamId: spainTeam });
    expect(survey.chat.note).toBe("the ticket has no conversation");
    expect(survey.url).toMatch(new RegExp(`^${PUBLIC_URL}/survey/[A-Za-z0-9_-]{30,}$`));

    const mail = await mailTo("maria@example.es");
    expect(mail.parsed.subject).toBe("¿Qué tal lo hicimos? Reembolso del pedido <b>4711</b>");
    expect(mail.parsed.text).toContain("Hola, María López:");
    expect(mail.parsed.text).toContain("Su solicitud «Reembolso del pedido <b>4711</b>» se ha resuelto.");
    expect(mail.parsed.text).toContain(`5 – Muy satisfecho: ${survey.url}?csat=5`);
    // The HTML part names its language and escapes the subject.
    expect(mail.parsed.html).toContain('<html lang="es" dir="ltr">');
    expect(mail.parsed.html).toContain("Reembolso del pedido &lt;b&gt;4711&lt;/b&gt;");
    tickets.es1 = { ticketId, survey, token: tokenIn(String(mail.parsed.text)) };
    expect(tickets.es1.token).toBe(survey.url.split("/").pop());
  });

  it("sends French, Arabic and a second Spanish survey; skips email without an address and says why", async () => {
    const pierre = await customer("Pierre Martin", "pierre@example.fr", ["fr"]);
    const fr = await resolvedTicket(pierre, "Colis abîmé", "fr");
    const frMail = await mailTo("pierre@example.fr");
    expect(frMail.parsed.subject).toBe("Votre avis compte : Colis abîmé");
    tickets.fr = { ...fr, token: tokenIn(String(frMail.parsed.text)) };

    const layla = await customer("ليلى حسن", "layla@example.ae", ["ar"]);
    const ar = await resolvedTicket(layla, "استرجاع المبلغ", "ar");
    const arMail = await mailTo("layla@example.ae");
    expect(arMail.parsed.html).toContain('<html lang="ar" dir="rtl">');
    tickets.ar = { ...ar, token: tokenIn(String(arMail.parsed.text)) };

    const carlos = await customer("Carlos Ruiz", null, ["es"]);
    const es2 = await resolvedTicket(carlos, "Cambio de talla", "es");
    expect(es2.survey.email).toEqual({ status: "skipped", note: "the customer has no email address", to: null });
    tickets.es2 = { ...es2, token: es2.survey.url.split("/").pop() };
  });

  it("machine-translates the survey for a language without written text, else sends English with the reason", async () => {
    const jordi = await customer("Jordi Puig", "jordi@example.cat", ["ca"]);
    const ca = await resolvedTicket(jordi, "Factura", "ca");
    expect(ca.survey).toMatchObject({ language: "ca", textSource: "machine", textNote: null });
    const caMail = await mailTo("jordi@example.cat");
    expect(caMail.parsed.text).not.toContain("How satisfied are you");

    const minji = await customer("김민지", "minji@example.kr", ["ko"]);
    const ko = await resolvedTicket(minji, "환불", "ko");
    expect(ko.survey).toMatchObject({ language: "ko", textSource: "english" });
    expect(ko.survey.textNote).toMatch(/No written Korean text and no machine translation/);
    const koMail = await mailTo("minji@example.kr");
    expect(koMail.parsed.subject).toBe("How did we do? 환불");
  });

  it("posts the survey in the chat widget of a chat conversation, without reopening it", async () => {
    const m = await t.call("POST", "/api/v1/messages", {
      channel: "chat",
      externalId: "csat-chat-1",
      threadId: "csat-visitor-000000000001",
      customer: { handle: "chat:csat-visitor-000000000001", name: "João Silva" },
      text: "Olá! A minha encomenda chegou partida e a caixa estava molhada. Podem ajudar-me com a troca, por favor?",
    });
    expect(m.status).toBe(201);
    await waitFor(async () => (await t.call("GET", `/api/v1/messages/${m.body.id}`)).body.state === "processed", 30_000, "chat message processed");
    const conversationId = m.body.conversationId as string;
    const ticket = await t.call("POST", `/api/v1/conversations/${conversationId}/ticket`, {});
    expect(ticket.body).toMatchObject({ conversationId, language: "pt" });
    await t.call("PATCH", `/api/v1/conversations/${conversationId}`, { status: "closed" });
    await t.call("PATCH", `/api/v1/tickets/${ticket.body.id}`, { status: "resolved" });
    const survey = await waitFor(async () => {
      const s = (await t.call("GET", `/api/v1/surveys?ticketId=${ticket.body.id}`)).body.items[0];
      return s && s.chat.status !== "pending" && s.email.status !== "pending" ? s : undefined;
    }, 30_000, "chat survey");
    expect(survey).toMatchObject({ language: "pt", chat: { status: "sent", messageId: expect.any(String) }, email: { status: "skipped", note: "the customer has no email address" } });
    const out = (await t.call("GET", `/api/v1/conversations/${conversationId}/messages`)).body.items.filter((x: any) => x.direction === "out");
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ id: survey.chat.messageId, authorId: null, language: "pt", delivery: "sent" });
    expect(out[0].original.text).toBe(`A sua solicitação foi resolvida. Como foi o nosso atendimento? Avalie aqui: ${survey.url}`);
    expect((await t.services.messages.repo.findById(out[0].id))?.metadata).toMatchObject({ bot: true, kind: "csat-survey", surveyId: survey.id });
    expect((await t.call("GET", `/api/v1/conversations/${conversationId}`)).body.status).toBe("closed");
  });

  it("sends one survey per ticket, even when it is resolved again", async () => {
    const { ticketId } = tickets.es1!;
    await t.call("PATCH", `/api/v1/tickets/${ticketId}`, { status: "open" });
    await t.call("PATCH", `/api/v1/tickets/${ticketId}`, { status: "resolved" });
    // The second resolution queues a job again (after the first one ran, so it is not a waiting duplicate).
    const key = () => t.db.database.db.selectFrom("jobs").select("state").where("name", "=", "csat.send-survey").where("singleton_key", "=", ticketId).execute();
    await waitFor(async () => {
      const jobs = await key();
      return jobs.length === 2 && jobs.every((j) => j.state === "completed");
    }, 20_000, "second survey job");
    expect((await t.call("GET", `/api/v1/surveys?ticketId=${ticketId}`)).body.total).toBe(1);
    expect(smtp.received.filter((m) => m.envelopeTo.includes("maria@example.es"))).toHaveLength(1);
  });
});

describe("the public survey page and API", () => {
  const page = (token: string, headers: Record<string, string> = {}) => t.app.inject({ method: "GET", url: `/survey/${token}`, headers });
  const post = (token: string, form: Record<string, string>) =>
    t.app.inject({ method: "POST", url: `/survey/${token}`, headers: { "content-type": "application/x-www-form-urlencoded" }, payload: new URLSearchParams(form).toString() });

  it("renders in the customer's language, escaped, right-to-left for Arabic, with no script", async () => {
    const es = await page(tickets.es1!.token);
    expect(es.statusCode).toBe(200);
    expect(es.headers["content-type"]).toMatch(/^text\/html/);
    expect(es.body).toContain('<html lang="es" dir="ltr">');
    expect(es.body).toContain("¿Qué tan satisfecho está con la ayuda que recibió?");
    expect(es.body).toContain("Reembolso del pedido &lt;b&gt;4711&lt;/b&gt;");
    expect(es.body).not.toContain("<b>4711</b>");
    expect(es.body).not.toMatch(/<script/i);
    expect(es.body.match(/name="csat"/g)).toHaveLength(5);
    expect(es.body.match(/name="nps"/g)).toHaveLength(11);
    // A rating link from the email pre-selects without recording anything.
    const preselected = await page(`${tickets.es1!.token}?csat=4`);
    expect(preselected.body).toContain('value="4" required checked');
    expect((await t.call("GET", `/api/v1/surveys?ticketId=${tickets.es1!.ticketId}`)).body.items[0].response).toBeNull();

    const ar = await page(tickets.ar!.token);
    expect(ar.body).toContain('<html lang="ar" dir="rtl">');
    expect(ar.body).toContain("ما مدى رضاك عن المساعدة التي تلقيتها؟");
  });

  it("takes one answer from the form: 400 re-renders without a rating, 200 thanks, then 409", async () => {
    const missing = await post(tickets.fr!.token, { comment: "Rapide <i>merci</i>" });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain("Veuillez choisir une note de 1 à 5.");
    expect(missing.body).toContain("Rapide &lt;i&gt;merci&lt;/i&gt;");

    const ok = await post(tickets.fr!.token, { csat: "3", nps: "", comment: "Livraison lente" });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain("Merci ! Votre réponse a bien été enregistrée.");
    const again = await post(tickets.fr!.token, { csat: "5" });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain("Vous avez déjà répondu à ce questionnaire.");
    const stored = (await t.call("GET", `/api/v1/surveys?ticketId=${tickets.fr!.ticketId}`)).body.items[0].response;
    expect(stored).toMatchObject({ csat: 3, nps: null, comment: "Livraison lente", via: "page", language: "fr", ticketId: tickets.fr!.ticketId });
  });

  it("takes one answer through the JSON API, public and token-authenticated: 201, 409, 400, 404", async () => {
    const first = await t.call("POST", `/api/v1/surveys/${tickets.es1!.token}/responses`, { csat: 5, nps: 10, comment: "¡Muy rápidos!" }, null);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ csat: 5, nps: 10, language: "es", teamId: spainTeam, via: "api" });
    expect((await t.call("POST", `/api/v1/surveys/${tickets.es1!.token}/responses`, { csat: 1 }, null)).status).toBe(409);
    expect((await t.call("POST", `/api/v1/surveys/${tickets.es2!.token}/responses`, { csat: 6 }, null)).body.error).toMatchObject({ code: "VALIDATION_FAILED", field: "csat" });
    expect((await t.call("POST", `/api/v1/surveys/${"x".repeat(32)}/responses`, { csat: 4 }, null)).status).toBe(404);
    expect((await t.call("POST", `/api/v1/surveys/${tickets.es2!.token}/responses`, { csat: 4, nps: 6 }, null)).status).toBe(201);
    expect((await page(tickets.es1!.token)).body).toContain("Esta encuesta ya se ha respondido.");
    expect((await page("not-a-real-survey-token-000", { "accept-language": "de-AT,de;q=0.9" })).body).toContain("Dieser Umfrage-Link ist ungültig.");
  });

  it("answers 410 once a survey has expired", async () => {
    await t.db.database.db.updateTable("surveys").set({ expires_at: new Date(Date.now() - 60_000) }).where("ticket_id", "=", tickets.ar!.ticketId).execute();
    expect((await t.call("POST", `/api/v1/surveys/${tickets.ar!.token}/responses`, { csat: 4 }, null)).status).toBe(410);
    const expired = await page(tickets.ar!.token);
    expect(expired.statusCode).toBe(410);
    expect(expired.body).toContain("انتهت صلاحية هذا الاستبيان.");
    expect((await t.call("GET", "/api/v1/surveys?status=expired")).body.items.map((s: any) => s.ticketId)).toContain(tickets.ar!.ticketId);
  });
});

describe("CSAT on the service metrics", () => {
  it("shows CSAT averages and counts per language", async () => {
    const res = await t.call("GET", "/api/v1/service-metrics?groupBy=language");
    expect(res.status).toBe(200);
    const byKey = Object.fromEntries(res.body.groups.map((g: any) => [g.key, g]));
    expect(byKey.es.csat).toEqual({ average: 4.5, responses: 2, satisfiedShare: 1 });
    expect(byKey.es.nps).toMatchObject({ score: 0, responses: 2, promoters: 1, detractors: 1 });
    expect(byKey.es.tickets).toBe(2);
    expect(byKey.fr.csat).toEqual({ average: 3, responses: 1, satisfiedShare: 0 });
    expect(byKey.ar.csat.responses).toBe(0);
    expect(res.body.totals.csat).toMatchObject({ average: 4, responses: 3 });
    expect(res.body.timeBasis).toBe("business");
    const thisWeek = res.body.totals.weekly.at(-1);
    expect(thisWeek).toMatchObject({ csatResponses: 3, csatAverage: 4 });
  });

  it("groups by team, and exports the same numbers as CSV", async () => {
    const res = await t.call("GET", "/api/v1/service-metrics?groupBy=team");
    const spain = res.body.groups.find((g: any) => g.key === spainTeam);
    // Routing also gives the team related languages (Portuguese, Catalan): count what it got.
    const routed = (await t.call("GET", `/api/v1/tickets?teamId=${spainTeam}&limit=100`)).body.total;
    expect(routed).toBeGreaterThanOrEqual(2);
    expect(spain).toMatchObject({ label: "Soporte España", tickets: routed, csat: { average: 4.5, responses: 2 } });
    expect(spain.resolution.count).toBe(routed);
    expect(res.body.groups.find((g: any) => g.key === "none").csat).toMatchObject({ average: 3, responses: 1 });

    const csv = await t.app.inject({ method: "GET", url: "/api/v1/service-metrics/export.csv?groupBy=team", headers: { authorization: `Bearer ${t.adminToken}` } });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = csv.body.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toMatch(/^group_by,key,label,tickets,/);
    expect(lines.find((l) => l.startsWith(`team,${spainTeam},Soporte España,${spain.tickets},`))).toMatch(/,4\.5,2,100,/);
    expect(lines.at(-2)).toMatch(/^team,total,Total,/);
  });

  it("validates the period and needs a signed-in user", async () => {
    expect((await t.call("GET", "/api/v1/service-metrics?from=2026-05-01&to=2026-04-01")).body.error).toMatchObject({ field: "from" });
    expect((await t.call("GET", "/api/v1/service-metrics?groupBy=country")).status).toBe(400);
    expect((await t.call("GET", "/api/v1/service-metrics", undefined, null)).status).toBe(401);
    const past = await t.call("GET", "/api/v1/service-metrics?from=2020-01-01&to=2020-01-31");
    expect(past.body).toMatchObject({ groups: [], totals: { tickets: 0, csat: { responses: 0, average: null } } });
    expect(past.body.totals.weekly[0].week).toBe("2019-12-30");
  });
});

describe("demo survey answers", () => {
  it("answers most unanswered surveys of resolved tickets once, and adds nothing when run again", async () => {
    const { seedDemoCsat } = await import("../../src/db/seed/demo-csat.js");
    // Tickets resolved while surveys were off have none yet: the seed creates them.
    await t.call("PUT", "/api/v1/surveys/settings", { enabled: false });
    const surveyJobs = () => t.db.database.db.selectFrom("jobs").select("state").where("name", "=", "csat.send-survey").execute();
    const queued = (await surveyJobs()).length;
    const ana = await customer("Ana Torres", null, ["es"]);
    for (const subject of ["Talla", "Color", "Envío"]) {
      const created = await t.call("POST", "/api/v1/tickets", { customerId: ana, subject, text: subject, language: "es" });
      await t.call("PATCH", `/api/v1/tickets/${created.body.id}`, { status: "resolved" });
    }
    // The jobs are queued after the request answers (the event follows the commit): wait for all three to run.
    await waitFor(async () => {
      const jobs = await surveyJobs();
      return jobs.length === queued + 3 && jobs.every((j) => j.state === "completed");
    }, 20_000, "survey jobs");
    await t.call("PUT", "/api/v1/surveys/settings", { enabled: true });
    const before = (await t.call("GET", "/api/v1/surveys?status=answered")).body.total;
    const first = await seedDemoCsat(t.services);
    expect(first.surveys).toBe(3);
    expect(first.responses).toBeGreaterThan(0);
    const after = (await t.call("GET", "/api/v1/surveys?status=answered")).body.total;
    expect(after - before).toBe(first.responses);
    expect(await seedDemoCsat(t.services)).toEqual({ surveys: 0, responses: 0 });
    const answered = (await t.call("GET", "/api/v1/surveys?status=answered&limit=100")).body.items;
    for (const s of answered) expect(s.response.csat).toBeGreaterThanOrEqual(1);
  });
});
