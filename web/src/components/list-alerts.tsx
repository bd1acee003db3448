import { FormattedMessage } from "react-intl";
import type { MessageId } from "../i18n/messages";
import { ErrorAlert, StatusNotice } from "./error-alert";

/** A list page's confirmation of the last change, then its error if any. */
export function ListAlerts({ notice, error }: { notice: MessageId | null; error: unknown }) {
  return (
    <>
      {notice && (
        <StatusNotice>
          <FormattedMessage id={notice} />
        </StatusNotice>
      )}
      <ErrorAlert error={error} />
    </>
  );
}
