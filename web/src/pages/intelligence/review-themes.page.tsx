import { useMemo, useRef, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { listThemes, reclusterThemes, type ReviewTheme } from "../../api/reviews.api";
import { BarChart, LineChart } from "../../components/charts";
import { ErrorAlert } from "../../components/error-alert";
import { useDocumentTitle } from "../../hooks/use-document-title";
import { usePolling } from "../../hooks/use-polling";
import { languageName } from "../../i18n/intl-data";
import { useUser } from "../../session";
import { ClusteringStatusPanel } from "./reviews/clustering-status";
import { ReviewImportForm } from "./reviews/review-import-form";
import { type ReviewFilters, ReviewList } from "./reviews/review-list";
import { TaxonomyEditor } from "./reviews/taxonomy-editor";
import { ThemeList } from "./reviews/theme-list";
import "./reviews/review-themes.css";

const TREND_THEMES = 5;
const POLL_MS = 1500;

// Themes of customer reviews across languages: charts, the themes with examples, every review, and import.
export function ReviewThemesPage() {
  const intl = useIntl();
  const user = useUser();
  const canManage = user.role === "manager" || user.role === "admin";
  useDocumentTitle(intl.formatMessage({ id: "nav.reviews" }));
  const [refresh, setRefresh] = useState(0);
  const [reclustering, setReclustering] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const [filters, setFilters] = useState<ReviewFilters>({ theme: "", language: "", rating: "" });
  const listTitleRef = useRef<HTMLHeadingElement>(null);

  // Polls while reviews are being analysed or themes recomputed, then stops.
  const { data, error, loading } = usePolling(`themes-${refresh}`, (signal) => listThemes(signal), {
    intervalMs: POLL_MS,
    again: (d) => !d.status.upToDate,
  });
  const themes = data?.items ?? [];
  const status = data?.status;
  const upToDate = status?.upToDate ?? false;

  const weekLabel = (week: string) => intl.formatDate(`${week}T00:00:00Z`, { month: "short", day: "numeric", timeZone: "UTC" });
  const trend = useMemo(
    () =>
      themes.slice(0, TREND_THEMES).map((t) => ({ label: t.label, points: t.trend.map((w) => ({ x: weekLabel(w.week), y: w.count })) })),
    [themes, intl.locale],
  );
  const languages = status?.languages ?? [];

  const recluster = async () => {
    setReclustering(true);
    setActionError(null);
    try {
      await reclusterThemes();
      setRefresh((n) => n + 1);
    } catch (err) {
      setActionError(err);
    } finally {
      setReclustering(false);
    }
  };

  const showReviews = (theme: ReviewTheme) => {
    setFilters({ theme: theme.id, language: "", rating: "" });
    listTitleRef.current?.scrollIntoView({ block: "start" });
    listTitleRef.current?.focus();
  };

  return (
    <section className="page rv-page">
      <header className="page__header">
        <h1 tabIndex={-1}>
          <FormattedMessage id="nav.reviews" />
        </h1>
        {canManage && (
          <button type="button" className="button" onClick={() => void recluster()} disabled={reclustering}>
            <FormattedMessage id={reclustering ? "reviews.reclustering" : "reviews.recluster"} />
          </button>
        )}
      </header>
      <p className="muted page__intro">
        <FormattedMessage id="reviews.intro" />
      </p>
      <ErrorAlert error={error ?? actionError} />
      {status && <ClusteringStatusPanel status={status} />}

      {!data && loading ? (
        <p className="empty-state" aria-busy="true">
          <FormattedMessage id="common.loading" />
        </p>
      ) : themes.length === 0 ? (
        <p className="empty-state">
          <FormattedMessage id={status && status.reviews > 0 && !upToDate ? "reviews.empty.working" : "reviews.empty"} />
        </p>
      ) : (
        <>
          <section className="card rv-charts" aria-labelledby="rv-charts-title">
            <h2 id="rv-charts-title" className="card__title">
              <FormattedMessage id="reviews.charts.title" />
            </h2>
            <div className="rv-charts__grid">
              <BarChart title={intl.formatMessage({ id: "reviews.charts.perTheme" })} data={themes.map((t) => ({ label: t.label, value: t.count }))} />
              <BarChart
                title={intl.formatMessage({ id: "reviews.charts.languages" })}
                data={languages.map((l) => ({ label: l.language === "und" ? intl.formatMessage({ id: "reviews.language.unknown" }) : languageName(intl.locale, l.language), value: l.count }))}
              />
              <div className="rv-charts__wide">
                <LineChart
                  title={intl.formatMessage({ id: "reviews.charts.trend" }, { count: trend.length })}
                  series={trend}
                  emptyText={intl.formatMessage({ id: "charts.noData" })}
                />
              </div>
            </div>
          </section>

          <section className="card" aria-labelledby="rv-themes-title">
            <h2 id="rv-themes-title" className="card__title">
              <FormattedMessage id="reviews.themes.title" values={{ count: themes.length }} />
            </h2>
            <ThemeList themes={themes} onShowReviews={showReviews} />
          </section>
        </>
      )}

      <section className="card" aria-labelledby="rv-list-title">
        <h2 id="rv-list-title" className="card__title" ref={listTitleRef} tabIndex={-1}>
          <FormattedMessage id="reviews.list.title" />
        </h2>
        <ReviewList
          themes={themes}
          languages={languages.map((l) => l.language).filter((l) => l !== "und")}
          filters={filters}
          onFilters={setFilters}
          refreshKey={`${refresh}|${status?.clusteredAt ?? ""}|${status?.pending ?? ""}`}
        />
      </section>

      {canManage && (
        <section className="card" aria-labelledby="rv-import-title">
          <h2 id="rv-import-title" className="card__title">
            <FormattedMessage id="reviews.import.title" />
          </h2>
          <ReviewImportForm onImported={(r) => r.imported > 0 && setRefresh((n) => n + 1)} />
        </section>
      )}

      {canManage && (
        <section className="card" aria-labelledby="rv-taxonomy-title">
          <h2 id="rv-taxonomy-title" className="card__title">
            <FormattedMessage id="reviews.taxonomy.title" />
          </h2>
          <TaxonomyEditor onSaved={() => setRefresh((n) => n + 1)} />
        </section>
      )}
    </section>
  );
}
