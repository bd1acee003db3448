import type { KbCandidate } from "./faq-bot-decision.js";

// What the bot uses of the knowledge base and the service modules (their modules satisfy these structurally).

export interface KbApi {
  search(q: string, options?: { language?: string; limit?: number }): Promise<KbCandidate[]>;
  getVersion(versionId: string): Promise<{ id: string; familyId: string; language: string; title: string; body: string; origin: "human" | "machine" }>;
}

export interface ServiceApi {
  tickets: {
    createFromConversation(conversationId: string, options: { subject?: string; reason?: string }): Promise<{ id: string }>;
  };
}
