import type { Services } from "../../app.js";

// Store reviews for the demo's review themes, in the languages a shop selling across Europe and Japan
// gets. They go through the real analysis job after start: with Apertium, Spanish, French, Portuguese,
// Italian and English are clustered together; German and Japanese have no offline engine, so they are
// listed as "not clustered: no translation engine" — honest, never a made-up translation.
const REVIEWS: Array<{ source: string; rating: number; text: string; author: string }> = [
  // Packaging
  { source: "amazon", rating: 1, author: "Lucía M.", text: "La caja llegó rota y dos tazas estaban astilladas." },
  { source: "amazon", rating: 2, author: "Javier R.", text: "Caja aplastada, aunque el producto llegó bien." },
  { source: "google", rating: 2, author: "Marta G.", text: "El paquete venía destrozado, muy mal embalado." },
  { source: "website", rating: 1, author: "Andrés P.", text: "La caja estaba totalmente rota cuando la abrí." },
  { source: "amazon", rating: 2, author: "Sophie L.", text: "Le carton est arrivé écrasé, heureusement le contenu était intact." },
  { source: "google", rating: 1, author: "Julien B.", text: "La boîte était cassée et le produit rayé." },
  { source: "website", rating: 2, author: "Ana S.", text: "A caixa chegou amassada e rasgada." },
  { source: "amazon", rating: 2, author: "Giulia R.", text: "La scatola è arrivata schiacciata e aperta." },
  { source: "google", rating: 1, author: "Tom H.", text: "The box arrived crushed and one glass was broken." },
  { source: "amazon", rating: 2, author: "Emma W.", text: "Packaging was damaged, the box was torn open on one side." },
  { source: "website", rating: 1, author: "Sarah K.", text: "Box completely smashed, the packaging needs to be much better." },
  { source: "amazon", rating: 2, author: "Lukas M.", text: "Der Karton kam völlig zerdrückt an." },
  { source: "app-store", rating: 2, author: "佐藤", text: "箱が潰れて届きました。梱包を改善してほしいです。" },
  // Delivery
  { source: "google", rating: 2, author: "Carlos D.", text: "El envío tardó tres semanas en llegar." },
  { source: "website", rating: 1, author: "Elena V.", text: "El pedido llegó con diez días de retraso." },
  { source: "amazon", rating: 2, author: "Chloé M.", text: "La livraison a pris trois semaines, beaucoup trop lent." },
  { source: "google", rating: 2, author: "Pedro A.", text: "A entrega demorou duas semanas." },
  { source: "website", rating: 2, author: "Marco B.", text: "La consegna è arrivata con una settimana di ritardo." },
  { source: "amazon", rating: 1, author: "James O.", text: "Delivery was very late, the courier lost my parcel for a week." },
  { source: "google", rating: 2, author: "Olivia P.", text: "Shipping took forever, arrived two weeks late." },
  { source: "website", rating: 3, author: "Noah T.", text: "Tracking never updated and the delivery was delayed." },
  { source: "amazon", rating: 2, author: "Anna S.", text: "Die Lieferung kam zwei Wochen zu spät." },
  { source: "app-store", rating: 2, author: "鈴木", text: "配送が遅すぎます。二週間かかりました。" },
  // Quality
  { source: "amazon", rating: 5, author: "Rosa F.", text: "La calidad es excelente, muy contenta con la compra." },
  { source: "google", rating: 5, author: "Diego L.", text: "Material de muy buena calidad, se nota resistente." },
  { source: "website", rating: 5, author: "Camille D.", text: "Excellente qualité, je recommande." },
  { source: "amazon", rating: 4, author: "Beatriz C.", text: "Ótima qualidade, o tecido é muito bom." },
  { source: "google", rating: 5, author: "Luca F.", text: "Qualità ottima, materiale resistente." },
  { source: "website", rating: 5, author: "Grace L.", text: "Great quality, the fabric feels premium." },
  { source: "amazon", rating: 2, author: "Ethan C.", text: "Poor quality, the handle fell apart after a week." },
  { source: "google", rating: 5, author: "Mia S.", text: "Excellent quality and very sturdy, well made." },
  { source: "app-store", rating: 5, author: "高橋", text: "品質がとても良いです。" },
  { source: "amazon", rating: 5, author: "Jonas K.", text: "Sehr gute Qualität, hochwertiges Material." },
  // Price
  { source: "google", rating: 3, author: "Raúl N.", text: "Demasiado caro para lo que ofrece." },
  { source: "amazon", rating: 3, author: "Laura E.", text: "El precio es muy alto comparado con otras tiendas." },
  { source: "website", rating: 3, author: "Hugo R.", text: "Trop cher pour ce que c'est." },
  { source: "amazon", rating: 3, author: "Daniel W.", text: "Too expensive for what you get." },
  { source: "google", rating: 4, author: "Ava J.", text: "Good value for money, cheaper than elsewhere." },
  { source: "website", rating: 3, author: "Francesca M.", text: "Il prezzo è troppo alto." },
  // Customer support
  { source: "google", rating: 1, author: "Sergio T.", text: "El servicio de atención al cliente no respondió a mis correos." },
  { source: "website", rating: 5, author: "Isabel O.", text: "El servicio al cliente fue muy amable y rápido." },
  { source: "amazon", rating: 1, author: "Nicolas G.", text: "Le service client ne répond jamais." },
  { source: "google", rating: 5, author: "Liam B.", text: "Customer support was helpful and quick." },
  { source: "website", rating: 1, author: "Chris D.", text: "Support never answered my emails, very rude when they finally did." },
  { source: "amazon", rating: 2, author: "Mariana F.", text: "O atendimento ao cliente não respondeu." },
  { source: "app-store", rating: 4, author: "田中", text: "サポートの対応がとても丁寧でした。" },
  // Size and fit
  { source: "website", rating: 3, author: "Emily R.", text: "The size runs small, had to return it." },
  { source: "amazon", rating: 3, author: "Jack M.", text: "Too tight around the shoulders, order a size up." },
  { source: "google", rating: 3, author: "Paula H.", text: "La talla es muy pequeña, tuve que devolverla." },
  { source: "website", rating: 3, author: "Léa P.", text: "La taille est trop petite." },
  // Battery (no taxonomy entry: an emergent theme)
  { source: "app-store", rating: 2, author: "Ryan F.", text: "The battery dies after two hours." },
  { source: "app-store", rating: 1, author: "Zoe A.", text: "Battery life is terrible, it dies so quickly." },
  { source: "amazon", rating: 2, author: "Miguel S.", text: "La batería dura muy poco." },
  { source: "google", rating: 2, author: "Oscar L.", text: "The battery barely lasts a day, the battery is weak." },
  // Other
  { source: "website", rating: 5, author: "Nora K.", text: "Lovely colour, exactly like the photos." },
  { source: "google", rating: 4, author: "Pablo I.", text: "Me encanta el diseño, muy bonito." },
  { source: "amazon", rating: 5, author: "Inès V.", text: "Très joli design, parfait pour offrir." },
  { source: "app-store", rating: 3, author: "Kevin N.", text: "The app keeps asking me to log in again." },
  { source: "website", rating: 4, author: "Sofia R.", text: "Bel design, mi piace molto." },
];

/** Idempotent (fixed external ids): running the demo again adds nothing. Returns how many were new. */
export async function seedDemoReviews(services: Services): Promise<number> {
  const day = 86_400_000;
  const now = Date.now();
  const rows = REVIEWS.map((r, i) => ({
    externalId: `demo-review-${i + 1}`,
    source: r.source,
    rating: r.rating,
    text: r.text,
    author: r.author,
    // Spread over the last ten weeks so the trend chart has a shape; the packaging complaints grow lately.
    createdAt: new Date(now - ((i * 37) % 70) * day - (i % 5) * 3_600_000).toISOString(),
    productId: i % 3 === 0 ? "mug-set-6" : i % 3 === 1 ? "travel-bottle" : "linen-shirt",
  }));
  const result = await services.reviews.reviews.importJson(rows);
  return result.imported;
}
