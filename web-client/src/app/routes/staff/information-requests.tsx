import { useLocation, useNavigate, useParams } from 'react-router';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { PrevNextPagination } from '@/components/govuk/pagination';
import { PageLoading, PageNotFound, ServiceProblem } from '@/components/layout/page-states';
import {
  useFindInformationRequest,
  useInformationRequestQueue,
  useReloadInformationRequest,
} from '@/features/information-work/api/list-information-request-queue';
import { InformationQueueTable } from '@/features/information-work/components/information-queue-table';
import { InformationRequestPage } from '@/features/information-work/components/information-request-page';
import { informationWorkPaths } from '@/features/information-work/paths';
import { useCursorPaging } from '@/hooks/use-cursor-paging';
import { usePageTitle } from '@/hooks/use-page-title';
import type { InformationQueueItem } from '@/lib/api/types';
import { informationStatusLabels } from '@/lib/information-formats';

/** Assessors' and managers' queue of open information requests, overdue first. */
export function InformationQueueRoute() {
  const paging = useCursorPaging<HTMLTableCaptionElement>();
  const query = useInformationRequestQueue(paging.cursor);
  const banner = (useLocation().state as { banner?: string } | null)?.banner;
  const title = 'Information requests';
  usePageTitle(paging.pageNumber > 1 ? `${title}, page ${paging.pageNumber}` : title);
  return (
    <>
      {banner ? <NotificationBanner type="success" heading={banner} /> : null}
      <h1 className="govuk-heading-l">{title}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            Carers’ requests for information in an accessible format or another language, overdue first, then by the date they are due
            (10 working days after asking). Record each one sent, or why it cannot be provided.
          </p>
        </div>
      </div>
      {query.isPending ? (
        <p className="govuk-body" role="status">
          Loading…
        </p>
      ) : query.isError ? (
        <ServiceProblem error={query.error} />
      ) : query.data.items.length === 0 && paging.pageNumber === 1 ? (
        <p className="govuk-body">There are no open requests.</p>
      ) : (
        <>
          <InformationQueueTable
            items={query.data.items}
            caption={paging.pageNumber > 1 ? `Open requests, page ${paging.pageNumber}` : 'Open requests'}
            captionRef={paging.focusRef}
          />
          <PrevNextPagination {...paging.links(query.data.nextCursor ?? undefined)} />
        </>
      )}
    </>
  );
}

export function InformationRequestRoute() {
  const { requestId } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const handed = (location.state as { item?: InformationQueueItem } | null)?.item;
  const fromState = handed && handed.id === requestId ? handed : undefined;
  const found = useFindInformationRequest(requestId ?? '', Boolean(requestId) && !fromState);
  const reload = useReloadInformationRequest(requestId ?? '');
  if (!requestId) return <PageNotFound />;
  const page = (initial: InformationQueueItem) => (
    <InformationRequestPage
      key={requestId}
      initial={initial}
      reload={reload}
      onDone={(request, carerName) =>
        void navigate(informationWorkPaths.queue, { state: { banner: `${carerName}’s request recorded as ${informationStatusLabels[request.status].toLowerCase()}` } })
      }
    />
  );
  if (fromState) return page(fromState);
  if (found.isPending) return <PageLoading title="Information request" />;
  if (found.isError) return <ServiceProblem error={found.error} />;
  if (!found.data) return <PageNotFound />;
  return page(found.data);
}
