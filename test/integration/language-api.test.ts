import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, translationConfig } from "../support/test-app.js";

// Real Apertium (Debian's apertium-apy, supervised by Mundo on 127.0.0.1) behind the gateway.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ translation: translationConfig({ MUNDO_TRANSLATION_ENGINES: "apertium", MUNDO_TM_FUZZY_THRESHOLD: "0.8" }) });
});
afterAll(() => t.close());

const translate = (body: object) => t.call("POST", "/api/v1/language/translate", body);

describe("translation gateway over Apertium", () => {
  it("lists Apertium as an offline engine with its direct pairs and the pivots they allow", async () => {
    const res = await t.call("GET", "/api/v1/language/engines");
    expect(res.status).toBe(200);
    const apertium = res.body.engines.find((e: { id: string }) => e.id === "apertium");
    expect(apertium).toMatchObject({ status: "up", offline: true });
    const pairs = apertium.pairs.map((p: { from: string; to: string }) => `${p.from}>${p.to}`);
    for (const pair of ["en>es", "es>en", "fr>es", "es>pt"]) expect(pairs).toContain(pair);
    expect(res.body.pivots).toContainEqual(expect.objectContaining({ from: "fr", to: "en", via: "es" }));
  });

  it("translates en→es, es→en, fr→es and es→pt directly", async () => {
    const cases = [
      { from: "en", to: "es", text: "The house is big.", expect: /casa/i },
      { from: "es", to: "en", text: "La casa es grande.", expect: /house/i },
      { from: "fr", to: "es", text: "La maison est grande.", expect: /casa/i },
      { from: "es", to: "pt", text: "La casa es grande.", expect: /casa/i },
    ];
    for (const c of cases) {
      const res = await translate({ text: c.text, from: c.from, to: c.to });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const [tr] = res.body.translations;
      expect(tr.text).toMatch(c.expect);
      expect(tr.provenance).toMatchObject({ engine: "apertium" });
      expect(tr.provenance.pivot).toBeUndefined();
    }
  });

  it("translates fr→en through Spanish and says so; the second identical request comes from memory", async () => {
    const body = { text: "Le chat est noir.", from: "fr", to: "en" };
    const first = (await translate(body)).body.translations[0];
    expect(first.text).toMatch(/cat/i);
    expect(first.provenance).toMatchObject({ engine: "apertium", pivot: "es" });
    expect(first.provenance.tmMatch).toBeUndefined();
    const second = (await translate(body)).body.translations[0];
    expect(second).toMatchObject({ text: first.text, provenance: { engine: "apertium", pivot: "es", tmMatch: "exact", score: 1 } });
  });

  it("leaves the memory untouched when asked not to remember (anonymous help-centre searches)", async () => {
    const gateway = t.services.language;
    const req = { texts: ["La casa es verde."], from: "es", to: "en", format: "text" as const };
    const [first] = await gateway.translate({ ...req, remember: false });
    expect(first && "text" in first ? first.provenance.engine : null).toBe("apertium");
    const [again] = await gateway.translate(req);
    // Not from memory: the first translation was not saved.
    expect(again && "text" in again ? again.provenance.tmMatch : "missing").toBeUndefined();
  });

  it("detects the source language when none is given", async () => {
    const [tr] = (await translate({ text: "¿Dónde está mi pedido? Lo necesito para el lunes.", to: "en" })).body.translations;
    expect(tr.from).toBe("es");
    expect(tr.text).toMatch(/Monday/);
  });

  it("answers 422 naming the pair when no engine serves it, and marks the failing entry in a batch", async () => {
    const res = await translate({ text: "こんにちは、注文について質問があります。", from: "ja", to: "de" });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("TRANSLATION_UNAVAILABLE");
    expect(res.body.error.message).toContain("ja→de");
    const batch = await translate({ texts: ["The dog runs.", "犬が走る。"], to: "es" });
    expect(batch.status).toBe(200);
    expect(batch.body.translations[0].text).toMatch(/perro/i);
    expect(batch.body.translations[1]).toMatchObject({ from: "ja", error: { code: "TRANSLATION_UNAVAILABLE" } });
    expect(batch.body.translations[1].text).toBeUndefined();
  });

  it("keeps placeholders, URLs, emails and numbers intact", async () => {
    const text = "Hello {name}, your order 12345 of %s is at https://shop.example/o?id=7 and {count, plural, one {# box} other {# boxes}} wait; write to help@shop.example.";
    const [tr] = (await translate({ text, from: "en", to: "es" })).body.translations;
    for (const kept of ["{name}", "12345", "%s", "https://shop.example/o?id=7", "{count, plural, one {# box} other {# boxes}}", "help@shop.example"]) {
      expect(tr.text).toContain(kept);
    }
    expect(tr.text).toMatch(/Hola/);
  });

  it("keeps HTML tags and attributes intact in html format", async () => {
    const html = '<p class="lead">Hello <a href="https://shop.example/help" title="Help centre">dear friend</a>, the house is big.</p>';
    const [tr] = (await translate({ text: html, from: "en", to: "es", format: "html" })).body.translations;
    expect(tr.text).toMatch(/^<p class="lead">/);
    expect(tr.text).toContain('<a href="https://shop.example/help" title="Help centre">');
    expect(tr.text).toContain("</a>");
    expect(tr.text).toMatch(/casa/);
  });
});

