export { registerCompanyRoutes } from "./companies.routes.js";
export { type CompanyDto, companySchema } from "./companies.schema.js";
export { type CompaniesService, createCompaniesService } from "./companies.service.js";
