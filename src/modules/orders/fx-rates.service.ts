import { type Kysely, sql } from "kysely";
import type { DB } from "../../db/schema.js";
import { AppError, invalid } from "../../shared/app-error.js";
import type { SettingsService } from "../settings/index.js";
import type { FxRateInput, FxTableDto } from "./orders.schema.js";

export const REFERENCE_CURRENCY = "EUR";

export interface FxRate {
  currency: string;
  perEur: number;
  asOf: string;
  source: string;
  updatedAt: Date;
}

/** amount × rate = amount in the base currency; rounded to 8 decimals like the fx_rate column. */
export function rateBetween(from: FxRate, to: FxRate): number {
  return Math.round((to.perEur / from.perEur) * 1e8) / 1e8;
}

export const roundMoney = (n: number) => Math.round(n * 100) / 100;

/** The reference rate table (units per 1 EUR), stored in fx_rates and editable by managers. */
export function createFxRatesService(db: Kysely<DB>, settings: SettingsService) {
  async function all(): Promise<Map<string, FxRate>> {
    const rows = await db
      .selectFrom("fx_rates")
      .select(["currency", "per_eur", "source", "updated_at", sql<string>`to_char(as_of, 'YYYY-MM-DD')`.as("as_of")])
      .orderBy("currency")
      .execute();
    return new Map(rows.map((r) => [r.currency, { currency: r.currency, perEur: Number(r.per_eur), asOf: r.as_of, source: r.source, updatedAt: r.updated_at }]));
  }

  async function table(): Promise<FxTableDto> {
    const [rates, { baseCurrency }] = await Promise.all([all(), settings.get()]);
    const base = rates.get(baseCurrency);
    return {
      reference: REFERENCE_CURRENCY,
      baseCurrency,
      rates: [...rates.values()].map((r) => ({
        currency: r.currency,
        perEur: r.perEur,
        toBase: base ? rateBetween(r, base) : null,
        asOf: r.asOf,
        source: r.source,
        updatedAt: r.updatedAt.toISOString(),
      })),
    };
  }

  return {
    all,
    table,

    /** A converter into the current base currency, for one request or one import. */
    async converter() {
      const [rates, { baseCurrency }] = await Promise.all([all(), settings.get()]);
      const base = rates.get(baseCurrency);
      return {
        baseCurrency,
        /** Throws a 400 naming `field` when the currency (or the base currency) has no reference rate. */
        convert(amount: number, currency: string, field = "currency") {
          if (!base) throw new AppError("BAD_REQUEST", `The base currency ${baseCurrency} has no reference rate; add it with PUT /api/v1/fx-rates`, field);
          const from = rates.get(currency);
          if (!from) throw invalid(field, `no reference exchange rate for ${currency}; known: ${[...rates.keys()].join(", ")} (managers can add one with PUT /api/v1/fx-rates)`);
          const fxRate = rateBetween(from, base);
          return { amountBase: roundMoney(amount * fxRate), fxRate, baseCurrency };
        },
      };
    },

    /** Replaces the table. EUR is the reference (1); the base currency must stay convertible. Unchanged rates keep their date and source. */
    async replace(input: FxRateInput[]): Promise<FxTableDto> {
      const seen = new Set<string>();
      for (const [i, r] of input.entries()) {
        if (seen.has(r.currency)) throw invalid(`rates.${i}.currency`, `${r.currency} is listed twice`);
        seen.add(r.currency);
        if (r.currency === REFERENCE_CURRENCY && r.perEur !== 1) throw invalid(`rates.${i}.perEur`, "EUR is the reference currency: its rate is 1");
      }
      const { baseCurrency } = await settings.get();
      if (baseCurrency !== REFERENCE_CURRENCY && !seen.has(baseCurrency)) {
        throw invalid("rates", `the workspace base currency ${baseCurrency} must keep a rate`);
      }
      const current = await all();
      const today = new Date().toISOString().slice(0, 10);
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom("fx_rates").execute();
        const rows = [{ currency: REFERENCE_CURRENCY, perEur: 1 }, ...input.filter((r) => r.currency !== REFERENCE_CURRENCY)].map((r) => {
          const old = current.get(r.currency);
          const unchanged = old && old.perEur === r.perEur;
          const given = r as FxRateInput;
          return {
            currency: r.currency,
            per_eur: r.perEur,
            as_of: given.asOf ?? (unchanged ? old.asOf : today),
            source: given.source ?? (unchanged ? old.source : r.currency === REFERENCE_CURRENCY ? "reference currency" : "edited"),
          };
        });
        await trx.insertInto("fx_rates").values(rows).execute();
      });
      return table();
    },
  };
}
export type FxRatesService = ReturnType<typeof createFxRatesService>;
