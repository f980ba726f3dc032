import { useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { ButtonLink } from '@/components/govuk/button';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { PrevNextPagination } from '@/components/govuk/pagination';
import { PageLoading, PageNotFound, ServiceProblem } from '@/components/layout/page-states';
import { useSearchCarers } from '@/features/carer-search/api/search-carers';
import { useSubjectAccessRequest } from '@/features/data-rights/api/get-subject-access-request';
import { useSubjectAccessRequests } from '@/features/data-rights/api/list-subject-access-requests';
import { RecordRequestForm } from '@/features/data-rights/components/record-request-form';
import { RequestPage } from '@/features/data-rights/components/request-page';
import { RequestQueueTable } from '@/features/data-rights/components/request-queue-table';
import { dataRightsPaths } from '@/features/data-rights/requests';
import { useCursorPaging } from '@/hooks/use-cursor-paging';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiError } from '@/lib/api/api-error';
import { formatDate } from '@/lib/validation/date';

/** The data-protection team's queue: open requests by the date they must be answered, then closed ones. */
export function SubjectAccessQueueRoute() {
  const paging = useCursorPaging<HTMLTableCaptionElement>();
  const query = useSubjectAccessRequests(paging.cursor);
  const banner = (useLocation().state as { banner?: string } | null)?.banner;
  const title = 'Subject access requests';
  usePageTitle(paging.pageNumber > 1 ? `${title}, page ${paging.pageNumber}` : title);
  return (
    <>
      {banner ? <NotificationBanner type="success" heading={banner} /> : null}
      <h1 className="govuk-heading-l">{title}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            Requests for everything we hold about a carer that came by post, phone, email or in person. Each must be answered within one
            calendar month of the day it was received. Carers who sign in can download their data themselves.
          </p>
          <ButtonLink to={dataRightsPaths.record}>Record a request</ButtonLink>
        </div>
      </div>
      {query.isPending ? (
        <p className="govuk-body" role="status">
          Loading…
        </p>
      ) : query.isError ? (
        <ServiceProblem error={query.error} />
      ) : query.data.items.length === 0 && paging.pageNumber === 1 ? (
        <p className="govuk-body">There are no requests.</p>
      ) : (
        <>
          <RequestQueueTable
            items={query.data.items}
            caption={paging.pageNumber > 1 ? `Requests, page ${paging.pageNumber}` : 'Requests'}
            captionRef={paging.focusRef}
          />
          <PrevNextPagination {...paging.links(query.data.nextCursor ?? undefined)} />
        </>
      )}
    </>
  );
}

/** Record a request; the carer is found with the staff search (SearchCarers is open to the data-protection team: decision 0026). */
export function RecordSubjectAccessRequestRoute() {
  const navigate = useNavigate();
  const [name, setName] = useState<string | undefined>();
  const search = useSearchCarers(name === undefined ? undefined : { name }, undefined, 'dataProtectionRequest');
  const results =
    name === undefined || !search.data
      ? undefined
      : search.data.items.map((carer) => ({
          id: carer.id,
          label: `${carer.givenName} ${carer.familyName}, born ${formatDate(carer.dateOfBirth)}, ${carer.postcode}`,
        }));
  return (
    <RecordRequestForm
      onSearch={setName}
      results={results}
      searching={search.isFetching}
      onRecorded={(request) =>
        void navigate(dataRightsPaths.queue, { state: { banner: `Request for ${request.carerName} recorded: respond by ${formatDate(request.respondBy)}` } })
      }
    />
  );
}

export function SubjectAccessRequestRoute() {
  const { requestId } = useParams();
  const navigate = useNavigate();
  const query = useSubjectAccessRequest(requestId ?? '');
  if (!requestId) return <PageNotFound />;
  if (query.isPending) return <PageLoading title="Subject access request" />;
  if (query.isError) return isApiError(query.error) && query.error.status === 404 ? <PageNotFound /> : <ServiceProblem error={query.error} />;
  return (
    <RequestPage
      key={query.data.eTag}
      request={query.data}
      reload={() => void query.refetch()}
      onCompleted={(request) =>
        void navigate(dataRightsPaths.queue, {
          state: { banner: `Request for ${request.carerName} marked as ${request.status === 'sent' ? 'sent' : 'refused'}` },
        })
      }
    />
  );
}
