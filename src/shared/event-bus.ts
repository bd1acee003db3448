import { EventEmitter } from "node:events";

/** Domain events other modules (live UI, tags, alerts) subscribe to. Payloads are DTOs, never rows. */
export interface MundoEvents {
  "message.created": { message: { id: string; conversationId: string; direction: "in" | "out" } };
  "message.updated": { message: { id: string; conversationId: string; direction: "in" | "out" } & Record<string, unknown> };
  "conversation.updated": { conversation: { id: string } & Record<string, unknown> };
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
