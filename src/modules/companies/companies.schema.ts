import { z } from "zod";
import { countryCode, listQuery } from "../../shared/validators.js";

export const companySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  domain: z.string().nullable(),
  country: z.string().nullable(),
  customerCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CompanyDto = z.infer<typeof companySchema>;

const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)([\p{L}\p{N}-]{1,63}\.)+[\p{L}\p{N}-]{2,63}$/u, "must be a domain name such as example.com");

export const createCompanyBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  domain: domain.nullable().optional(),
  country: countryCode.nullable().optional(),
});
export const updateCompanyBody = createCompanyBody.partial();
export type CompanyInput = z.infer<typeof updateCompanyBody>;

export const COMPANY_SORTS = ["name", "createdAt", "updatedAt"] as const;
export const companyListQuery = listQuery(COMPANY_SORTS);
export type CompanyListQuery = z.infer<typeof companyListQuery>;
