import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import type { Company, CompanyInput } from "../api/types";
import { regionName } from "../i18n/intl-data";
import { CompanyForm } from "./company-form";

interface CompanyRowProps {
  company: Company;
  editing: boolean;
  onEdit: (editing: boolean) => void;
  onSave: (input: CompanyInput) => Promise<void>;
  onDelete: () => void;
}

const COLUMNS = 5;

export function CompanyRow({ company, editing, onEdit, onSave, onDelete }: CompanyRowProps) {
  const intl = useIntl();
  if (editing) {
    return (
      <tr className="table__editing">
        <td colSpan={COLUMNS}>
          <CompanyForm company={company} submitLabel="common.save" onSave={onSave} onCancel={() => onEdit(false)} />
        </td>
      </tr>
    );
  }
  return (
    <tr>
      <td dir="auto" className="table__primary">
        <button
          type="button"
          className="link-button"
          aria-label={intl.formatMessage({ id: "company.editLabel" }, { name: company.name })}
          onClick={() => onEdit(true)}
        >
          {company.name}
        </button>
      </td>
      <td>
        <bdi>{company.domain ?? ""}</bdi>
      </td>
      <td>{company.country ? regionName(intl.locale, company.country) : ""}</td>
      <td>
        <FormattedDate value={company.createdAt} dateStyle="medium" />
      </td>
      <td className="table__actions">
        <button type="button" className="button button--small" onClick={() => onEdit(true)}>
          <FormattedMessage id="common.edit" />
        </button>
        <button type="button" className="button button--small button--danger" onClick={onDelete}>
          <FormattedMessage id="common.delete" />
        </button>
      </td>
    </tr>
  );
}
