import { request } from "./http";
import type { NewUser, Page, User } from "./types";

export const listUsers = (): Promise<Page<User>> => request<Page<User>>("GET", "/users");

export const createUser = (user: NewUser): Promise<User> => request<User>("POST", "/users", { body: user });
