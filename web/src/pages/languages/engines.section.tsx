import { FormattedMessage, useIntl } from "react-intl";
import type { TranslationEngineStatus } from "../../api/types";
import { ErrorAlert } from "../../components/error-alert";
import type { EnginesState } from "../languages.page";
import { offlinePairs, onlyNoneEngine } from "./language-pairs";
import { engineLabel } from "./language-labels";
import { PairList } from "./pair-list";

export function EnginesSection({ engines }: { engines: EnginesState }) {
  const intl = useIntl();
  const { report, loading, error, reload } = engines;
  const offline = report ? offlinePairs(report) : [];
  return (
    <div className="stack">
      <section className="card" aria-labelledby="engines-title" aria-busy={loading}>
        <div className="card__header">
          <h2 id="engines-title" className="card__title">
            <FormattedMessage id="languages.engines.title" />
          </h2>
          <button type="button" className="button button--small" onClick={reload} disabled={loading}>
            <FormattedMessage id={loading ? "common.loading" : "languages.engines.refresh"} />
          </button>
        </div>
        <ErrorAlert error={error} />
        {report === null && loading && (
          <p className="empty-state" aria-busy="true">
            <FormattedMessage id="common.loading" />
          </p>
        )}
        {report && onlyNoneEngine(report) && (
          <div className="alert alert--warning" role="status">
            <FormattedMessage id="languages.engines.noneConfigured" />
          </div>
        )}
        {report && !onlyNoneEngine(report) && (
          <ul className="engine-list">
            {report.engines.map((engine) => (
              <EngineCard key={engine.id} engine={engine} />
            ))}
          </ul>
        )}
      </section>

      {report && !onlyNoneEngine(report) && (
        <section className="card" aria-labelledby="offline-pairs-title">
          <h2 id="offline-pairs-title" className="card__title">
            <FormattedMessage id="languages.offline.title" />
          </h2>
          <p className="muted card__intro">
            <FormattedMessage id="languages.offline.intro" />
          </p>
          {offline.length === 0 ? (
            <p className="empty-state">
              <FormattedMessage id="languages.offline.empty" />
            </p>
          ) : (
            <PairList pairs={offline} label={intl.formatMessage({ id: "languages.offline.title" })} />
          )}
        </section>
      )}
    </div>
  );
}

function EngineCard({ engine }: { engine: TranslationEngineStatus }) {
  const intl = useIntl();
  const up = engine.status === "up";
  const name = engineLabel(intl, engine.id);
  return (
    <li className="engine">
      <div className="engine__head">
        <h3 className="engine__name">{name}</h3>
        <span className={`badge ${up ? "badge--success" : "badge--danger"}`}>
          <FormattedMessage id={up ? "languages.engines.up" : "languages.engines.down"} />
        </span>
        <span className={`badge ${engine.offline ? "badge--offline" : "badge--cloud"}`}>
          <FormattedMessage id={engine.offline ? "languages.engines.offline" : "languages.engines.cloud"} />
        </span>
      </div>
      <p className="engine__hint muted">
        <FormattedMessage id={engine.offline ? "languages.engines.offlineHint" : "languages.engines.cloudHint"} />
      </p>
      {engine.error && (
        <p className="engine__error">
          <bdi>{engine.error}</bdi>
        </p>
      )}
      {engine.pairs.length > 0 && (
        <details className="engine__pairs">
          <summary>
            <FormattedMessage id="languages.engines.pairCount" values={{ count: engine.pairs.length }} />
          </summary>
          <PairList pairs={engine.pairs} label={intl.formatMessage({ id: "languages.engines.pairsOf" }, { engine: name })} />
        </details>
      )}
    </li>
  );
}
