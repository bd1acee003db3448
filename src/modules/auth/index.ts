export { registerAuthRoutes } from "./auth.routes.js";
export { type AuthService, createAuthService } from "./auth.service.js";
