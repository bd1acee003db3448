import { FormattedMessage } from "react-intl";
import { type Condition, previewTagRule } from "../../../api/tag-rules.api";
import { ErrorAlert } from "../../../components/error-alert";
import { Link } from "../../../components/link";
import { useAbortableLoad } from "../../../hooks/use-abortable-load";
import { useDebouncedValue } from "../../../hooks/use-debounced-value";

/** Live "N customers match" for the condition being edited, counted by the server over every customer. */
export function RulePreview({ condition, tag }: { condition: Condition | null; tag: string }) {
  // The key changes only when the rule does; typing pauses before the server is asked.
  const key = useDebouncedValue(condition ? JSON.stringify({ condition, tag: tag.trim() }) : "", 600);
  const { result, loading, error } = useAbortableLoad(async (signal) => {
    if (!key) return null;
    const body = JSON.parse(key) as { condition: Condition; tag: string };
    return previewTagRule({ condition: body.condition, tag: body.tag || undefined }, signal);
  }, [key]);

  return (
    <section className="rule-preview" aria-labelledby="rule-preview-title" aria-busy={loading}>
      <h3 id="rule-preview-title" className="rule-preview__title">
        <FormattedMessage id="tags.preview.title" />
      </h3>
      <div aria-live="polite">
        {loading && !result && (
          <p className="muted">
            <FormattedMessage id="tags.preview.loading" />
          </p>
        )}
        {!loading && !result && !error && (
          <p className="muted">
            <FormattedMessage id="tags.preview.idle" />
          </p>
        )}
        {result && !error && (
          <p className="rule-preview__count">
            <FormattedMessage id="tags.preview.matches" values={{ matches: result.matches, total: result.total }} />
          </p>
        )}
      </div>
      <ErrorAlert error={error} />
      {result && !error && result.matches === 0 && (
        <p className="muted">
          <FormattedMessage id="tags.preview.none" />
        </p>
      )}
      {result && !error && result.sample.length > 0 && (
        <>
          <h4 className="rule-preview__subtitle">
            <FormattedMessage id="tags.preview.sample" />
          </h4>
          <ul className="rule-preview__sample">
            {result.sample.map((s) => (
              <li key={s.customerId}>
                <Link href={`/customers/${s.customerId}/profile`} dir="auto">
                  {s.name}
                </Link>
                <ul className="rule-preview__tags">
                  {s.tags.map((t) => (
                    <li key={t.name}>
                      <span className="tag-chip" dir="auto">
                        {t.name}
                      </span>{" "}
                      <span className="muted" dir="auto">
                        {t.reason}
                      </span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
