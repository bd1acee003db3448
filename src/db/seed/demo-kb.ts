import type { Services } from "../../app.js";
import { slugify } from "../../modules/kb/index.js";
import { AppError } from "../../shared/app-error.js";

// Knowledge-base articles for the demo, published in several languages, so cross-language search
// and the help centre (/help/en, /help/de, /help/zh-CN…) have something to find. The German refund
// policy is a PDF generated here with pdf-lib (installed by `npm ci` with the dev dependencies);
// without pdf-lib the PDF is left out and said so.

interface DemoVersion {
  language: string;
  title: string;
  body: string;
}
interface DemoArticle {
  title: string;
  tags: string[];
  versions: DemoVersion[];
  pdf?: DemoVersion;
}

const ARTICLES: DemoArticle[] = [
  {
    title: "Refund policy",
    tags: ["billing", "returns"],
    versions: [
      {
        language: "en",
        title: "Refund policy",
        body: "You can ask for a refund within 30 days of delivery.\n\nSend the item back in its original packaging. As soon as it reaches our warehouse we pay the full price back to the payment method you used; the money arrives within 5 business days.\n\nLarge appliances are collected from your home free of charge.",
      },
      {
        language: "es",
        title: "Política de reembolso",
        body: "Puede solicitar un reembolso en un plazo de 30 días desde la entrega.\n\nDevuelva el artículo en su embalaje original. En cuanto llegue a nuestro almacén le reembolsamos el precio completo con el mismo medio de pago; el dinero llega en 5 días hábiles.\n\nLos electrodomésticos grandes se recogen gratis en su domicilio.",
      },
    ],
    pdf: {
      language: "de",
      title: "Rückerstattungsrichtlinie",
      body: "Sie können innerhalb von 30 Tagen nach der Lieferung eine Rückerstattung verlangen.\n\nSenden Sie den Artikel in der Originalverpackung zurück. Sobald er in unserem Lager eintrifft, erstatten wir den vollen Kaufpreis auf das verwendete Zahlungsmittel; das Geld ist innerhalb von 5 Werktagen bei Ihnen.\n\nGroßgeräte holen wir kostenlos bei Ihnen zu Hause ab.",
    },
  },
  {
    title: "Shipping times",
    tags: ["delivery"],
    versions: [
      { language: "en", title: "Shipping times", body: "Orders leave our warehouse within two business days.\n\nDelivery takes 3–5 days in Europe and up to 10 days to other countries. You receive a tracking link by email as soon as the parcel ships." },
      { language: "fr", title: "Délais de livraison", body: "Les commandes quittent notre entrepôt sous deux jours ouvrés.\n\nLa livraison prend 3 à 5 jours en Europe et jusqu'à 10 jours vers les autres pays. Vous recevez un lien de suivi par e-mail dès l'expédition du colis." },
      { language: "ja", title: "配送日数", body: "ご注文の商品は2営業日以内に倉庫から発送されます。\n\nヨーロッパへのお届けは3〜5日、その他の国へは最大10日かかります。発送と同時に追跡リンクをメールでお送りします。" },
      { language: "ar", title: "مدة الشحن", body: "تغادر الطلبات مستودعنا خلال يومي عمل.\n\nيستغرق التوصيل من 3 إلى 5 أيام داخل أوروبا وحتى 10 أيام إلى الدول الأخرى. ستصلك رسالة بريد إلكتروني فيها رابط تتبع الشحنة فور إرسالها." },
    ],
  },
  {
    title: "Warranty",
    tags: ["warranty", "repairs"],
    versions: [
      { language: "en", title: "Warranty", body: "Every device comes with a two-year warranty against manufacturing defects.\n\nKeep your invoice: it is your proof of purchase. Damage from falls or water is not covered." },
      { language: "zh-CN", title: "保修", body: "所有设备均享有两年保修，涵盖制造缺陷。\n\n请保留发票作为购买凭证。跌落或进水造成的损坏不在保修范围内。" },
      { language: "ru", title: "Гарантия", body: "На каждое устройство действует гарантия два года на производственные дефекты.\n\nСохраните чек: это подтверждение покупки. Повреждения от падения или воды гарантией не покрываются." },
    ],
  },
  {
    title: "Account and password",
    tags: ["account"],
    versions: [
      { language: "en", title: "Account and password", body: "To reset your password, open the sign-in page and choose “Forgot password”.\n\nWe send a link to the email address of your account; it is valid for one hour." },
      { language: "de", title: "Konto und Passwort", body: "Um Ihr Passwort zurückzusetzen, öffnen Sie die Anmeldeseite und wählen Sie „Passwort vergessen“.\n\nWir senden einen Link an die E-Mail-Adresse Ihres Kontos; er ist eine Stunde gültig." },
      { language: "es", title: "Cuenta y contraseña", body: "Para restablecer su contraseña, abra la página de inicio de sesión y elija «¿Olvidó su contraseña?».\n\nEnviamos un enlace a la dirección de correo de su cuenta; es válido durante una hora." },
      { language: "ja", title: "アカウントとパスワード", body: "パスワードを再設定するには、サインインページで「パスワードをお忘れの方」を選択してください。\n\nアカウントのメールアドレスにリンクをお送りします。リンクの有効期限は1時間です。" },
    ],
  },
];

