import { type FormEvent, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { login } from "../api/auth.api";
import { ErrorAlert } from "../components/error-alert";
import { LanguageSwitcher } from "../components/language-switcher";
import { useDocumentTitle } from "../hooks/use-document-title";
import { useSession } from "../session";

export function LoginPage() {
  const intl = useIntl();
  const { signIn } = useSession();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useDocumentTitle(intl.formatMessage({ id: "login.title" }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      signIn(await login(email.trim(), password));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <div className="login">
      <div className="login__topbar">
        <LanguageSwitcher />
      </div>
      <main className="login__card">
        <div className="brand brand--large">
          <span className="brand__mark" aria-hidden="true">
            M
          </span>
          Mundo
        </div>
        <h1 className="login__title">
          <FormattedMessage id="login.title" />
        </h1>
        <p className="login__subtitle">
          <FormattedMessage id="login.subtitle" />
        </p>
        <form className="form" onSubmit={onSubmit} aria-busy={busy}>
          <ErrorAlert error={error} />
          <div className="field">
            <label className="field__label" htmlFor="login-email">
              <FormattedMessage id="login.email" />
            </label>
            <input
              id="login-email"
              name="email"
              type="email"
              autoComplete="username"
              required
              dir="ltr"
              value={email}
              aria-invalid={error ? true : undefined}
              onChange={(event) => setEmail(event.target.value)}
            />
          </div>
          <div className="field">
            <label className="field__label" htmlFor="login-password">
              <FormattedMessage id="login.password" />
            </label>
            <input
              id="login-password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              aria-invalid={error ? true : undefined}
              onChange={(event) => setPassword(event.target.value)}
            />
          </div>
          <button type="submit" className="button button--primary button--block" disabled={busy}>
            <FormattedMessage id={busy ? "login.submitting" : "login.submit"} />
          </button>
        </form>
      </main>
    </div>
  );
}
