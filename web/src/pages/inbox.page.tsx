import { FormattedMessage, useIntl } from "react-intl";
import { useDocumentTitle } from "../hooks/use-document-title";
import { ConversationList } from "./inbox/conversation-list";
import { ConversationView } from "./inbox/conversation-view";

// The list and the open conversation side by side; on narrow screens only one of them shows.
export function InboxPage({ conversationId }: { conversationId: string | null }) {
  const backHref = `/inbox${window.location.search}`;
  return (
    <div className={`inbox${conversationId ? " inbox--open" : ""}`}>
      <ConversationList selectedId={conversationId} />
      {conversationId ? <ConversationView key={conversationId} id={conversationId} backHref={backHref} /> : <NothingOpen />}
    </div>
  );
}

// Only without an open conversation: that one names the tab after its customer.
function NothingOpen() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: "inbox.title" }));
  return (
    <section className="inbox__conversation inbox__placeholder">
      <p className="muted">
        <FormattedMessage id="inbox.selectPrompt" />
      </p>
    </section>
  );
}
