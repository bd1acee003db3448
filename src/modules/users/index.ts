export { dummyPasswordHash, verifyPassword } from "./password.js";
export { registerUserRoutes } from "./users.routes.js";
export { updateMeBody, userSchema, type UserDto } from "./users.schema.js";
export { createUsersService, toUserDto, type UsersService } from "./users.service.js";
