import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { isAbortError } from "../../api/api-error";
import type { Conversation, ConversationFilters } from "../../api/conversation-types";
import { getConversation, listConversations } from "../../api/conversations.api";
import type { Page } from "../../api/types";
import { ErrorAlert } from "../../components/error-alert";
import { Link } from "../../components/link";
import { ListStatus } from "../../components/list-status";
import { Pagination } from "../../components/pagination";
import { ToolbarCount } from "../../components/search-toolbar";
import { useDebouncedValue } from "../../hooks/use-debounced-value";
import { useLiveEvents } from "../../hooks/use-live-events";
import { useNow } from "../../hooks/use-now";
import { buildQuery } from "../../api/http";
import { readSearch, replaceSearch } from "../../router";
import { useUser } from "../../session";
import { ConversationRow } from "./conversation-row";
import { InboxFilters, type InboxFilterState } from "./inbox-filters";
import { useAssignees } from "./inbox-data";
import { matchesFilters, placeConversation } from "./list-placement";

const PAGE_SIZE = 25;
const FILTER_KEYS = ["channel", "language", "status", "assignee", "sentiment"] as const;

interface ListState extends InboxFilterState {
  q: string;
  offset: number;
}

function stateFromUrl(): ListState {
  const p = readSearch();
  const get = (k: string) => p.get(k) ?? "";
  return {
    channel: get("channel"),
    language: get("language"),
    status: get("status"),
    assignee: get("assignee"),
    sentiment: get("sentiment"),
    q: get("q"),
    offset: Math.max(0, Number(p.get("offset")) || 0),
  };
}

function toApiFilters(s: ListState, viewerId: string): ConversationFilters {
  const assigneeId = s.assignee === "me" ? viewerId : s.assignee;
  return { channel: s.channel, language: s.language, status: s.status, assigneeId, sentiment: s.sentiment, q: s.q };
}

// The last page shown survives the remount that every navigation causes, so opening a conversation doesn't flash.
let lastShown: { key: string; page: Page<Conversation> } | null = null;

