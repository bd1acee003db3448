import { z } from "zod";
import { TICKET_PRIORITIES } from "./tickets.schema.js";

const minutes = z.number().int().min(1).max(525_600).meta({ description: "Business minutes" });
const target = z.strictObject({ firstResponse: minutes, resolution: minutes });
const targets = z.strictObject(Object.fromEntries(TICKET_PRIORITIES.map((p) => [p, target])) as Record<(typeof TICKET_PRIORITIES)[number], typeof target>);

export const slaPolicySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  isDefault: z.boolean(),
  targets: targets.meta({ description: "First response and resolution targets per priority, in business minutes of the ticket's team" }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SlaPolicyDto = z.infer<typeof slaPolicySchema>;
export type SlaTargetsDto = SlaPolicyDto["targets"];

export const createSlaPolicyBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  targets,
  isDefault: z.boolean().optional().meta({ description: "Make it the policy of teams without their own" }),
});
export const updateSlaPolicyBody = createSlaPolicyBody.partial();
