import { useLocation, useNavigate, useParams } from 'react-router';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { PrevNextPagination } from '@/components/govuk/pagination';
import { PageLoading, PageNotFound, ServiceProblem } from '@/components/layout/page-states';
import { useRetentionReview, useRetentionReviews } from '@/features/retention-review/api/list-retention-reviews';
import { useRetentionRuns } from '@/features/retention-review/api/list-retention-runs';
import { RetentionQueueTable, RetentionRuns } from '@/features/retention-review/components/retention-queue';
import { RetentionReviewPage } from '@/features/retention-review/components/retention-review-page';
import { retentionPaths } from '@/features/retention-review/paths';
import { useCursorPaging } from '@/hooks/use-cursor-paging';
import { usePageTitle } from '@/hooks/use-page-title';

/** The data-protection officer's retention review: the queue, the run log, and running now. */
export function RetentionReviewRoute() {
  const paging = useCursorPaging<HTMLTableCaptionElement>();
  const reviews = useRetentionReviews(paging.cursor);
  const runs = useRetentionRuns();
  const banner = (useLocation().state as { banner?: string } | null)?.banner;
  const title = 'Retention review';
  usePageTitle(paging.pageNumber > 1 ? `${title}, page ${paging.pageNumber}` : title);

  return (
    <>
      {banner ? <NotificationBanner type="success" heading={banner} /> : null}
      <h1 className="govuk-heading-l">{title}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            Closed records are kept for six years after they were closed (a young carer’s until their 25th birthday if that is later). Records past their
            date are listed here: approve anonymising, or keep a record with the reason.
          </p>
        </div>
      </div>
      {reviews.isPending ? (
        <p className="govuk-body" role="status">
          Loading…
        </p>
      ) : reviews.isError ? (
        <ServiceProblem error={reviews.error} />
      ) : reviews.data.items.length === 0 && paging.pageNumber === 1 ? (
        <p className="govuk-body">No records are past their retention date.</p>
      ) : (
        <>
          <RetentionQueueTable
            items={reviews.data.items}
            caption={paging.pageNumber > 1 ? `Records past their date, page ${paging.pageNumber}` : 'Records past their date'}
            captionRef={paging.focusRef}
          />
          <PrevNextPagination {...paging.links(reviews.data.nextCursor ?? undefined)} />
        </>
      )}
      {runs.isError ? <ServiceProblem error={runs.error} /> : <RetentionRuns runs={runs.data?.items ?? []} />}
    </>
  );
}

export function RetentionReviewItemRoute() {
  const { reviewId } = useParams();
  const navigate = useNavigate();
  const found = useRetentionReview(reviewId ?? '');
  if (!reviewId) return <PageNotFound />;
  if (found.isPending) return <PageLoading title="Retention review" />;
  if (found.isError) return <ServiceProblem error={found.error} />;
  if (!found.data) return <PageNotFound />;
  return <RetentionReviewPage key={found.data.eTag} review={found.data} onDone={(message) => void navigate(retentionPaths.queue, { state: { banner: message } })} />;
}