export function ConversationList({ selectedId }: { selectedId: string | null }) {
  const intl = useIntl();
  const user = useUser();
  const { users } = useAssignees(user.id);
  const [state, setState] = useState(stateFromUrl);
  const [searchText, setSearchText] = useState(state.q);
  const debouncedSearch = useDebouncedValue(searchText.trim(), 250);
  const stateKey = JSON.stringify(state);
  const [result, setResult] = useState<Page<Conversation> | null>(() => (lastShown?.key === stateKey ? lastShown.page : null));
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [reloadCount, setReloadCount] = useState(0);
  const [focusId, setFocusId] = useState<string | null>(selectedId);
  const listRef = useRef<HTMLOListElement>(null);
  const pending = useRef(new Map<string, number>());
  // When each conversation last arrived whole in a live event (performance.now()).
  const pushedAt = useRef(new Map<string, number>());
  const now = useNow(30_000);
  // Live events arrive after renders; they must see the filters in force now.
  const latest = useRef({ filters: toApiFilters(state, user.id), offset: state.offset });
  latest.current = { filters: toApiFilters(state, user.id), offset: state.offset };

  useEffect(() => {
    setState((s) => (s.q === debouncedSearch ? s : { ...s, q: debouncedSearch, offset: 0 }));
  }, [debouncedSearch]);

  useEffect(() => {
    const s: ListState = JSON.parse(stateKey);
    replaceSearch({ ...s });
    const controller = new AbortController();
    setLoading(true);
    listConversations({ ...toApiFilters(s, user.id), limit: PAGE_SIZE, offset: s.offset }, controller.signal).then(
      (page) => {
        lastShown = { key: stateKey, page };
        setResult(page);
        setError(null);
        setLoading(false);
      },
      (err) => {
        if (isAbortError(err)) return;
        setError(err);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [stateKey, user.id, reloadCount]);

  // Re-reads one conversation after a live event and moves it where it now belongs.
  const refreshOne = (id: string, toTop: boolean, known?: Conversation) => {
    const apply = (c: Conversation) => {
      const { filters: f, offset } = latest.current;
      const matches = matchesFilters(c, f);
      if (matches === null) {
        setReloadCount((n) => n + 1);
        return;
      }
      setResult((page) => {
        if (!page) return page;
        if (offset > 0 && !page.items.some((i) => i.id === c.id)) return page;
        const placed = placeConversation(page.items, c, matches, toTop && offset === 0, PAGE_SIZE);
        return { items: placed.items, total: Math.max(0, page.total + placed.delta) };
      });
    };
    if (known) {
      pushedAt.current.set(id, performance.now());
      return apply(known);
    }
    // Several events for one conversation (created, then processed) arrive close together: read it once.
    window.clearTimeout(pending.current.get(id));
    pending.current.set(
      id,
      window.setTimeout(() => {
        pending.current.delete(id);
        const started = performance.now();
        getConversation(id).then(
          // A read that started before a pushed update is older than it: it must not put the old state back.
          (c) => ((pushedAt.current.get(id) ?? -1) > started ? undefined : apply(c)),
          () => setReloadCount((n) => n + 1),
        );
      }, 200),
    );
  };

  useEffect(() => {
    const timers = pending.current;
    return () => timers.forEach((t) => window.clearTimeout(t));
  }, []);

  useLiveEvents((signal) => {
    if (signal.type === "reconnected") setReloadCount((n) => n + 1);
    else if (signal.type === "message.created" || signal.type === "message.updated") {
      refreshOne(signal.message.conversationId, signal.type === "message.created");
    } else if (signal.type === "conversation.updated") refreshOne(signal.conversation.id, false, signal.conversation);
  });

  const search = buildQuery({ ...FILTER_KEYS.reduce((o, k) => ({ ...o, [k]: state[k] }), {}), q: state.q, offset: state.offset || undefined });
  const items = result?.items ?? [];
  const focusable = items.some((c) => c.id === focusId) ? focusId : (items.find((c) => c.id === selectedId)?.id ?? items[0]?.id);

  // Arrow keys move between conversations (one tab stop for the whole list); Enter opens the focused link.
  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const links = [...(listRef.current?.querySelectorAll<HTMLAnchorElement>("a.conv-row") ?? [])];
    const index = links.findIndex((a) => a === document.activeElement);
    let next: number | null = null;
    if (event.key === "ArrowDown") next = Math.min(links.length - 1, index + 1);
    else if (event.key === "ArrowUp") next = Math.max(0, index - 1);
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = links.length - 1;
    const target = next === null ? undefined : links[next];
    if (!target) return;
    event.preventDefault();
    target.focus();
  };

  const update = (patch: Partial<ListState>) => setState((s) => ({ ...s, ...patch, offset: patch.offset ?? 0 }));
  // With a conversation open, its customer is the page's main heading.
  const ListHeading = selectedId ? "h2" : "h1";
  const filtered = FILTER_KEYS.some((k) => state[k]) || state.q;

  return (
    <section className="inbox__list" aria-labelledby="inbox-title">
      <header className="inbox__list-header">
        <ListHeading id="inbox-title" className="inbox__title" tabIndex={-1}>
          <FormattedMessage id="inbox.title" />
        </ListHeading>
        <ToolbarCount id="inbox.count" count={result?.total} />
        <Link href="/imports" className="button button--small inbox__imports">
          <FormattedMessage id="inbox.importHistory" />
        </Link>
      </header>
      <search className="inbox__search">
        <input
          type="search"
          name="q"
          aria-label={intl.formatMessage({ id: "inbox.searchLabel" })}
          placeholder={intl.formatMessage({ id: "inbox.searchPlaceholder" })}
          value={searchText}
          dir="auto"
          onChange={(event) => setSearchText(event.target.value)}
        />
        <InboxFilters value={state} users={users} viewerId={user.id} onChange={update} />
      </search>
      <ErrorAlert error={error} />
      <ListStatus items={result?.items} loading={loading} loadingId="inbox.loading" emptyId={filtered ? "inbox.emptyFiltered" : "inbox.empty"}>
        <p id="inbox-list-hint" className="visually-hidden">
          <FormattedMessage id="inbox.listHint" />
        </p>
        <ol
          ref={listRef}
          className="conv-list"
          aria-label={intl.formatMessage({ id: "inbox.listLabel" })}
          aria-describedby="inbox-list-hint"
          aria-busy={loading}
          onKeyDown={onKeyDown}
        >
          {items.map((c) => (
            <ConversationRow
              key={c.id}
              conversation={c}
              href={`/inbox/${encodeURIComponent(c.id)}${search}`}
              selected={c.id === selectedId}
              focusable={c.id === focusable}
              now={now}
              onFocus={() => setFocusId(c.id)}
            />
          ))}
        </ol>
      </ListStatus>
      <Pagination offset={state.offset} limit={PAGE_SIZE} total={result?.total ?? 0} onChange={(offset) => update({ offset })} />
    </section>
  );
}
