import { type FormEvent, useCallback, useEffect, useState } from "react";
import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import { createToken, listTokens, revokeToken } from "../../api/auth.api";
import type { ApiToken, CreatedApiToken } from "../../api/types";
import { ColumnHeaders, DataTable } from "../../components/data-table";
import { ErrorAlert } from "../../components/error-alert";
import { ListStatus } from "../../components/list-status";

export function ApiTokensSection() {
  const intl = useIntl();
  const [tokens, setTokens] = useState<ApiToken[] | null>(null);
  const [name, setName] = useState("");
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [copied, setCopied] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(() => {
    listTokens().then((page) => setTokens(page.items), setError);
  }, []);
  useEffect(load, [load]);

  const create = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setCreated(await createToken(name.trim()));
      setCopied(false);
      setName("");
      load();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const revoke = async (token: ApiToken) => {
    if (!window.confirm(intl.formatMessage({ id: "tokens.revokeConfirm" }, { name: token.name }))) return;
    try {
      await revokeToken(token.id);
      if (created?.id === token.id) setCreated(null);
      load();
    } catch (err) {
      setError(err);
    }
  };

  const copy = async (secret: string) => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      // Clipboard access can be refused; the field stays selectable for a manual copy.
    }
  };

  return (
    <section className="card" aria-labelledby="tokens-title">
      <h2 id="tokens-title" className="card__title">
        <FormattedMessage id="tokens.title" />
      </h2>
      <p className="muted">
        <FormattedMessage id="tokens.intro" />
      </p>
      <ErrorAlert error={error} />
      {created && (
        <div className="token-reveal" role="status">
          <label htmlFor="new-token-secret" className="field__label">
            <FormattedMessage id="tokens.createdNotice" values={{ name: <bdi>{created.name}</bdi> }} />
          </label>
          <div className="token-reveal__row">
            <input id="new-token-secret" readOnly dir="ltr" value={created.token} onFocus={(e) => e.target.select()} />
            <button type="button" className="button" onClick={() => void copy(created.token)}>
              <FormattedMessage id={copied ? "tokens.copied" : "tokens.copy"} />
            </button>
          </div>
        </div>
      )}
      <form className="form form--inline" onSubmit={create}>
        <div className="field">
          <label htmlFor="token-name" className="field__label">
            <FormattedMessage id="tokens.nameLabel" />
          </label>
          <input id="token-name" name="tokenName" required dir="auto" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={busy || !name.trim()}>
            <FormattedMessage id="tokens.create" />
          </button>
        </div>
      </form>
      <ListStatus items={tokens} loading={false} emptyId="tokens.empty">
        {(items) => (
          <DataTable actions head={<ColumnHeaders ids={["tokens.col.name", "tokens.col.created", "tokens.col.lastUsed"]} />}>
            {items.map((token) => (
              <tr key={token.id}>
                <td dir="auto">{token.name}</td>
                <td>
                  <FormattedDate value={token.createdAt} dateStyle="medium" timeStyle="short" />
                </td>
                <td>
                  {token.lastUsedAt ? (
                    <FormattedDate value={token.lastUsedAt} dateStyle="medium" timeStyle="short" />
                  ) : (
                    <span className="muted">
                      <FormattedMessage id="tokens.neverUsed" />
                    </span>
                  )}
                </td>
                <td className="table__actions">
                  <button type="button" className="button button--small button--danger" onClick={() => void revoke(token)}>
                    <FormattedMessage id="tokens.revoke" />
                  </button>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </ListStatus>
    </section>
  );
}
