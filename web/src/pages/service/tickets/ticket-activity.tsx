import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import type { Comment, TicketEvent } from "../../../api/tickets.api";
import { languageLabel, PRIORITY_IDS, STATUS_IDS } from "./ticket-format";

type Entry = { at: string; key: string; comment?: Comment; event?: TicketEvent };

const isStatus = (v: unknown): v is keyof typeof STATUS_IDS => typeof v === "string" && v in STATUS_IDS;
const isPriority = (v: unknown): v is keyof typeof PRIORITY_IDS => typeof v === "string" && v in PRIORITY_IDS;

function EventText({ event, names }: { event: TicketEvent; names: Map<string, string> }) {
  const intl = useIntl();
  const d = event.data;
  const name = (id: unknown) => (typeof id === "string" ? (names.get(id) ?? "…") : intl.formatMessage({ id: "tickets.activity.nobody" }));
  switch (event.kind) {
    case "created":
      return <FormattedMessage id="tickets.activity.created" values={{ source: String(d.source ?? "") }} />;
    case "status":
      return (
        <FormattedMessage
          id="tickets.activity.status"
          values={{ from: isStatus(d.from) ? intl.formatMessage({ id: STATUS_IDS[d.from] }) : "", to: isStatus(d.to) ? intl.formatMessage({ id: STATUS_IDS[d.to] }) : "" }}
        />
      );
    case "priority":
      return (
        <FormattedMessage
          id="tickets.activity.priority"
          values={{ from: isPriority(d.from) ? intl.formatMessage({ id: PRIORITY_IDS[d.from] }) : "", to: isPriority(d.to) ? intl.formatMessage({ id: PRIORITY_IDS[d.to] }) : "" }}
        />
      );
    case "assignee":
      return <FormattedMessage id="tickets.activity.assignee" values={{ to: <bdi key="to">{name(d.to)}</bdi> }} />;
    case "team":
      return <FormattedMessage id="tickets.activity.team" values={{ to: <bdi key="to">{name(d.to)}</bdi> }} />;
    case "tags":
      return <FormattedMessage id="tickets.activity.tags" values={{ tags: Array.isArray(d.to) ? d.to.join(", ") : "" }} />;
    case "rerouted":
      return <FormattedMessage id="tickets.activity.rerouted" values={{ reason: <span key="reason" dir="ltr">{String(d.reason ?? "")}</span> }} />;
    case "language":
      return <FormattedMessage id="tickets.activity.language" values={{ to: languageLabel(intl, typeof d.to === "string" ? d.to : null) }} />;
    case "subject":
      return <FormattedMessage id="tickets.activity.subject" values={{ to: <bdi key="to">{String(d.to ?? "")}</bdi> }} />;
    default:
      return <>{event.kind}</>;
  }
}

/** Replies, notes and history, oldest first. Replies and notes are events too; the comment carries the text. */
export function TicketActivity({ comments, events, names }: { comments: Comment[]; events: TicketEvent[]; names: Map<string, string> }) {
  const intl = useIntl();
  const entries: Entry[] = [
    ...comments.map((c) => ({ at: c.createdAt, key: `c-${c.id}`, comment: c })),
    ...events.filter((e) => e.kind !== "reply" && e.kind !== "note").map((e) => ({ at: e.createdAt, key: `e-${e.id}`, event: e })),
  ].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  if (entries.length === 0) {
    return (
      <p className="empty-state">
        <FormattedMessage id="tickets.activity.empty" />
      </p>
    );
  }
  return (
    <ol className="ticket-activity">
      {entries.map((e) => (
        <li key={e.key} className={`ticket-activity__item${e.comment ? ` ticket-activity__item--${e.comment.kind}` : ""}`}>
          <div className="ticket-activity__meta muted">
            <bdi>{e.comment?.author?.name ?? e.event?.actor?.name ?? intl.formatMessage({ id: "tickets.activity.system" })}</bdi>
            {" · "}
            <time dateTime={e.at}>
              <FormattedDate value={e.at} dateStyle="medium" timeStyle="short" />
            </time>
            {e.comment && (
              <>
                {" · "}
                <FormattedMessage id={e.comment.kind === "note" ? "tickets.activity.note" : "tickets.activity.reply"} />
              </>
            )}
          </div>
          {e.event && <EventText event={e.event} names={names} />}
          {e.comment && (
            <>
              <p className="ticket-activity__body" dir="auto">
                {e.comment.body}
              </p>
              {e.comment.translation && (
                <p className="ticket-activity__translation" dir="auto" lang={e.comment.translationTo ?? undefined}>
                  <span className="badge badge--neutral">{languageLabel(intl, e.comment.translationTo)}</span> {e.comment.translation}
                </p>
              )}
              {e.comment.messageId && (
                <p className="muted">
                  <FormattedMessage id="tickets.activity.sentViaConversation" />
                </p>
              )}
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
