import type { Insertable } from "kysely";
import type { OrdersTable } from "../../db/schema.js";
import { AppError } from "../../shared/app-error.js";
import type { CustomersService } from "../customers/index.js";
import type { FxRatesService } from "./fx-rates.service.js";
import { type CsvOrder, parseOrdersCsv } from "./orders-csv.js";
import type { OrderRow, OrdersRepository } from "./orders.repository.js";
import type { CreateOrderInput, ImportResult, OrderDto } from "./orders.schema.js";
import { parseOrderedAt } from "./orders.schema.js";

const MAX_ERRORS = 100;
const INSERT_BATCH = 250;

/** Called after orders are stored, with the customers they belong to (e.g. the tag engine re-evaluates them). */
export type OrdersStoredListener = (customerIds: string[]) => Promise<void>;

export function toOrderDto(r: OrderRow): OrderDto {
  return {
    id: r.id,
    customerId: r.customer_id,
    externalId: r.external_id,
    orderedAt: r.ordered_at.toISOString(),
    amount: Number(r.amount),
    currency: r.currency,
    amountBase: Number(r.amount_base),
    baseCurrency: r.base_currency,
    fxRate: Number(r.fx_rate),
    channel: r.channel,
    createdAt: r.created_at.toISOString(),
  };
}

// PGlite runs each statement to completion: give other requests a turn between batches.
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createOrdersService(deps: { repo: OrdersRepository; fx: FxRatesService; customers: CustomersService }) {
  const { repo, fx, customers } = deps;
  const listeners: OrdersStoredListener[] = [];

  async function notify(customerIds: string[]) {
    const unique = [...new Set(customerIds)];
    if (unique.length === 0) return;
    for (const listener of listeners) await listener(unique);
  }

  return {
    /** Registers a step run after orders are stored (API or import). */
    onStored(listener: OrdersStoredListener) {
      listeners.push(listener);
    },

    async listForCustomer(customerId: string, limit: number, offset: number) {
      await customers.get(customerId);
      const { items, total } = await repo.listForCustomer(customerId, limit, offset);
      return { items: items.map(toOrderDto), total };
    },

    /** Stores one order; the same externalId again returns the stored order (created: false). */
    async create(customerId: string, input: CreateOrderInput): Promise<{ order: OrderDto; created: boolean }> {
      await customers.get(customerId);
      if (input.externalId) {
        const existing = await repo.findByExternalId(input.externalId);
        if (existing) {
          if (existing.customer_id !== customerId) {
            throw new AppError("CONFLICT", `Order ${input.externalId} already belongs to customer ${existing.customer_id}`, "externalId");
          }
          return { order: toOrderDto(existing), created: false };
        }
      }
      const convert = await fx.converter();
      const { amountBase, fxRate, baseCurrency } = convert.convert(input.amount, input.currency);
      const [row] = await repo.insertMany([
        {
          customer_id: customerId,
          external_id: input.externalId ?? null,
          ordered_at: parseOrderedAt(input.orderedAt)!,
          amount: input.amount,
          currency: input.currency,
          amount_base: amountBase,
          fx_rate: fxRate,
          base_currency: baseCurrency,
          channel: input.channel ?? null,
        },
      ]);
      // Lost a race with the same externalId: answer with the winner.
      const stored = row ?? (await repo.findByExternalId(input.externalId!));
      if (!stored) throw new AppError("CONFLICT", `Order ${input.externalId} was just stored by another request`, "externalId");
      if (row) await notify([customerId]);
      return { order: toOrderDto(stored), created: Boolean(row) };
    },

    /**
     * CSV import: per-row errors are reported, not thrown; rows whose external_id is stored already are skipped.
     * `notify: false` skips the stored-listeners (a caller that re-evaluates everyone next, like the demo seed).
     */
    async importCsv(csv: string, opts: { notify?: boolean } = {}): Promise<ImportResult> {
      const parsed = parseOrdersCsv(csv);
      const errors: Array<{ row: number; message: string }> = [];
      let failed = 0;
      const fail = (row: number, message: string) => {
        failed++;
        if (errors.length < MAX_ERRORS) errors.push({ row, message });
      };
      const good = parsed.filter((p): p is CsvOrder => {
        if ("error" in p) fail(p.row, p.error);
        return !("error" in p);
      });
      const ids = await repo.existingCustomers([...new Set(good.flatMap((o) => ("id" in o.customer ? [o.customer.id] : [])))]);
      const byEmail = await repo.customersByEmail([...new Set(good.flatMap((o) => ("email" in o.customer ? [o.customer.email] : [])))]);
      const convert = await fx.converter();
      const rows: Array<{ row: number; values: Insertable<OrdersTable> }> = [];
      for (const o of good) {
        const customerId = "id" in o.customer ? (ids.has(o.customer.id) ? o.customer.id : null) : (byEmail.get(o.customer.email) ?? null);
        if (!customerId) {
          fail(o.row, "id" in o.customer ? `customer_id: no customer ${o.customer.id}` : `customer_email: no customer with the email ${o.customer.email}`);
          continue;
        }
        try {
          const { amountBase, fxRate, baseCurrency } = convert.convert(o.amount, o.currency);
          rows.push({
            row: o.row,
            values: { customer_id: customerId, external_id: o.externalId, ordered_at: o.orderedAt, amount: o.amount, currency: o.currency, amount_base: amountBase, fx_rate: fxRate, base_currency: baseCurrency, channel: o.channel },
          });
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
          fail(o.row, `currency: ${err.message.replace(/^currency: /, "")}`);
        }
      }
      let imported = 0;
      const touched: string[] = [];
      for (let i = 0; i < rows.length; i += INSERT_BATCH) {
        const stored = await repo.insertMany(rows.slice(i, i + INSERT_BATCH).map((r) => r.values));
        imported += stored.length;
        touched.push(...stored.map((s) => s.customer_id));
        await yieldToEventLoop();
      }
      if (opts.notify !== false) await notify(touched);
      errors.sort((a, b) => a.row - b.row);
      return { rows: parsed.length, imported, skipped: rows.length - imported, failed, errors };
    },
  };
}
export type OrdersService = ReturnType<typeof createOrdersService>;
