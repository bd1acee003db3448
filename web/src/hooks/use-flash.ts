import { useEffect, useState } from "react";
import { catalogues, type MessageId } from "../i18n/messages";
import { readFlash } from "../router";

// A one-shot confirmation passed by the previous page through history.state (see navigate()).
export function useFlash(): [MessageId | null, (id: MessageId | null) => void] {
  const [flash, setFlash] = useState<MessageId | null>(() => {
    const id = readFlash();
    return id && id in catalogues.en ? (id as MessageId) : null;
  });
  useEffect(() => {
    // Forget it so a reload does not repeat the message.
    if (readFlash()) window.history.replaceState(null, "", window.location.href);
  }, []);
  return [flash, setFlash];
}