describe("glossary and translation memory", () => {
  it("never translates do-not-translate terms and applies forced translations", async () => {
    expect((await t.call("POST", "/api/v1/language/glossary", { term: "Blue Harbor", kind: "keep" })).status).toBe(201);
    const forced = await t.call("POST", "/api/v1/language/glossary", { term: "order", sourceLanguage: "en", kind: "translate", translations: { es: "pedido" } });
    expect(forced.status).toBe(201);
    const [tr] = (await translate({ text: "Blue Harbor shipped your order today.", from: "en", to: "es" })).body.translations;
    expect(tr.text).toContain("Blue Harbor");
    expect(tr.text).toContain("pedido");
    const dup = await t.call("POST", "/api/v1/language/glossary", { term: "order", sourceLanguage: "en", kind: "keep" });
    expect(dup.status).toBe(409);
    const bad = await t.call("POST", "/api/v1/language/glossary", { term: "x", kind: "translate" });
    expect(bad.body.error.field).toBe("translations");
  });

  it("prefers a human-approved entry over machine output, exactly and fuzzily, but not across different numbers", async () => {
    const human = await t.call("POST", "/api/v1/language/memory", {
      sourceLanguage: "en",
      targetLanguage: "es",
      source: "Thank you for shopping with us today",
      target: "Gracias por comprar con nosotros hoy",
    });
    expect(human.status).toBe(201);
    expect(human.body).toMatchObject({ origin: "human", approved: true });
    const exact = (await translate({ text: "Thank you for shopping with us today", from: "en", to: "es" })).body.translations[0];
    expect(exact).toMatchObject({ text: "Gracias por comprar con nosotros hoy", provenance: { tmMatch: "exact", approved: true, score: 1 } });
    const fuzzy = (await translate({ text: "Thank you for shopping with us today!", from: "en", to: "es" })).body.translations[0];
    expect(fuzzy.provenance.tmMatch).toBe("fuzzy");
    expect(fuzzy.provenance.score).toBeGreaterThanOrEqual(0.8);
    expect(fuzzy.text).toBe("Gracias por comprar con nosotros hoy");

    await t.call("POST", "/api/v1/language/memory", { sourceLanguage: "en", targetLanguage: "es", source: "Your parcel 1111 has shipped", target: "Tu paquete 1111 ha salido" });
    const other = (await translate({ text: "Your parcel 2222 has shipped", from: "en", to: "es" })).body.translations[0];
    expect(other.provenance.tmMatch).toBeUndefined();
    expect(other.text).toContain("2222");
  });

  it("stores machine translations as machine entries an agent can correct into human ones", async () => {
    await translate({ text: "The garden is green.", from: "en", to: "es" });
    const list = await t.call("GET", "/api/v1/language/memory?from=en&to=es&origin=machine&q=garden");
    expect(list.body.total).toBe(1);
    const entry = list.body.items[0];
    expect(entry).toMatchObject({ origin: "machine", approved: false, engine: "apertium" });
    const fixed = await t.call("PATCH", `/api/v1/language/memory/${entry.id}`, { target: "El jardín está verde." });
    expect(fixed.body).toMatchObject({ origin: "human", approved: true, target: "El jardín está verde." });
    const [tr] = (await translate({ text: "The garden is green.", from: "en", to: "es" })).body.translations;
    expect(tr.text).toBe("El jardín está verde.");
  });

  it("exports TMX and imports it back", async () => {
    const exported = await t.app.inject({ method: "GET", url: "/api/v1/language/memory/export?from=en&to=es", headers: { authorization: `Bearer ${t.adminToken}` } });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers["content-type"]).toContain("application/x-tmx+xml");
    expect(exported.body).toContain('<tmx version="1.4">');
    expect(exported.body).toContain("<seg>Gracias por comprar con nosotros hoy</seg>");
    const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="de" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/>
<body><tu><tuv xml:lang="de"><seg>Wo ist meine Bestellung?</seg></tuv><tuv xml:lang="en"><seg>Where is my order?</seg></tuv><tuv xml:lang="fr"><seg>Où est ma commande&#160;?</seg></tuv></tu>
<tu><tuv xml:lang="de"><seg>Vielen <bpt i="1">&lt;b&gt;</bpt>Dank<ept i="1">&lt;/b&gt;</ept></seg></tuv><tuv xml:lang="en"><seg>Thanks a lot</seg></tuv></tu></body></tmx>`;
    const imported = await t.call("POST", "/api/v1/language/memory/import", { tmx });
    expect(imported).toEqual({ status: 200, body: { imported: 3 } });
    const [tr] = (await translate({ text: "Wo ist meine Bestellung?", from: "de", to: "fr" })).body.translations;
    expect(tr).toMatchObject({ text: "Où est ma commande\u00a0?", provenance: { tmMatch: "exact", approved: true } });
    // Our own export re-imported keeps each entry's origin: no duplicates, human stays human.
    const before = (await t.call("GET", "/api/v1/language/memory?limit=100")).body;
    const again = await t.call("POST", "/api/v1/language/memory/import", { tmx: exported.body });
    expect(again.body.imported).toBeGreaterThan(0);
    const after = (await t.call("GET", "/api/v1/language/memory?limit=100")).body;
    expect(after.total).toBe(before.total);
    const origins = (list: { items: Array<{ id: string; origin: string }> }) => Object.fromEntries(list.items.map((i) => [i.id, i.origin]));
    expect(origins(after)).toEqual(origins(before));
    const broken = await t.call("POST", "/api/v1/language/memory/import", { tmx: "<tmx><body><tu>" });
    expect(broken.status).toBe(400);
  });
});

describe("detection and sentiment endpoints", () => {
  it("detects single texts and batches", async () => {
    const one = await t.call("POST", "/api/v1/language/detect", { text: "Мой заказ до сих пор не пришёл." });
    expect(one.body).toMatchObject({ language: "ru" });
    expect(one.body.confidence).toBeGreaterThan(0.5);
    const many = await t.call("POST", "/api/v1/language/detect", { texts: ["Où est ma commande ?", "12345"] });
    expect(many.body.results.map((r: { language: string }) => r.language)).toEqual(["fr", "und"]);
    expect((await t.call("POST", "/api/v1/language/detect", {})).status).toBe(400);
  });

  it("reads sentiment by lexicon and says unknown where no method applies", async () => {
    const neg = await t.call("POST", "/api/v1/language/sentiment", { text: "Ужасный сервис, посылка пришла разбитой, я очень зол." });
    expect(neg.body).toMatchObject({ label: "negative", language: "ru", method: "lexicon" });
    const unknown = await t.call("POST", "/api/v1/language/sentiment", { text: "ამანათი გატეხილი მოვიდა", language: "ka" });
    expect(unknown.body).toMatchObject({ label: "unknown", method: "none" });
    expect(unknown.body.reason).toBeTruthy();
  });
});
