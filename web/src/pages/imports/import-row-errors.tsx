import { FormattedMessage, useIntl } from "react-intl";
import type { ImportRecord } from "../../api/imports.api";

/** The rows that could not be imported, as the server reported them (it keeps the first 100). */
export function ImportRowErrors({ record }: { record: ImportRecord }) {
  const intl = useIntl();
  const shown = record.errors.length;
  return (
    <section className="import-errors" aria-labelledby="import-errors-title">
      <h3 id="import-errors-title" className="import-errors__title">
        <FormattedMessage id="imports.errors.title" />
      </h3>
      <p className="muted import-errors__hint">
        <FormattedMessage id="imports.errors.hint" />
        {record.failed > shown && (
          <>
            {" "}
            <FormattedMessage id="imports.errors.truncated" values={{ shown, failed: record.failed }} />
          </>
        )}
      </p>
      {/* Scrollable, so it takes a tab stop: keyboard users can scroll it with the arrow keys. */}
      <div
        className="import-errors__scroll"
        role="region"
        aria-labelledby="import-errors-title"
        tabIndex={0}
      >
        <table className="table import-errors__table">
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="imports.errors.row" />
              </th>
              <th scope="col">
                <FormattedMessage id="imports.errors.problem" />
              </th>
            </tr>
          </thead>
          <tbody>
            {record.errors.map((e, index) => (
              <tr key={`${e.row}-${index}`}>
                <th scope="row" className="numeric">
                  {intl.formatNumber(e.row)}
                </th>
                <td>
                  <bdi className="import-errors__message">{e.message}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
