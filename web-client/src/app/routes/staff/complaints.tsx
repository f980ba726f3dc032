import { useState } from 'react';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { Button } from '@/components/govuk/button';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { PrevNextPagination } from '@/components/govuk/pagination';
import { Select } from '@/components/govuk/select';
import { PageLoading, PageNotFound, ServiceProblem } from '@/components/layout/page-states';
import { useComplaint } from '@/features/feedback-work/api/get-complaint';
import { useComplaintQueue } from '@/features/feedback-work/api/list-complaint-queue';
import { ComplaintPage } from '@/features/feedback-work/components/complaint-page';
import { ComplaintQueueTable } from '@/features/feedback-work/components/complaint-queue-table';
import { RecordFeedbackPage } from '@/features/feedback-work/components/record-feedback-page';
import { feedbackWorkPaths } from '@/features/feedback-work/paths';
import { useCursorPaging } from '@/hooks/use-cursor-paging';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiError } from '@/lib/api/api-error';
import type { ComplaintQueueStatus } from '@/lib/api/types';

const statusChoices: { value: ComplaintQueueStatus | ''; label: string }[] = [
  { value: '', label: 'Open (not yet answered)' },
  { value: 'received', label: 'Waiting for acknowledgement' },
  { value: 'acknowledged', label: 'Acknowledged, not yet answered' },
  { value: 'responded', label: 'Answered' },
];

function isQueueStatus(value: string | null): value is ComplaintQueueStatus {
  return value === 'received' || value === 'acknowledged' || value === 'responded';
}

/** Assessors' and managers' complaints queue: acknowledgement overdue and at risk first. */
export function ComplaintQueueRoute() {
  const paging = useCursorPaging<HTMLTableCaptionElement>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const raw = params.get('status');
  const status = isQueueStatus(raw) ? raw : undefined;
  const [choice, setChoice] = useState<string>(status ?? '');
  const query = useComplaintQueue(paging.cursor, status);
  const banner = (useLocation().state as { banner?: string } | null)?.banner;
  const title = 'Complaints';
  const listName = statusChoices.find((choice) => choice.value === (status ?? ''))?.label ?? 'Open';
  usePageTitle(paging.pageNumber > 1 ? `${title}, page ${paging.pageNumber}` : title);
  return (
    <>
      {banner ? <NotificationBanner type="success" heading={banner} /> : null}
      <h1 className="govuk-heading-l">{title}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            Carers’ complaints, those waiting for acknowledgement first: the 2009 complaints regulations give 3 working days from receipt. Then
            acknowledged complaints by the date their response is due. To record a complaint or compliment made by phone, letter, email or in
            person, open the carer’s record, or a complaint of theirs.
          </p>
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void navigate(isQueueStatus(choice) ? `${feedbackWorkPaths.queue}?status=${choice}` : feedbackWorkPaths.queue);
            }}
          >
            <Select id="status" label="Show" value={choice} onChange={setChoice} items={statusChoices} />
            <Button variant="secondary">Show complaints</Button>
          </form>
        </div>
      </div>
      {query.isPending ? (
        <p className="govuk-body" role="status">
          Loading…
        </p>
      ) : query.isError ? (
        <ServiceProblem error={query.error} />
      ) : query.data.items.length === 0 && paging.pageNumber === 1 ? (
        <p className="govuk-body">There are no complaints here.</p>
      ) : (
        <>
          <ComplaintQueueTable
            items={query.data.items}
            caption={paging.pageNumber > 1 ? `${listName}, page ${paging.pageNumber}` : listName}
            captionRef={paging.focusRef}
          />
          <PrevNextPagination {...paging.links(query.data.nextCursor ?? undefined)} />
        </>
      )}
    </>
  );
}

export function ComplaintRoute() {
  const { complaintId } = useParams();
  const query = useComplaint(complaintId ?? '');
  if (!complaintId) return <PageNotFound />;
  if (query.isPending) return <PageLoading title="Complaint" />;
  if (query.isError) return isApiError(query.error) && query.error.status === 404 ? <PageNotFound /> : <ServiceProblem error={query.error} />;
  return <ComplaintPage key={complaintId} record={query.data} reload={() => query.refetch()} />;
}

export function RecordFeedbackRoute() {
  const { carerId } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const carerName = (location.state as { carerName?: string } | null)?.carerName;
  if (!carerId) return <PageNotFound />;
  return (
    <RecordFeedbackPage
      carerId={carerId}
      carerName={carerName}
      backTo={feedbackWorkPaths.queue}
      onDone={(item) =>
        item.kind === 'complaint'
          ? void navigate(feedbackWorkPaths.complaint(item.id))
          : void navigate(feedbackWorkPaths.queue, { state: { banner: `Compliment recorded${carerName ? ` for ${carerName}` : ''}` } })
      }
    />
  );
}
