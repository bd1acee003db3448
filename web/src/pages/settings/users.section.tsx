import { type FormEvent, useCallback, useEffect, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { ApiError } from "../../api/api-error";
import type { NewUser, Role, User } from "../../api/types";
import { createUser, listUsers } from "../../api/users.api";
import { ColumnHeaders, DataTable } from "../../components/data-table";
import { ErrorAlert, errorField, StatusNotice } from "../../components/error-alert";
import { Field } from "../../components/form-field";

const ROLES: Role[] = ["admin", "manager", "agent"];
const EMPTY: NewUser = { email: "", name: "", password: "", role: "agent" };

export function UsersSection() {
  const intl = useIntl();
  const [users, setUsers] = useState<User[] | null>(null);
  const [draft, setDraft] = useState<NewUser>(EMPTY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [createdName, setCreatedName] = useState<string | null>(null);

  const load = useCallback(() => {
    listUsers().then((page) => setUsers(page.items), setError);
  }, []);
  useEffect(load, [load]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setCreatedName(null);
    try {
      const user = await createUser({ ...draft, email: draft.email.trim(), name: draft.name.trim() });
      setCreatedName(user.name);
      setDraft(EMPTY);
      load();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const set = <K extends keyof NewUser>(key: K, value: NewUser[K]) => setDraft({ ...draft, [key]: value });
  const field = errorField(error);
  const fieldError = (name: string) => (field === name && error instanceof ApiError ? error.message : null);
  const roleLabel = (role: Role) => intl.formatMessage({ id: `users.role.${role}` });
  return (
    <section className="card" aria-labelledby="users-title">
      <h2 id="users-title" className="card__title">
        <FormattedMessage id="users.title" />
      </h2>
      {users && (
        <DataTable
          caption={<FormattedMessage id="users.count" values={{ count: users.length }} />}
          head={<ColumnHeaders ids={["users.field.email", "users.field.name", "users.field.role"]} />}
        >
          {users.map((user) => (
            <tr key={user.id}>
              <td>
                <bdi>{user.email}</bdi>
              </td>
              <td dir="auto">{user.name}</td>
              <td>{roleLabel(user.role)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <h3 className="card__subtitle">
        <FormattedMessage id="users.create" />
      </h3>
      {createdName && (
        <StatusNotice>
          <FormattedMessage id="users.createdNotice" values={{ name: <bdi>{createdName}</bdi> }} />
        </StatusNotice>
      )}
      {error !== null && !field && <ErrorAlert error={error} />}
      <form className="form form--inline" onSubmit={submit} noValidate aria-busy={busy}>
        <Field idPrefix="user" name="email" label={intl.formatMessage({ id: "users.field.email" })} error={fieldError("email")}>
          {(c) => <input {...c} type="email" required dir="ltr" autoComplete="off" value={draft.email} onChange={(e) => set("email", e.target.value)} />}
        </Field>
        <Field idPrefix="user" name="name" label={intl.formatMessage({ id: "users.field.name" })} error={fieldError("name")}>
          {(c) => <input {...c} required dir="auto" autoComplete="off" value={draft.name} onChange={(e) => set("name", e.target.value)} />}
        </Field>
        <Field idPrefix="user" name="password" label={intl.formatMessage({ id: "users.field.password" })} error={fieldError("password")}>
          {(c) => <input {...c} type="password" required autoComplete="new-password" value={draft.password} onChange={(e) => set("password", e.target.value)} />}
        </Field>
        <Field idPrefix="user" name="role" label={intl.formatMessage({ id: "users.field.role" })} error={fieldError("role")}>
          {(c) => (
            <select {...c} value={draft.role} onChange={(e) => set("role", e.target.value as Role)}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {roleLabel(role)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            <FormattedMessage id="users.create" />
          </button>
        </div>
      </form>
    </section>
  );
}
