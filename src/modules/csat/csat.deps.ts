// What the surveys use of the service module (its module satisfies this structurally).

export interface SurveyTicket {
  id: string;
  status: string;
  subject?: string | null;
  number?: number | string | null;
  customerId: string | null;
  conversationId: string | null;
  teamId?: string | null;
  language?: string | null;
}

export interface ServiceApi {
  tickets: { get(id: string): Promise<SurveyTicket> };
}
