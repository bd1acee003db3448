import type { Kysely, RawBuilder } from "kysely";
import { sql } from "kysely";
import type { DB } from "../../db/schema.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { foldForSearch } from "../../shared/search-text.js";
import type { SettingsService } from "../settings/index.js";
import { toCsv } from "./segment-export.csv.js";
import { type CompileOptions, compileFilter } from "./segment-filter.compiler.js";
import { type FilterNode, parseFilter } from "./segment-filter.schema.js";
import { type MemberRow, createSegmentsRepository, type SegmentRow } from "./segments.repository.js";
import type { MemberDto, MemberListQuery, SegmentDto, SegmentInput, SegmentListQuery } from "./segments.schema.js";

const UNIQUE_VIOLATION = "23505";
const NOBODY = sql<boolean>`FALSE`;

const iso = (d: Date | string | null | undefined) => (d === null || d === undefined ? null : new Date(d).toISOString());

function toMember(r: MemberRow): MemberDto {
  return {
    id: r.id,
    name: r.name,
    email: r.emails[0] ?? null,
    phone: r.phones[0] ?? null,
    country: r.country,
    preferredLanguages: r.preferred_languages,
    company: r.company_id && r.company_name ? { id: r.company_id, name: r.company_name } : null,
    orderCount: Number(r.order_count ?? 0),
    totalSpend: Number(r.total_spend ?? 0),
    lastOrderAt: iso(r.last_order_at as Date | string | null),
    createdAt: iso(r.created_at)!,
  };
}

export function createSegmentsService(db: Kysely<DB>, settings: SettingsService, baseCurrency: () => Promise<CompileOptions["base"]>) {
  const repo = createSegmentsRepository(db);

  const options = async (): Promise<CompileOptions> => {
    const [{ timeZone }, base] = await Promise.all([settings.get(), baseCurrency()]);
    return { timeZone, base };
  };
  const whereOf = async (filter: FilterNode): Promise<RawBuilder<boolean>> => compileFilter(filter, await options());

  // Stored filters were validated on write; one that no longer parses matches nobody rather than failing reads.
  function storedFilter(row: SegmentRow): FilterNode | null {
    try {
      return parseFilter(row.filter);
    } catch {
      return null;
    }
  }
  const storedWhere = async (row: SegmentRow) => {
    const filter = storedFilter(row);
    return filter ? whereOf(filter) : NOBODY;
  };

  const toDto = (r: SegmentRow, count: number): SegmentDto => ({
    id: r.id,
    name: r.name,
    description: r.description,
    filter: r.filter,
    count,
    createdBy: r.created_by,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  });

  async function load(id: string): Promise<SegmentRow> {
    const row = await repo.findById(id);
    if (!row) throw notFound("Segment", id);
    return row;
  }

  async function get(id: string): Promise<SegmentDto> {
    const row = await load(id);
    return toDto(row, await repo.count(await storedWhere(row)));
  }

  async function guardName<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      if ((err as { code?: string }).code === UNIQUE_VIOLATION) throw new AppError("CONFLICT", "A segment with this name already exists", "name");
      throw err;
    }
  }

  return {
    get,

    async list(q: SegmentListQuery) {
      const { items, total } = await repo.list(q);
      const counts = await repo.countMany(await Promise.all(items.map(storedWhere)));
      return { items: items.map((r, i) => toDto(r, counts[i] ?? 0)), total };
    },

    async create(input: SegmentInput & { name: string; filter: FilterNode }, userId: string | null): Promise<SegmentDto> {
      const { id } = await guardName(() =>
        repo.insert({
          name: input.name,
          name_key: foldForSearch(input.name),
          description: input.description ?? null,
          filter: JSON.stringify(input.filter),
          created_by: userId,
        }),
      );
      return get(id);
    },

    async update(id: string, patch: SegmentInput): Promise<SegmentDto> {
      const updated = await guardName(() =>
        repo.update(id, {
          ...(patch.name !== undefined ? { name: patch.name, name_key: foldForSearch(patch.name) } : {}),
          ...(patch.description !== undefined ? { description: patch.description } : {}),
          ...(patch.filter !== undefined ? { filter: JSON.stringify(patch.filter) } : {}),
        }),
      );
      if (!updated) throw notFound("Segment", id);
      return get(id);
    },

    async remove(id: string) {
      const result = await repo.delete(id);
      if (Number(result.numDeletedRows) === 0) throw notFound("Segment", id);
    },

    async preview(filter: FilterNode, sampleSize = 10) {
      const where = await whereOf(filter);
      const [count, sample] = await Promise.all([
        repo.count(where),
        sampleSize > 0 ? repo.members(where, (await options()).base, { limit: sampleSize, offset: 0 }) : Promise.resolve([]),
      ]);
      return { count, sample: sample.map(toMember) };
    },

    async members(id: string, q: MemberListQuery) {
      const where = await storedWhere(await load(id));
      const [items, total] = await Promise.all([repo.members(where, (await options()).base, q), repo.count(where)]);
      return { items: items.map(toMember), total };
    },

    /** The CSV download: file name and body (BOM, header row, one row per member in name order). */
    async exportCsv(id: string): Promise<{ filename: string; csv: string; rows: number }> {
      const row = await load(id);
      const { base } = await options();
      const rows = await repo.members(await storedWhere(row), base, { limit: null, offset: 0 });
      const tags = await repo.tagNames(rows.map((r) => r.id));
      const currency = base.currency;
      const header = ["id", "name", "email", "phone", "country", "languages", "company", "tags", "orders", `total_spend_${currency}`, "last_order_at", "created_at"];
      const lines = rows.map((r) => {
        const m = toMember(r);
        const allTags = [...new Set([...(tags.get(r.id) ?? []), ...r.tags])].sort();
        return [m.id, m.name, m.email, m.phone, m.country, m.preferredLanguages.join(";"), m.company?.name, allTags.join(";"), m.orderCount, m.totalSpend.toFixed(2), m.lastOrderAt, m.createdAt];
      });
      return { filename: row.name, csv: toCsv(header, lines), rows: lines.length };
    },

    /** Customer ids of a saved segment (by id) or of an ad-hoc filter (validated here). */
    async resolve(segment: string | object): Promise<string[]> {
      const where = typeof segment === "string" ? await storedWhere(await load(segment)) : await whereOf(parseFilter(segment));
      return repo.ids(where);
    },

    /** The saved segments a customer belongs to now, in name order. */
    async membership(customerId: string): Promise<Array<{ id: string; name: string }>> {
      const segments = await repo.all();
      const matched = await repo.matches(customerId, await Promise.all(segments.map(storedWhere)));
      return segments.filter((_s, i) => matched[i]).map((s) => ({ id: s.id, name: s.name }));
    },
  };
}
export type SegmentsService = ReturnType<typeof createSegmentsService>;
