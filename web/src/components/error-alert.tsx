import type { ReactNode } from "react";
import { FormattedMessage } from "react-intl";
import { ApiError, NETWORK_ERROR } from "../api/api-error";

// Server messages are shown as sent; only failures the server never saw get a translated text.
export function ErrorAlert({ error }: { error: unknown }) {
  if (!error) return null;
  let text: ReactNode;
  if (error instanceof ApiError && error.code !== NETWORK_ERROR) text = error.message;
  else if (error instanceof ApiError) text = <FormattedMessage id="error.network" />;
  else text = <FormattedMessage id="error.unknown" />;
  return (
    <div className="alert alert--error" role="alert">
      {text}
    </div>
  );
}

export function StatusNotice({ children }: { children: ReactNode }) {
  return (
    <output className="alert alert--success" aria-live="polite">
      {children}
    </output>
  );
}

// Maps a server `field` such as "emails.1" or "consent.sms" to the form control it belongs to.
export function errorField(error: unknown): string | null {
  if (!(error instanceof ApiError) || !error.field) return null;
  return error.field.split(/[.[]/)[0] ?? null;
}
