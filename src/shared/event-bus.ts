import { EventEmitter } from "node:events";

/** Domain events other modules (live UI, tags, alerts) subscribe to. Payloads are DTOs, never rows. */
export interface MundoEvents {
  "message.created": { message: { id: string; conversationId: string; direction: "in" | "out" } };
  "message.updated": { message: { id: string; conversationId: string; direction: "in" | "out" } & Record<string, unknown> };
  "conversation.updated": { conversation: { id: string } & Record<string, unknown> };
  /** Raised by the alerts module (#5); forwarded live to agents. */
  "alert.created": { alert: { id: string; kind: string; customerId: string | null; messageId: string | null } & Record<string, unknown> };
  "alert.updated": { alert: { id: string } & Record<string, unknown> };
  /** The customer's tags changed (rule engine, concepts). */
  "customer.tags": { customerId: string };
  /** Tickets (#6): created, assigned, status changes (status "resolved" triggers the CSAT survey). */
  "ticket.created": { ticket: { id: string; status: string; customerId: string | null; conversationId: string | null } & Record<string, unknown> };
  "ticket.updated": { ticket: { id: string; status: string; customerId: string | null; conversationId: string | null } & Record<string, unknown>; previousStatus?: string };
}

// In-process: listeners run in the emitting process, after the database commit.
export class EventBus {
  private readonly emitter = new EventEmitter().setMaxListeners(100);

  emit<K extends keyof MundoEvents>(name: K, payload: MundoEvents[K]): void {
    this.emitter.emit(name, payload);
  }

  on<K extends keyof MundoEvents>(name: K, listener: (payload: MundoEvents[K]) => void): () => void {
    this.emitter.on(name, listener);
    return () => this.emitter.off(name, listener);
  }
}
