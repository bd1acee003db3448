import { FormattedMessage } from "react-intl";
import type { MessageTranslation } from "../../api/conversation-types";
import { ProvenanceBadges } from "../languages/provenance-badges";

// A reply whose customer-language text the agent wrote or corrected is stored with engine "human".
export function MessageProvenance({ provenance }: { provenance: MessageTranslation["provenance"] }) {
  if (provenance.engine === "human") {
    return (
      <ul className="badge-list">
        <li className="badge badge--success">
          <FormattedMessage id="message.humanTranslation" />
        </li>
      </ul>
    );
  }
  return (
    <ProvenanceBadges
      provenance={{
        engine: provenance.engine ?? "",
        score: typeof provenance.score === "number" ? provenance.score : null,
        ...(provenance.pivot ? { pivot: provenance.pivot } : {}),
        ...(provenance.tmMatch ? { tmMatch: provenance.tmMatch } : {}),
        ...(provenance.approved ? { approved: true } : {}),
      }}
    />
  );
}
