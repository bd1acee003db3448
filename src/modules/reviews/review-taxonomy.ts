import type { TaxonomyEntry } from "./review-clustering.js";

// The built-in theme taxonomy per working language: an anchor for naming clusters, editable per workspace
// (PUT /api/v1/review-themes/taxonomy). Keywords are matched after stemming, so "box" also finds "boxes";
// a phrase ("broken box") matches when all its words occur in the review and weighs one per word.
// Words that go with any subject are only phrases: a lone "broken"/"damaged" is as often the product as the
// box, and "arrived"/"weeks" come with broken boxes and failing batteries as much as with late deliveries.
const EN: TaxonomyEntry[] = [
  {
    id: "packaging",
    name: "Damaged packaging",
    keywords: [
      "box", "package", "packaging", "packed", "wrapping", "wrapped", "carton", "tape", "crushed", "dented", "squashed",
      "smashed", "shattered", "torn", "pieces", "broken box", "damaged box", "broken package", "damaged package", "opened box",
    ],
  },
  {
    id: "delivery",
    name: "Delivery",
    keywords: [
      "delivery", "delivered", "shipping", "shipped", "shipment", "courier", "carrier", "parcel", "postman", "tracking", "late",
      "delay", "delayed", "slow", "sending", "lost", "arrived late", "late arrival", "took weeks", "took days", "never arrived",
    ],
  },
  {
    id: "quality",
    name: "Quality",
    keywords: [
      "quality", "material", "fabric", "premium", "durable", "sturdy", "solid", "flimsy", "defective", "faulty", "stitching",
      "finish", "well made", "poorly made", "cheaply made", "stopped working", "fell apart",
    ],
  },
  {
    id: "price",
    name: "Price",
    keywords: ["price", "expensive", "cheap", "cost", "overpriced", "value for money", "money", "affordable", "discount", "refund"],
  },
  {
    id: "support",
    name: "Customer support",
    keywords: [
      "support", "customer service", "service", "staff", "answer", "answered", "reply", "respond", "response", "contact", "email",
      "help", "helpful", "rude", "attention", "agent",
    ],
  },
  {
    id: "size",
    name: "Size and fit",
    keywords: ["size", "fit", "fits", "small", "large", "big", "tight", "loose", "narrow", "wide", "length", "too short", "too long"],
  },
];

const ES: TaxonomyEntry[] = [
  { id: "packaging", name: "Embalaje dañado", keywords: ["caja", "paquete", "embalaje", "envoltorio", "cinta", "aplastada", "abollada", "destrozado", "pedazos", "caja rota", "caja dañada"] },
  { id: "delivery", name: "Entrega", keywords: ["entrega", "envío", "mensajero", "transportista", "retraso", "tarde", "tardó", "llegó tarde", "tardó semanas", "seguimiento", "perdido"] },
  { id: "quality", name: "Calidad", keywords: ["calidad", "material", "tela", "resistente", "defectuoso", "acabado", "costuras", "dejó de funcionar"] },
  { id: "price", name: "Precio", keywords: ["precio", "caro", "barato", "coste", "costo", "dinero", "descuento", "reembolso"] },
  { id: "support", name: "Atención al cliente", keywords: ["atención", "servicio", "soporte", "respuesta", "respondió", "contestó", "correo", "ayuda", "amable", "grosero"] },
  { id: "size", name: "Talla y ajuste", keywords: ["talla", "tamaño", "pequeño", "grande", "ajustado", "holgado", "estrecho", "ancho", "largo", "corto"] },
];

const FR: TaxonomyEntry[] = [
  { id: "packaging", name: "Emballage abîmé", keywords: ["boîte", "carton", "colis", "emballage", "scotch", "écrasé", "écrasée", "cabossé", "déchiré", "morceaux", "boîte cassée", "carton abîmé"] },
  { id: "delivery", name: "Livraison", keywords: ["livraison", "livré", "expédition", "transporteur", "livreur", "retard", "lent", "pris semaines", "suivi", "perdu"] },
  { id: "quality", name: "Qualité", keywords: ["qualité", "matière", "tissu", "solide", "fragile", "défectueux", "finition", "coutures"] },
  { id: "price", name: "Prix", keywords: ["prix", "cher", "coût", "argent", "remise", "remboursement"] },
  { id: "support", name: "Service client", keywords: ["service client", "service", "support", "réponse", "répond", "contact", "mail", "aide", "aimable"] },
  { id: "size", name: "Taille", keywords: ["taille", "petit", "grand", "serré", "large", "étroit", "long", "court"] },
];

