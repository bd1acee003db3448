import { useEffect, useRef, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { type EvaluationRun, getEvaluation, isRunActive, latestEvaluations, startEvaluation } from "../../../api/tag-rules.api";
import { ErrorAlert } from "../../../components/error-alert";
import { useAbortableLoad } from "../../../hooks/use-abortable-load";
import { usePolling } from "../../../hooks/use-polling";

const POLL_MS = 800;

/** "Re-evaluate all customers" with the run's live progress (also shows the last run, and follows one already running). */
export function EvaluatePanel({ canManage, onSettled }: { canManage: boolean; onSettled: () => void }) {
  const [run, setRun] = useState<EvaluationRun | null>(null);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const latest = useAbortableLoad((signal) => latestEvaluations(signal), []);
  const shown = run ?? latest.result?.items[0] ?? null;

  const start = async () => {
    setStarting(true);
    setError(null);
    try {
      setRun(await startEvaluation());
    } catch (err) {
      setError(err);
    } finally {
      setStarting(false);
    }
  };

  const active = shown ? isRunActive(shown) : false;
  return (
    <section className="card evaluate-panel" aria-labelledby="evaluate-title">
      <h2 id="evaluate-title" className="card__title">
        <FormattedMessage id="tags.evaluate.title" />
      </h2>
      <p className="muted">
        <FormattedMessage id="tags.evaluate.hint" />
      </p>
      {canManage && (
        <button type="button" className="button button--primary" disabled={starting || active} onClick={() => void start()}>
          <FormattedMessage id="tags.evaluate.button" />
        </button>
      )}
      <ErrorAlert error={error ?? latest.error} />
      {shown && <RunProgress key={shown.id} initial={shown} onSettled={onSettled} />}
    </section>
  );
}

function RunProgress({ initial, onSettled }: { initial: EvaluationRun; onSettled: () => void }) {
  const intl = useIntl();
  const { data, error } = usePolling(initial.id, (signal) => getEvaluation(initial.id, signal), { intervalMs: POLL_MS, again: isRunActive, initial });
  const run = data ?? initial;
  const active = isRunActive(run);
  const wasActive = useRef(isRunActive(initial));
  useEffect(() => {
    if (active || !wasActive.current) return;
    wasActive.current = false;
    onSettled();
  }, [active, onSettled]);

  const ratio = run.total > 0 ? Math.min(1, run.processed / run.total) : run.status === "completed" ? 1 : 0;
  // Screen readers hear 10 % steps, not every poll.
  const step = Math.floor(ratio * 10) / 10;
  return (
    <div className="evaluate-panel__run">
      <div className="evaluate-panel__bar">
        <progress
          className="tag-rules-progress"
          aria-label={intl.formatMessage({ id: "tags.evaluate.progressLabel" })}
          max={Math.max(1, run.total)}
          value={run.status === "queued" ? undefined : run.processed}
        />
        <span className="evaluate-panel__percent">{intl.formatNumber(ratio, { style: "percent" })}</span>
      </div>
      <p className="evaluate-panel__status">
        {run.status === "queued" ? (
          <FormattedMessage id="tags.evaluate.queued" />
        ) : (
          <FormattedMessage id="tags.evaluate.progress" values={{ processed: intl.formatNumber(run.processed), total: intl.formatNumber(run.total) }} />
        )}{" "}
        <span className="muted">
          <FormattedMessage id="tags.evaluate.last" values={{ date: intl.formatDate(run.createdAt, { dateStyle: "medium", timeStyle: "short" }) }} />
        </span>
      </p>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {active ? intl.formatMessage({ id: "tags.evaluate.announce" }, { percent: intl.formatNumber(step, { style: "percent" }) }) : null}
      </p>
      {run.status === "completed" && (
        <output className="alert alert--success">
          <FormattedMessage id="tags.evaluate.done" values={{ changed: run.changed }} />
        </output>
      )}
      {run.status === "failed" && (
        <div className="alert alert--error" role="alert">
          <FormattedMessage id="tags.evaluate.failed" values={{ error: <bdi>{run.error ?? intl.formatMessage({ id: "error.unknown" })}</bdi> }} />
        </div>
      )}
      {active && <ErrorAlert error={error} />}
    </div>
  );
}
