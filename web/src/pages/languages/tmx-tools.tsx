import { type ChangeEvent, useState } from "react";
import { FormattedMessage } from "react-intl";
import { importTmx, memoryExportUrl } from "../../api/language.api";
import { ErrorAlert, StatusNotice } from "../../components/error-alert";

interface TmxToolsProps {
  from: string;
  to: string;
  canImport: boolean;
  onImported: () => void;
}

// TMX 1.4 exchange with CAT tools: export the (filtered) language pair, import a file's entries as approved.
export function TmxTools({ from, to, canImport, onImported }: TmxToolsProps) {
  const [busy, setBusy] = useState(false);
  const [imported, setImported] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setError(null);
    setImported(null);
    try {
      const result = await importTmx(await file.text());
      setImported(result.imported);
      onImported();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
      input.value = ""; // picking the same file again imports it again
    }
  };

  return (
    <div className="tmx-tools">
      <a className="button" href={memoryExportUrl(from || undefined, to || undefined)} download="mundo-memory.tmx">
        <FormattedMessage id="languages.tmx.export" />
      </a>
      {canImport && (
        <label className={`button file-button${busy ? " file-button--busy" : ""}`} aria-busy={busy}>
          <FormattedMessage id={busy ? "languages.tmx.importing" : "languages.tmx.import"} />
          <input type="file" name="tmxFile" accept=".tmx,.xml,application/x-tmx+xml,text/xml" disabled={busy} onChange={(e) => void onFile(e)} />
        </label>
      )}
      {imported !== null && (
        <StatusNotice>
          <FormattedMessage id="languages.tmx.imported" values={{ count: imported }} />
        </StatusNotice>
      )}
      <ErrorAlert error={error} />
    </div>
  );
}