/** A one-page PDF of the version's title and paragraphs (Helvetica, WinAnsi: umlauts and ß), or null without pdf-lib. */
async function demoPdf(v: DemoVersion): Promise<Buffer | null> {
  let lib: typeof import("pdf-lib");
  try {
    lib = await import("pdf-lib");
  } catch {
    return null;
  }
  const doc = await lib.PDFDocument.create();
  doc.setTitle(v.title);
  const font = await doc.embedFont(lib.StandardFonts.Helvetica);
  const bold = await doc.embedFont(lib.StandardFonts.HelveticaBold);
  const page = doc.addPage([595, 842]);
  let y = 770;
  page.drawText(v.title, { x: 56, y, size: 18, font: bold });
  y -= 36;
  for (const paragraph of v.body.split("\n\n")) {
    // Wrap at the page width, word by word.
    let line = "";
    for (const word of paragraph.split(" ")) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, 11) > 480) {
        page.drawText(line, { x: 56, y, size: 11, font });
        y -= 16;
        line = word;
      } else line = next;
    }
    if (line) page.drawText(line, { x: 56, y, size: 11, font });
    y -= 26;
  }
  return Buffer.from(await doc.save());
}

/** Idempotent: an article whose slug exists is left as it is. Returns how many articles were added. */
export async function seedDemoKb(services: Services): Promise<{ articles: number; pdf: "added" | "skipped (pdf-lib not installed)" | "exists" }> {
  const kb = services.kb.service;
  let articles = 0;
  let pdf: "added" | "skipped (pdf-lib not installed)" | "exists" = "exists";
  for (const a of ARTICLES) {
    const existing = await kb.repo.findFamilyBySlug(slugify(a.title));
    if (existing) continue;
    const family = await kb.createFamily({ title: a.title, tags: a.tags }, null);
    for (const v of a.versions) await kb.addTextVersion(family.id, { ...v, status: "published" });
    if (a.pdf) {
      const bytes = await demoPdf(a.pdf);
      if (bytes) {
        await kb.addPdfVersion(family.id, { language: a.pdf.language, title: a.pdf.title, filename: "Rueckerstattungsrichtlinie.pdf", bytes, status: "published" });
        pdf = "added";
      } else pdf = "skipped (pdf-lib not installed)";
    }
    // A machine draft to show how one looks (left unpublished); only where an engine serves the pair.
    if (a.title === "Refund policy") {
      await kb.draftTranslation(family.id, "fr").catch((err: unknown) => {
        if (!(err instanceof AppError && err.code === "TRANSLATION_UNAVAILABLE")) throw err;
      });
    }
    articles++;
  }
  return { articles, pdf };
}
