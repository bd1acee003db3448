import type { Services } from "../../app.js";

// Demo purchases so RFM tags (high value, loyal, at risk, new) show: about two thirds of the demo customers
// ordered, in their country's currency, with a spread of habits. Generated from each customer's name, so
// the external ids are the same on every run and the CSV import skips what is already there.

const CURRENCY: Record<string, string> = {
  AE: "AED", BR: "BRL", CN: "CNY", DE: "EUR", EG: "EGP", ES: "EUR", FR: "EUR", GB: "GBP", GR: "EUR", ID: "IDR",
  IL: "ILS", IN: "INR", IT: "EUR", JP: "JPY", KR: "KRW", MA: "MAD", MX: "MXN", NG: "NGN", NL: "EUR", PL: "PLN",
  PT: "EUR", RU: "RUB", SA: "SAR", SN: "XOF", TH: "THB", TR: "TRY", TW: "TWD", UA: "UAH", US: "USD", VN: "VND",
};
const CHANNELS = ["web", "web", "web", "store", "phone", "marketplace"];
const DAY_MS = 86_400_000;

type Habit = "regular" | "big" | "lapsed" | "new" | "occasional" | "none";

/** A small deterministic generator seeded from text (xorshift on an FNV-1a hash). */
function rngFrom(seed: string): () => number {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619) >>> 0;
  let x = h || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

function habitOf(r: number): Habit {
  if (r < 0.15) return "regular";
  if (r < 0.23) return "big";
  if (r < 0.31) return "lapsed";
  if (r < 0.41) return "new";
  if (r < 0.65) return "occasional";
  return "none";
}

/** Orders as [days ago, amount in EUR] for one habit. */
function ordersFor(habit: Habit, rng: () => number): Array<[number, number]> {
  const between = (lo: number, hi: number) => lo + rng() * (hi - lo);
  const list = (n: number, ages: [number, number], eur: [number, number]) =>
    Array.from({ length: n }, () => [Math.round(between(...ages)), between(...eur)] as [number, number]);
  switch (habit) {
    case "regular":
      return [...list(5 + Math.floor(rng() * 8), [20, 540], [40, 260]), [Math.round(between(1, 25)), between(40, 260)]];
    case "big":
      return [...list(2 + Math.floor(rng() * 5), [15, 400], [900, 4500]), [Math.round(between(1, 40)), between(900, 4500)]];
    case "lapsed":
      return list(3 + Math.floor(rng() * 4), [240, 620], [700, 3800]);
    case "new":
      return [[Math.round(between(0, 20)), between(30, 400)]];
    case "occasional":
      return list(1 + Math.floor(rng() * 3), [40, 720], [20, 300]);
    case "none":
      return [];
  }
}

const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** Idempotent: re-running imports nothing new (stable external ids). Then re-evaluates every customer's tags. */
export async function seedDemoOrders(services: Services): Promise<{ imported: number; customers: number }> {
  const rates = await services.orders.fx.all();
  const rows: string[] = ["customer_id,ordered_at,amount,currency,external_id,channel"];
  const now = Date.now();
  let customers = 0;
  for (let offset = 0; ; offset += 100) {
    const page = await services.customers.list({ limit: 100, offset, sort: "name" });
    for (const c of page.items) {
      const seed = `${c.name}|${c.emails[0] ?? c.phones[0] ?? ""}`;
      const rng = rngFrom(seed);
      const orders = ordersFor(habitOf(rng()), rng);
      if (orders.length === 0) continue;
      customers++;
      const currency = (c.country && CURRENCY[c.country]) || "EUR";
      const perEur = rates.get(currency)?.perEur ?? 1;
      for (const [i, [ago, eur]] of orders.entries()) {
        const local = eur * perEur;
        // Large-unit currencies (JPY, KRW, VND, IDR…) round to whole hundreds, the others to cents.
        const amount = perEur >= 100 ? (Math.round(local / 100) * 100).toFixed(0) : local.toFixed(2);
        const orderedAt = new Date(now - ago * DAY_MS - Math.floor(rng() * DAY_MS) / 2).toISOString();
        const id = `demo-order-${rngFrom(seed)().toString(36).slice(2, 10)}-${i}`;
        rows.push([c.id, orderedAt, amount, currency, csvCell(id), CHANNELS[Math.floor(rng() * CHANNELS.length)]!].join(","));
      }
    }
    if (offset + 100 >= page.total) break;
  }
  if (rows.length === 1) return { imported: 0, customers: 0 };
  // Everyone is re-evaluated right after, in one pass with the whole RFM population.
  const result = await services.orders.importCsv(rows.join("\n"), { notify: false });
  await services.tags.reevaluateAll("demo");
  return { imported: result.imported, customers };
}
