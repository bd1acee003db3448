import { FormattedMessage } from "react-intl";

// Column names are part of the file format, so they are shown verbatim (and left to right) in every language.
const CSV_COLUMNS = ["external_id", "channel", "sent_at", "email", "phone", "handle", "name", "direction", "text", "subject"];
const JSON_EXAMPLE = '[{ "externalId": "t-1", "sentAt": "2024-05-01T10:30:00Z", "email": "ana@example.com", "text": "Hola" }]';

const code = (text: string) => (
  <code className="import-help__code" dir="ltr">
    {text}
  </code>
);

/** What a file must look like: the CSV header, the JSON shape and how rows are counted. */
export function ImportHelp() {
  return (
    <aside className="import-help" aria-labelledby="import-help-title">
      <h3 id="import-help-title" className="import-help__title">
        <FormattedMessage id="imports.help.title" />
      </h3>
      <p>
        <FormattedMessage id="imports.help.csv" values={{ optional: code("thread_id") }} />
      </p>
      {/* A line may only break after a comma, never inside a column name. */}
      <pre className="import-help__pre import-help__pre--columns" dir="ltr">
        {CSV_COLUMNS.map((column, index) => (
          <span key={column}>
            {index > 0 && (
              <>
                ,<wbr />
              </>
            )}
            {column}
          </span>
        ))}
      </pre>
      <p>
        <FormattedMessage
          id="imports.help.required"
          values={{ externalId: code("external_id"), text: code("text"), sentAt: code("sent_at") }}
        />
      </p>
      <p>
        <FormattedMessage id="imports.help.json" />
      </p>
      <pre className="import-help__pre" dir="ltr">
        {JSON_EXAMPLE}
      </pre>
      <p>
        <FormattedMessage id="imports.help.counting" values={{ direction: code("direction"), out: code("out") }} />
      </p>
    </aside>
  );
}
