import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { ApiError, isAbortError } from "../../api/api-error";
import type { Conversation, Message } from "../../api/conversation-types";
import { getConversation, listMessages, retryMessage } from "../../api/conversations.api";
import { ErrorAlert } from "../../components/error-alert";
import { useDocumentTitle } from "../../hooks/use-document-title";
import { useLiveEvents } from "../../hooks/use-live-events";
import { useNow } from "../../hooks/use-now";
import { useUser } from "../../session";
import { ConversationHeader } from "./conversation-header";
import { useAssignees, userName, useWorkingLanguage } from "./inbox-data";
import { MessageItem, senderLabel } from "./message-item";
import { ReplyBox } from "./reply-box";

// Server order: oldest first by sending time; a live event may bring a message in out of order.
function upsert(list: Message[], m: Message): Message[] {
  const next = list.some((x) => x.id === m.id) ? list.map((x) => (x.id === m.id ? m : x)) : [...list, m];
  return next.sort((a, b) => a.sentAt.localeCompare(b.sentAt) || a.createdAt.localeCompare(b.createdAt));
}

export function ConversationView({ id, backHref }: { id: string; backHref: string }) {
  const intl = useIntl();
  const viewer = useUser();
  const { users } = useAssignees(viewer.id);
  const workingLanguage = useWorkingLanguage(viewer.id);
  const [conversation, setConversation] = useState<Conversation | null>(null);
  const [messages, setMessages] = useState<Message[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [reloadCount, setReloadCount] = useState(0);
  const threadRef = useRef<HTMLDivElement>(null);
  const stickToBottom = useRef(true);
  const now = useNow(30_000);
  const firstInbound = messages?.find((m) => m.direction === "in");
  const fallbackName = firstInbound ? senderLabel(firstInbound) : null;
  useDocumentTitle(conversation?.customer?.name ?? fallbackName ?? intl.formatMessage({ id: "inbox.title" }));

  useEffect(() => {
    const controller = new AbortController();
    Promise.all([getConversation(id, controller.signal), listMessages(id, controller.signal)]).then(
      ([c, page]) => {
        setConversation(c);
        setMessages(page.items);
        setError(null);
      },
      (err) => {
        if (!isAbortError(err)) setError(err);
      },
    );
    return () => controller.abort();
  }, [id, reloadCount]);

  // Keep the newest message in view, unless the agent scrolled up to read older ones.
  useLayoutEffect(() => {
    const el = threadRef.current;
    if (el && stickToBottom.current) el.scrollTop = el.scrollHeight;
  }, [messages]);

  // Opening a conversation remounts the page, so focus would be lost: land on its heading, like a page load.
  const loaded = conversation !== null && messages !== null;
  useEffect(() => {
    const active = document.activeElement;
    if (loaded && (!active || active === document.body || active.id === "main")) document.getElementById("conversation-title")?.focus();
  }, [loaded]);

  const refreshConversation = useCallback(() => {
    getConversation(id).then(setConversation, () => {});
  }, [id]);

  useLiveEvents((signal) => {
    if (signal.type === "reconnected") setReloadCount((n) => n + 1);
    else if ((signal.type === "message.created" || signal.type === "message.updated") && signal.message.conversationId === id) {
      setMessages((list) => (list ? upsert(list, signal.message) : list));
      // Processing can set the conversation's language; the header should follow.
      refreshConversation();
    } else if (signal.type === "conversation.updated" && signal.conversation.id === id) setConversation(signal.conversation);
  });

  const retry = async (messageId: string) => {
    await retryMessage(messageId);
    setMessages((list) => list?.map((m) => (m.id === messageId ? { ...m, state: "received", stateError: null } : m)) ?? list);
  };

  if (error instanceof ApiError && error.status === 404) {
    return (
      <section className="inbox__conversation" aria-labelledby="conversation-title">
        <h1 id="conversation-title" tabIndex={-1}>
          <FormattedMessage id="conversation.notFound" />
        </h1>
      </section>
    );
  }
  if (!conversation || !messages) {
    return (
      <section className="inbox__conversation">
        <ErrorAlert error={error} />
        {!error && (
          <p className="empty-state" aria-busy="true">
            <FormattedMessage id="conversation.loading" />
          </p>
        )}
      </section>
    );
  }

  return (
    <section className="inbox__conversation" aria-labelledby="conversation-title">
      <ConversationHeader
        conversation={conversation}
        fallbackName={fallbackName}
        users={users}
        viewer={viewer}
        backHref={backHref}
        onChange={setConversation}
      />
      <ErrorAlert error={error} />
      <div
        ref={threadRef}
        className="conv-thread"
        role="log"
        tabIndex={0}
        aria-label={intl.formatMessage({ id: "conversation.messagesLabel" })}
        onScroll={(e) => {
          const el = e.currentTarget;
          stickToBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 80;
        }}
      >
        {messages.length === 0 ? (
          <p className="muted">
            <FormattedMessage id="conversation.empty" />
          </p>
        ) : (
          messages.map((m) => (
            <MessageItem key={m.id} message={m} now={now} authorName={m.authorId ? userName(users, m.authorId) : null} onRetry={retry} />
          ))
        )}
      </div>
      <ReplyBox
        key={conversation.id}
        conversationId={conversation.id}
        workingLanguage={workingLanguage}
        customerLanguage={conversation.language}
        onSent={(m) => {
          stickToBottom.current = true;
          setMessages((list) => (list ? upsert(list, m) : [m]));
        }}
      />
    </section>
  );
}
