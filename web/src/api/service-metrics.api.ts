import { buildQuery, request } from "./http";

export type MetricsGroupBy = "language" | "team";

export interface MetricsFilters {
  from: string;
  to: string;
  groupBy: MetricsGroupBy;
}

export interface DurationStats {
  medianMinutes: number | null;
  averageMinutes: number | null;
  count: number;
}

export interface MetricsValues {
  tickets: number;
  firstResponse: DurationStats;
  resolution: DurationStats;
  sla: { withSla: number; breached: number; breachedShare: number | null };
  csat: { average: number | null; responses: number; satisfiedShare: number | null };
  nps: { score: number | null; responses: number; promoters: number; passives: number; detractors: number };
  sentiment: { messages: number; negative: number; negativeShare: number | null };
}

export interface WeekPoint {
  week: string;
  tickets: number;
  csatAverage: number | null;
  csatResponses: number;
  breached: number;
}

export interface MetricsGroup extends MetricsValues {
  key: string;
  label: string;
  weekly: WeekPoint[];
}

export interface ServiceMetrics {
  from: string;
  to: string;
  timeZone: string;
  groupBy: MetricsGroupBy;
  timeBasis: "business" | "wall-clock";
  notes: string[];
  totals: MetricsValues & { weekly: WeekPoint[] };
  groups: MetricsGroup[];
}

export const getServiceMetrics = (filters: MetricsFilters, signal?: AbortSignal): Promise<ServiceMetrics> =>
  request<ServiceMetrics>("GET", "/service-metrics", { query: { ...filters }, signal });

// A plain link: the browser downloads the file with the session cookie.
export const serviceMetricsCsvUrl = (filters: MetricsFilters): string => `/api/v1/service-metrics/export.csv${buildQuery({ ...filters })}`;