const DE: TaxonomyEntry[] = [
  { id: "packaging", name: "Beschädigte Verpackung", keywords: ["karton", "paket", "verpackung", "schachtel", "klebeband", "zerdrückt", "eingedrückt", "zerrissen", "kaputt", "beschädigt"] },
  { id: "delivery", name: "Lieferung", keywords: ["lieferung", "geliefert", "versand", "zusteller", "kurier", "verspätet", "verspätung", "spät", "sendungsverfolgung"] },
  { id: "quality", name: "Qualität", keywords: ["qualität", "material", "stoff", "stabil", "robust", "defekt", "verarbeitung", "nähte"] },
  { id: "price", name: "Preis", keywords: ["preis", "teuer", "billig", "günstig", "kosten", "geld", "rabatt", "erstattung"] },
  { id: "support", name: "Kundenservice", keywords: ["kundenservice", "kundendienst", "service", "support", "antwort", "antwortet", "kontakt", "hilfe", "freundlich"] },
  { id: "size", name: "Größe und Passform", keywords: ["größe", "passform", "klein", "groß", "eng", "weit", "lang", "kurz"] },
];

const PT: TaxonomyEntry[] = [
  { id: "packaging", name: "Embalagem danificada", keywords: ["caixa", "pacote", "embalagem", "fita", "amassada", "amassado", "rasgado", "pedaços", "caixa rasgada", "caixa danificada"] },
  { id: "delivery", name: "Entrega", keywords: ["entrega", "envio", "transportadora", "correios", "atraso", "atrasou", "demorou", "rastreio", "perdido"] },
  { id: "quality", name: "Qualidade", keywords: ["qualidade", "material", "tecido", "resistente", "defeito", "defeituoso", "acabamento", "costura"] },
  { id: "price", name: "Preço", keywords: ["preço", "caro", "barato", "custo", "dinheiro", "desconto", "reembolso"] },
  { id: "support", name: "Atendimento", keywords: ["atendimento", "suporte", "serviço", "resposta", "respondeu", "contato", "email", "ajuda"] },
  { id: "size", name: "Tamanho", keywords: ["tamanho", "pequeno", "grande", "apertado", "largo", "estreito", "comprido", "curto"] },
];

const IT: TaxonomyEntry[] = [
  { id: "packaging", name: "Imballaggio danneggiato", keywords: ["scatola", "pacco", "imballaggio", "confezione", "nastro", "schiacciata", "ammaccata", "rotta", "pezzi", "scatola rotta"] },
  { id: "delivery", name: "Consegna", keywords: ["consegna", "spedizione", "corriere", "ritardo", "lento", "tracciamento", "perso"] },
  { id: "quality", name: "Qualità", keywords: ["qualità", "materiale", "tessuto", "resistente", "difettoso", "finitura", "cuciture"] },
  { id: "price", name: "Prezzo", keywords: ["prezzo", "caro", "economico", "costo", "soldi", "sconto", "rimborso"] },
  { id: "support", name: "Assistenza clienti", keywords: ["assistenza", "servizio", "supporto", "risposta", "risposto", "contatto", "email", "aiuto", "gentile"] },
  { id: "size", name: "Taglia", keywords: ["taglia", "misura", "piccolo", "grande", "stretto", "largo", "lungo", "corto"] },
];

const DEFAULTS: Record<string, TaxonomyEntry[]> = { en: EN, es: ES, fr: FR, de: DE, pt: PT, it: IT };

/** The built-in taxonomy for a working language (primary subtag), or none. */
export function defaultTaxonomy(language: string): TaxonomyEntry[] {
  return (DEFAULTS[language] ?? []).map((e) => ({ ...e, keywords: [...e.keywords] }));
}
