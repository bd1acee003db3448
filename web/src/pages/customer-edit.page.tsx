import { useEffect, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { ApiError, isAbortError } from "../api/api-error";
import { listCompanies } from "../api/companies.api";
import { createCustomer, deleteCustomer, getCustomer, updateCustomer } from "../api/customers.api";
import type { Company, Customer } from "../api/types";
import { ErrorAlert, errorField, StatusNotice } from "../components/error-alert";
import { Link } from "../components/link";
import { useDocumentTitle } from "../hooks/use-document-title";
import { useFlash } from "../hooks/use-flash";
import { navigate } from "../router";
import { CustomerForm } from "./customer-form";
import { type CustomerFormValues, toCustomerInput, toFormValues } from "./customer-form-values";
import { CustomerMeta } from "./customer-meta";

export function CustomerEditPage({ id }: { id: string | null }) {
  const intl = useIntl();
  const [customer, setCustomer] = useState<Customer | null>(null);
  const [values, setValues] = useState(() => toFormValues(null));
  const [loadError, setLoadError] = useState<unknown>(null);
  const [companies, setCompanies] = useState<Pick<Company, "id" | "name">[]>([]);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [notice, setNotice] = useFlash();
  const title = id === null ? intl.formatMessage({ id: "customer.newTitle" }) : (customer?.name ?? "");
  useDocumentTitle(title);

  useEffect(() => {
    if (id === null) return;
    const controller = new AbortController();
    getCustomer(id, controller.signal).then(
      (loaded) => {
        setCustomer(loaded);
        setValues(toFormValues(loaded));
      },
      (err) => !isAbortError(err) && setLoadError(err),
    );
    return () => controller.abort();
  }, [id]);

  useEffect(() => {
    listCompanies({ sort: "name", limit: 100 }).then((page) => setCompanies(page.items), () => {});
  }, []);

  // Move focus to the field the server rejected, so keyboard users land right on it.
  useEffect(() => {
    const field = errorField(saveError);
    if (field) document.querySelector<HTMLElement>(`form [name="${CSS.escape(field)}"]`)?.focus();
  }, [saveError]);

  const save = async () => {
    setSaving(true);
    setSaveError(null);
    setNotice(null);
    try {
      const input = toCustomerInput(values);
      if (id === null) {
        const created = await createCustomer(input);
        navigate(`/customers/${encodeURIComponent(created.id)}`, { replace: true, flash: "customer.createdNotice" });
        return;
      }
      const updated = await updateCustomer(id, input);
      setCustomer(updated);
      setValues(toFormValues(updated));
      setNotice("customer.savedNotice");
    } catch (err) {
      setSaveError(err);
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    if (!customer) return;
    if (!window.confirm(intl.formatMessage({ id: "customer.deleteConfirm" }, { name: customer.name }))) return;
    try {
      await deleteCustomer(customer.id);
      navigate("/customers", { flash: "customer.deletedNotice" });
    } catch (err) {
      setSaveError(err);
    }
  };

  const field = errorField(saveError);
  const fieldError = (name: string) => (field === name && saveError instanceof ApiError ? saveError.message : null);
  // Customers linked to a company beyond the first 100 still need their own option.
  const companyOptions =
    customer?.company && !companies.some((c) => c.id === customer.company?.id) ? [customer.company, ...companies] : companies;

  if (loadError) {
    return (
      <section className="page">
        <h1 tabIndex={-1}>
          <FormattedMessage id={loadError instanceof ApiError && loadError.status === 404 ? "customer.notFound" : "error.unknown"} />
        </h1>
        <ErrorAlert error={loadError} />
        <BackLink />
      </section>
    );
  }

  return (
    <section className="page">
      <BackLink />
      <header className="page__header">
        <h1 tabIndex={-1} dir="auto">
          {title || <FormattedMessage id="common.loading" />}
        </h1>
      </header>
      {notice && (
        <StatusNotice>
          <FormattedMessage id={notice} />
        </StatusNotice>
      )}
      {/* Field-specific problems are shown next to the field; the banner covers the rest. */}
      {saveError !== null && !field && <ErrorAlert error={saveError} />}
      {id !== null && !customer ? (
        <p className="empty-state" aria-busy="true">
          <FormattedMessage id="common.loading" />
        </p>
      ) : (
        <div className="detail-layout">
          <CustomerForm
            values={values}
            onChange={(next: CustomerFormValues) => setValues(next)}
            onSubmit={() => void save()}
            companies={companyOptions}
            saving={saving}
            fieldError={fieldError}
            derivedTimeZone={customer?.timeZone ?? null}
          >
            {customer && (
              <button type="button" className="button button--danger" onClick={() => void remove()}>
                <FormattedMessage id="customer.delete" />
              </button>
            )}
          </CustomerForm>
          {customer && <CustomerMeta customer={customer} />}
        </div>
      )}
    </section>
  );
}

function BackLink() {
  return (
    <Link href="/customers" className="back-link">
      <FormattedMessage id="customer.backToList" />
    </Link>
  );
}
