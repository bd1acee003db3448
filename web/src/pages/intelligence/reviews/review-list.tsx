import { useEffect, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { listReviews, type ReviewTheme } from "../../../api/reviews.api";
import { ColumnHeaders, DataTable } from "../../../components/data-table";
import { ErrorAlert } from "../../../components/error-alert";
import { LanguageSelect } from "../../../components/language-select";
import { ListStatus } from "../../../components/list-status";
import { Pagination } from "../../../components/pagination";
import { SearchToolbar } from "../../../components/search-toolbar";
import { SortableHeader, type SortState, sortParam } from "../../../components/sortable-header";
import { useAbortableLoad } from "../../../hooks/use-abortable-load";
import { useDebouncedValue } from "../../../hooks/use-debounced-value";
import { notClusteredText, RatingStars, ReviewText, SentimentBadge } from "./review-bits";

const PAGE_SIZE = 20;

export interface ReviewFilters {
  theme: string;
  language: string;
  rating: string;
}

/** Every review, searchable (original and translation) and filtered by theme, language and rating. */
export function ReviewList(props: {
  themes: ReviewTheme[];
  languages: string[];
  filters: ReviewFilters;
  onFilters: (f: ReviewFilters) => void;
  /** Changes when reviews may have changed (an import, a re-clustering). */
  refreshKey: string;
}) {
  const intl = useIntl();
  const { filters, onFilters } = props;
  const [searchText, setSearchText] = useState("");
  const q = useDebouncedValue(searchText.trim(), 250);
  const [sort, setSort] = useState<SortState<"writtenAt" | "rating">>({ key: "writtenAt", desc: true });
  const [offset, setOffset] = useState(0);
  const [showTranslations, setShowTranslations] = useState(false);
  // A new search or filter starts from the first page.
  useEffect(() => setOffset(0), [q, filters.theme, filters.language, filters.rating, sort]);

  const { result, loading, error } = useAbortableLoad(
    (signal) =>
      listReviews(
        {
          q: q || undefined,
          theme: filters.theme || undefined,
          language: filters.language || undefined,
          rating: filters.rating ? Number(filters.rating) : undefined,
          sort: sortParam(sort),
          limit: PAGE_SIZE,
          offset,
        },
        signal,
      ),
    [q, filters.theme, filters.language, filters.rating, sort, offset, props.refreshKey],
  );

  const set = (patch: Partial<ReviewFilters>) => onFilters({ ...filters, ...patch });
  return (
    <>
      <SearchToolbar name="q" labelId="reviews.list.search" value={searchText} onChange={setSearchText} countId="reviews.list.count" count={result?.total}>
        <select aria-label={intl.formatMessage({ id: "reviews.list.theme" })} value={filters.theme} onChange={(e) => set({ theme: e.target.value })}>
          <option value="">{intl.formatMessage({ id: "reviews.list.allThemes" })}</option>
          {props.themes.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
          <option value="none">{intl.formatMessage({ id: "reviews.list.noTheme" })}</option>
        </select>
        <LanguageSelect
          name="language"
          aria-label={intl.formatMessage({ id: "reviews.list.language" })}
          value={filters.language}
          onChange={(language) => set({ language })}
          codes={props.languages}
          emptyLabel={intl.formatMessage({ id: "reviews.list.allLanguages" })}
        />
        <select aria-label={intl.formatMessage({ id: "reviews.list.rating" })} value={filters.rating} onChange={(e) => set({ rating: e.target.value })}>
          <option value="">{intl.formatMessage({ id: "reviews.list.allRatings" })}</option>
          {[5, 4, 3, 2, 1].map((r) => (
            <option key={r} value={String(r)}>
              {intl.formatMessage({ id: "reviews.rating.label" }, { rating: r })}
            </option>
          ))}
        </select>
        <label className="checkbox">
          <input type="checkbox" checked={showTranslations} onChange={(e) => setShowTranslations(e.target.checked)} />
          <FormattedMessage id="reviews.list.showTranslations" />
        </label>
      </SearchToolbar>
      <ErrorAlert error={error} />
      <ListStatus items={result?.items} loading={loading} emptyId="reviews.list.empty" query={q} emptyQueryId="reviews.list.emptyQuery">
        {(items) => (
          <DataTable
            busy={loading}
            caption={intl.formatMessage({ id: "reviews.list.title" })}
            head={
              <>
                <ColumnHeaders ids={["reviews.list.review"]} />
                <SortableHeader column="rating" sort={sort} onSort={setSort}>
                  <FormattedMessage id="reviews.list.rating" />
                </SortableHeader>
                <ColumnHeaders ids={["reviews.list.theme", "reviews.list.sentiment"]} />
                <SortableHeader column="writtenAt" sort={sort} onSort={setSort}>
                  <FormattedMessage id="reviews.list.date" />
                </SortableHeader>
              </>
            }
          >
            {items.map((r) => (
              <tr key={r.id}>
                <td className="rv-list__text">
                  <ReviewText
                    key={String(showTranslations)}
                    text={r.text}
                    language={r.language}
                    translation={r.translation}
                    note={r.translationStatus === "untranslated" ? r.translationNote : null}
                    showTranslation={showTranslations}
                  />
                  <span className="muted rv-list__source">
                    {r.author ? `${r.author} · ${r.source}` : r.source}
                  </span>
                </td>
                <td>
                  <RatingStars rating={r.rating} />
                </td>
                <td>
                  {r.theme ? (
                    <span dir="auto">{r.theme.label}</span>
                  ) : r.state === "queued" ? (
                    <span className="muted">
                      <FormattedMessage id="reviews.list.analysing" />
                    </span>
                  ) : r.state === "failed" ? (
                    <span className="rv-list__failed" title={r.stateError ?? undefined}>
                      <FormattedMessage id="reviews.list.failed" />
                    </span>
                  ) : (
                    <span className="muted">{r.clusterNote ? notClusteredText(intl, r.clusterNote) : <FormattedMessage id="reviews.list.noTheme" />}</span>
                  )}
                </td>
                <td>{r.sentiment && <SentimentBadge label={r.sentiment.label} />}</td>
                <td>
                  <time dateTime={r.writtenAt}>{intl.formatDate(r.writtenAt, { dateStyle: "medium" })}</time>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </ListStatus>
      <Pagination offset={offset} limit={PAGE_SIZE} total={result?.total ?? 0} onChange={setOffset} />
    </>
  );
}
