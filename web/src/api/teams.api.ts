import { request } from "./http";
import type { BusinessHours, Page } from "./types";

export type Proficiency = "native" | "fluent" | "basic";
export const PROFICIENCIES: readonly Proficiency[] = ["native", "fluent", "basic"];

export interface LanguageSkill {
  language: string;
  proficiency: Proficiency;
}

export interface TeamMember {
  id: string;
  name: string;
  role: string;
  languages: LanguageSkill[];
  openTickets: number;
}

export interface TeamStatus {
  open: boolean;
  closedReason: "hours" | "holiday" | null;
  holiday: string | null;
  // Open: when it closes (null: around the clock). Closed: when it opens (null: never).
  changesAt: string | null;
  localTime: string;
}

export interface Team {
  id: string;
  name: string;
  languages: LanguageSkill[];
  timeZone: string;
  businessHours: BusinessHours;
  holidayCountry: string | null;
  holidays: Array<{ date: string; name: string | null }>;
  capacityPerAgent: number;
  mtAssisted: boolean;
  slaPolicyId: string | null;
  members: TeamMember[];
  openTickets: number;
  status: TeamStatus;
  createdAt: string;
  updatedAt: string;
}

export interface TeamInput {
  name: string;
  languages: LanguageSkill[];
  timeZone: string;
  businessHours: BusinessHours;
  holidayCountry: string | null;
  holidays: Array<{ date: string; name: string | null }>;
  capacityPerAgent: number;
  mtAssisted: boolean;
  members: string[];
}

export interface Agent {
  id: string;
  name: string;
  role: string;
  languages: LanguageSkill[];
  workingLanguage: string | null;
  teams: Array<{ id: string; name: string }>;
  openTickets: number;
}

export interface Holiday {
  date: string;
  name: string;
  source: "country" | "custom";
}

const teamPath = (id: string): string => `/teams/${encodeURIComponent(id)}`;

export const listTeams = (signal?: AbortSignal): Promise<Page<Team>> => request<Page<Team>>("GET", "/teams", { query: { limit: 100 }, signal });

export const createTeam = (input: TeamInput): Promise<Team> => request<Team>("POST", "/teams", { body: input });

export const updateTeam = (id: string, patch: Partial<TeamInput>): Promise<Team> => request<Team>("PATCH", teamPath(id), { body: patch });

export const deleteTeam = (id: string): Promise<void> => request<void>("DELETE", teamPath(id));

export const listTeamHolidays = (id: string, year: number, language: string, signal?: AbortSignal): Promise<Page<Holiday>> =>
  request<Page<Holiday>>("GET", `${teamPath(id)}/holidays`, { query: { year, language }, signal });

export const listAgents = (signal?: AbortSignal): Promise<Page<Agent>> => request<Page<Agent>>("GET", "/agents", { signal });

export const setAgentLanguages = (userId: string, body: { languages: LanguageSkill[]; workingLanguage: string | null }): Promise<Agent> =>
  request<Agent>("PUT", `/users/${encodeURIComponent(userId)}/languages`, { body });
