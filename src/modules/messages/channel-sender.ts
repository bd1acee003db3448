import type { ConversationDto, MessageDto } from "./messages.schema.js";

export interface OutboundReply {
  /** The stored outbound message (original = what the agent wrote). */
  message: MessageDto;
  conversation: ConversationDto;
  customer: { id: string; name: string; emails: string[]; phones: string[] } | null;
  /** What the customer reads: the translation into their language, or the agent's text when none was needed. */
  text: string;
  language: string;
  /** The latest inbound message of the conversation, for threading (email In-Reply-To). */
  lastInbound: MessageDto | null;
}

/** Delivers agent replies on one channel (email over SMTP, chat over WebSocket, …). */
export interface ChannelSender {
  readonly channel: string;
  deliver(reply: OutboundReply): Promise<{ externalId?: string; metadata?: Record<string, unknown> }>;
}

export class ChannelSenders {
  private readonly senders = new Map<string, ChannelSender>();
  register(sender: ChannelSender): void {
    this.senders.set(sender.channel, sender);
  }
  get(channel: string): ChannelSender | undefined {
    return this.senders.get(channel);
  }
}
