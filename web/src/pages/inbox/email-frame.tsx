import { useMemo } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { prepareEmailHtml } from "./email-html";

interface EmailFrameProps {
  html: string;
  lang: string | null;
  sender: string;
}

// The only place customer HTML is rendered: a sandboxed frame without scripts or same-origin access.
export function EmailFrame({ html, lang, sender }: EmailFrameProps) {
  const intl = useIntl();
  const prepared = useMemo(() => prepareEmailHtml(html, lang), [html, lang]);
  return (
    <div className="email-frame">
      {prepared.blockedRemote > 0 && (
        <p className="email-frame__note">
          <FormattedMessage id="message.remoteBlocked" />
        </p>
      )}
      <div className="email-frame__resize">
        <iframe
          sandbox=""
          srcDoc={prepared.srcdoc}
          referrerPolicy="no-referrer"
          title={intl.formatMessage({ id: "message.htmlFrameTitle" }, { sender })}
          className="email-frame__frame"
        />
      </div>
    </div>
  );
}
