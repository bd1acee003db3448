import { z } from "zod";
import { languageTag } from "../../shared/validators.js";

export const roleSchema = z.enum(["admin", "manager", "agent"]);

export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  uiLanguage: z.string().nullable(),
  createdAt: z.string(),
});
export type UserDto = z.infer<typeof userSchema>;

const password = z.string().min(8, "must be at least 8 characters").max(200);

export const createUserBody = z.strictObject({
  email: z.email({ error: "must be an email address" }).max(254),
  name: z.string().trim().min(1).max(200),
  password,
  role: roleSchema.default("agent"),
  uiLanguage: languageTag.nullable().optional(),
});

export const updateUserBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  role: roleSchema.optional(),
  password: password.optional(),
  uiLanguage: languageTag.nullable().optional(),
});
export type UpdateUser = z.infer<typeof updateUserBody>;

export const updateMeBody = updateUserBody.omit({ role: true });
