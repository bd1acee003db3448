import type { ChannelSender, OutboundReply } from "../messages/index.js";
import type { VisitorHub } from "./chat-hub.js";

/**
 * Delivers agent replies on the "chat" channel to every open widget socket of the visitor. A visitor who
 * is offline still counts as delivered: the reply is stored and comes back as `missed` on their next hello.
 * `metadata.live` says whether any socket got it.
 */
export function createChatSender(deps: { hub: VisitorHub; visitorOf(conversationId: string): Promise<string | null> }): ChannelSender {
  return {
    channel: "chat",
    async deliver(reply: OutboundReply) {
      // The widget's conversations are threaded by visitor id; one without it was not started by a widget.
      const visitorId = await deps.visitorOf(reply.conversation.id);
      if (!visitorId) throw new Error("This chat conversation has no widget visitor to deliver to");
      const sockets = deps.hub.send(visitorId, {
        type: "message",
        id: reply.message.id,
        direction: "out",
        text: reply.text,
        sentAt: reply.message.sentAt,
      });
      return { metadata: { live: sockets > 0, sockets } };
    },
  };
}
