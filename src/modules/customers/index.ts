export { registerCustomerRoutes } from "./customers.routes.js";
export { type CustomerDto, customerSchema } from "./customers.schema.js";
export { type CustomersService, createCustomersService } from "./customers.service.js";
