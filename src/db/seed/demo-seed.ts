import type { CoreServices } from "../../app.js";
import { AppError } from "../../shared/app-error.js";
import { DEMO_ADMIN, DEMO_COMPANIES, DEMO_USERS, demoCustomers } from "./demo-data.js";

// Idempotent: users, companies and customers that already exist (by email / name) are left alone,
// so `npm run demo` can run again on the same data directory.
export async function seedDemo(services: CoreServices) {
  for (const user of [DEMO_ADMIN, ...DEMO_USERS]) {
    if (!(await services.users.repo.findByEmail(user.email))) await services.users.create(user);
  }

  const companyIds = new Map<string, string>();
  const existing = await services.companies.list({ limit: 100, offset: 0 });
  for (const c of existing.items) if (c.domain) companyIds.set(c.domain, c.id);
  for (const company of DEMO_COMPANIES) {
    if (companyIds.has(company.domain)) continue;
    const created = await services.companies.create(company);
    companyIds.set(company.domain, created.id);
  }

  let created = 0;
  for (const { companyDomain, ...customer } of demoCustomers()) {
    try {
      await services.customers.create({
        ...customer,
        companyId: companyDomain ? (companyIds.get(companyDomain) ?? null) : null,
      });
      created++;
    } catch (err) {
      // Already seeded by an earlier run (its email is taken): skip it.
      if (!(err instanceof AppError && err.code === "CONFLICT")) throw err;
    }
  }
  const total = await services.customers.list({ limit: 1, offset: 0 });
  return { customers: total.total, created, companies: companyIds.size, users: DEMO_USERS.length + 1 };
}
