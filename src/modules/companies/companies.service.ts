import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { buildSearchText, foldForSearch } from "../../shared/search-text.js";
import type { CompanyDto, CompanyInput, CompanyListQuery } from "./companies.schema.js";
import { createCompaniesRepository } from "./companies.repository.js";

type Row = NonNullable<Awaited<ReturnType<ReturnType<typeof createCompaniesRepository>["findById"]>>>;

const toDto = (r: Row): CompanyDto => ({
  id: r.id,
  name: r.name,
  domain: r.domain,
  country: r.country,
  customerCount: Number(r.customer_count ?? 0),
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

export function createCompaniesService(db: Kysely<DB>) {
  const repo = createCompaniesRepository(db);

  async function assertNameFree(name: string, exceptId?: string) {
    const existing = await repo.findByNameKey(foldForSearch(name));
    if (existing && existing.id !== exceptId) {
      throw new AppError("CONFLICT", `A company named "${existing.name}" already exists`, "name");
    }
  }

  async function get(id: string): Promise<CompanyDto> {
    const row = await repo.findById(id);
    if (!row) throw notFound("Company", id);
    return toDto(row);
  }

  return {
    get,
    async exists(id: string) {
      return Boolean(await repo.findById(id));
    },
    async list(q: CompanyListQuery) {
      const { items, total } = await repo.list(q);
      return { items: items.map(toDto), total };
    },
    async create(input: CompanyInput & { name: string }) {
      await assertNameFree(input.name);
      const { id } = await repo.insert({
        name: input.name,
        name_key: foldForSearch(input.name),
        domain: input.domain ?? null,
        country: input.country ?? null,
        search_text: buildSearchText([input.name, input.domain]),
      });
      return get(id);
    },
    async update(id: string, patch: CompanyInput) {
      const current = await repo.findById(id);
      if (!current) throw notFound("Company", id);
      if (patch.name !== undefined) await assertNameFree(patch.name, id);
      const name = patch.name ?? current.name;
      const domain = patch.domain === undefined ? current.domain : patch.domain;
      await repo.update(id, {
        name,
        name_key: foldForSearch(name),
        domain,
        country: patch.country === undefined ? current.country : patch.country,
        search_text: buildSearchText([name, domain]),
      });
      return get(id);
    },
    async remove(id: string) {
      const result = await repo.delete(id);
      if (Number(result.numDeletedRows) === 0) throw notFound("Company", id);
    },
  };
}
export type CompaniesService = ReturnType<typeof createCompaniesService>;
