import type { Conversation, ConversationFilters } from "../../api/conversation-types";

/**
 * Whether a conversation belongs in the filtered list, or null when the browser cannot tell
 * (text search and last-inbound sentiment are decided by the server).
 */
export function matchesFilters(c: Conversation, f: ConversationFilters): boolean | null {
  if (f.channel && c.channel !== f.channel) return false;
  if (f.language && c.language !== f.language) return false;
  if (f.status && c.status !== f.status) return false;
  if (f.assigneeId === "none" && c.assigneeId !== null) return false;
  if (f.assigneeId && f.assigneeId !== "none" && c.assigneeId !== f.assigneeId) return false;
  if (f.q || f.sentiment) return null;
  return true;
}

/**
 * Puts a changed conversation where it now belongs on the first page: on top after a new message,
 * else in place; out of the list when it no longer matches. Returns the list and how `total` changes.
 */
export function placeConversation(
  items: Conversation[],
  c: Conversation,
  matches: boolean,
  toTop: boolean,
  pageSize: number,
): { items: Conversation[]; delta: number } {
  const index = items.findIndex((i) => i.id === c.id);
  if (!matches) return index < 0 ? { items, delta: 0 } : { items: items.filter((i) => i.id !== c.id), delta: -1 };
  if (index >= 0 && !toTop) return { items: items.map((i) => (i.id === c.id ? c : i)), delta: 0 };
  const rest = items.filter((i) => i.id !== c.id);
  return { items: [c, ...rest].slice(0, pageSize), delta: index < 0 ? 1 : 0 };
}
