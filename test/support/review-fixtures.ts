// Reviews for the review-themes tests: 20 Spanish complaints about broken, crushed or damaged boxes, and
// reviews about other things in Spanish, English and French (French reaches English through Spanish).

export const SPANISH_BOX_REVIEWS = [
  "La caja llegó rota y el producto estaba rayado.",
  "Caja aplastada, pero el contenido llegó bien.",
  "El paquete venía destrozado, muy decepcionado.",
  "La caja estaba totalmente rota cuando la abrí.",
  "Me llegó la caja dañada por un lado.",
  "El embalaje era pésimo, la caja venía rota.",
  "La caja llegó aplastada y abierta.",
  "Caja rota otra vez. Deberían mejorar el embalaje.",
  "El paquete llegó dañado, la caja estaba mojada y rota.",
  "La caja del producto venía abollada y rota.",
  "Recibí la caja completamente destrozada.",
  "El producto bien, pero la caja llegó rota.",
  "La caja estaba aplastada, parece que la tiraron.",
  "Caja dañada y cinta rota, alguien la abrió.",
  "El envoltorio estaba roto y la caja aplastada.",
  "La caja llegó hecha pedazos.",
  "Muy mal embalado, la caja venía rota por todas partes.",
  "La caja exterior estaba rota y el paquete dañado.",
  "Llegó con la caja rota, una pena porque es un regalo.",
  "Paquete destrozado y caja hundida.",
];

export const OTHER_REVIEWS: Array<{ text: string; language: string; subject: string; rating: number }> = [
  { text: "El envío tardó tres semanas en llegar.", language: "es", subject: "delivery", rating: 2 },
  { text: "Delivery was very late, the courier lost my parcel for a week.", language: "en", subject: "delivery", rating: 1 },
  { text: "Shipping took forever, arrived two weeks late.", language: "en", subject: "delivery", rating: 2 },
  { text: "La livraison a pris trois semaines, beaucoup trop lent.", language: "fr", subject: "delivery", rating: 2 },
  { text: "La calidad es excelente, muy contento con la compra.", language: "es", subject: "quality", rating: 5 },
  { text: "Great quality, the fabric feels premium.", language: "en", subject: "quality", rating: 5 },
  { text: "Excellente qualité, je recommande.", language: "fr", subject: "quality", rating: 5 },
  { text: "Demasiado caro para lo que ofrece.", language: "es", subject: "price", rating: 3 },
  { text: "Too expensive for what you get.", language: "en", subject: "price", rating: 3 },
  { text: "El servicio de atención al cliente no respondió a mis correos.", language: "es", subject: "support", rating: 1 },
  { text: "Le service client ne répond jamais.", language: "fr", subject: "support", rating: 1 },
  { text: "Customer support was helpful and quick.", language: "en", subject: "support", rating: 5 },
  { text: "The size runs small, had to return it.", language: "en", subject: "size", rating: 3 },
];

/** The 20 Spanish box reviews and the others as import rows, written over the last weeks (newest first). */
export function reviewImportRows(now = Date.now()) {
  const day = 86_400_000;
  const boxes = SPANISH_BOX_REVIEWS.map((text, i) => ({
    externalId: `es-box-${i + 1}`,
    source: i % 2 === 0 ? "amazon" : "google",
    rating: 1 + (i % 2),
    text,
    author: `Cliente ${i + 1}`,
    createdAt: new Date(now - i * 3 * day).toISOString(),
    productId: "mug-set-6",
  }));
  const others = OTHER_REVIEWS.map((r, i) => ({
    externalId: `other-${i + 1}`,
    source: "website",
    rating: r.rating,
    text: r.text,
    createdAt: new Date(now - (i * 4 + 1) * day).toISOString(),
  }));
  return [...boxes, ...others];
}
